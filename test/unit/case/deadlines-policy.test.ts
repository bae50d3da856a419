import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR, workingMinutesBetween } from '../../../src/domain/calendar/index.js';
import { sniffContentType, safeFilename } from '../../../src/domain/attachment.js';
import { caseDeadlines, dueEscalations, escalationDueAt, type CaseClockFacts } from '../../../src/domain/case/deadlines.js';
import { archiveGaps, type ArchiveFacts, type ArchiveRules, type CasePolicy, DEFAULT_CASE_POLICY } from '../../../src/domain/case/policy.js';

const cal = createWorkingCalendar(SHIPPED_CALENDAR);
/** Beijing time. */
const at = (local: string) => new Date(`${local}+08:00`);
const MON_0900 = at('2026-03-02T09:00:00');

function clock(over: Partial<CaseClockFacts>): CaseClockFacts {
  return { registeredAt: MON_0900, acceptedAt: null, handlingStartedAt: null, concludedAt: null, pauses: [], handlingDays: 10, ...over };
}

describe('caseDeadlines: the response clock', () => {
  it('runs 30 working minutes from registration and has no handling clock before acceptance', () => {
    const [response, ...rest] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({}), at('2026-03-02T09:10:00'));
    expect(rest).toEqual([]);
    expect(response).toMatchObject({ kind: 'response', startedAt: MON_0900, dueAt: at('2026-03-02T09:30:00'), breached: false, paused: false, stoppedAt: null, remainingWorkingMinutes: 20 });
  });

  it('is met when accepted in time, frozen at the acceptance', () => {
    const [response] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: at('2026-03-02T09:20:00') }), at('2026-03-05T12:00:00'));
    expect(response).toMatchObject({ dueAt: at('2026-03-02T09:30:00'), stoppedAt: at('2026-03-02T09:20:00'), breached: false, remainingWorkingMinutes: 10 });
  });

  it('is late when accepted after the due time, and stays late', () => {
    const [response] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: at('2026-03-02T09:45:00') }), at('2026-03-09T12:00:00'));
    expect(response).toMatchObject({ breached: true, remainingWorkingMinutes: -15, stoppedAt: at('2026-03-02T09:45:00') });
  });

  it('is breached while still running past the due time', () => {
    const [response] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({}), at('2026-03-02T09:40:00'));
    expect(response).toMatchObject({ breached: true, remainingWorkingMinutes: -10, stoppedAt: null });
  });

  it('counts only office time: registered Friday 17:20 is due Monday 08:50', () => {
    const [response] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ registeredAt: at('2026-03-06T17:20:00') }), at('2026-03-07T12:00:00'));
    expect(response!.dueAt).toEqual(at('2026-03-09T08:50:00'));
    expect(response!.breached).toBe(false);
  });

  it('follows the policy’s budget (rules as data)', () => {
    const policy: CasePolicy = { ...DEFAULT_CASE_POLICY, responseBudget: { kind: 'working_minutes', minutes: 120 } };
    const [response] = caseDeadlines(cal, policy, clock({}), MON_0900);
    expect(response!.dueAt).toEqual(at('2026-03-02T11:00:00'));
  });

  it('stops at the conclusion of a case withdrawn before acceptance', () => {
    const [response, ...rest] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ concludedAt: at('2026-03-02T09:05:00') }), at('2026-03-03T09:00:00'));
    expect(rest).toEqual([]);
    expect(response).toMatchObject({ stoppedAt: at('2026-03-02T09:05:00'), breached: false });
  });
});

describe('caseDeadlines: the handling clock', () => {
  const accepted = at('2026-03-02T10:00:00');

  it('runs the category’s working days from acceptance, to the close of the last day', () => {
    const [, handling] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted }), at('2026-03-03T10:00:00'));
    expect(handling).toMatchObject({ kind: 'handling', startedAt: accepted, dueAt: at('2026-03-16T17:30:00'), breached: false, paused: false });
    const [, short] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted, handlingDays: 1 }), accepted);
    expect(short!.dueAt).toEqual(at('2026-03-03T17:30:00'));
  });

  it('skips public holidays and counts make-up working days (国庆 2026)', () => {
    const [, handling] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ registeredAt: at('2026-09-30T09:00:00'), acceptedAt: at('2026-09-30T10:00:00'), handlingDays: 3 }), at('2026-09-30T10:00:00'));
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休上班)
    expect(handling!.dueAt).toEqual(at('2026-10-10T17:30:00'));
  });

  it('is extended by the working time spent paused', () => {
    const pauses = [{ from: at('2026-03-03T09:00:00'), to: at('2026-03-03T11:00:00') }];
    const [, handling] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted, pauses }), at('2026-03-04T09:00:00'));
    expect(handling!.dueAt).toEqual(at('2026-03-17T10:30:00'));
    expect(workingMinutesBetween(cal, at('2026-03-16T17:30:00'), handling!.dueAt!)).toBe(120);
    expect(handling!.paused).toBe(false);
  });

  it('a pause over a weekend only extends by the office time in it', () => {
    const pauses = [{ from: at('2026-03-06T17:00:00'), to: at('2026-03-09T09:00:00') }];
    const [, handling] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted, pauses }), at('2026-03-10T09:00:00'));
    // 30 min on Friday + 30 min on Monday morning = 60 working minutes
    expect(workingMinutesBetween(cal, at('2026-03-16T17:30:00'), handling!.dueAt!)).toBe(60);
  });

  it('has no due time while paused, and shows the clock as paused', () => {
    const pauses = [{ from: at('2026-03-03T09:00:00'), to: null }];
    const [, handling] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted, pauses }), at('2026-03-20T09:00:00'));
    expect(handling).toMatchObject({ dueAt: null, paused: true, breached: false });
  });

  it('is met at the conclusion', () => {
    const [, handling] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted, concludedAt: at('2026-03-10T15:00:00') }), at('2026-04-30T09:00:00'));
    expect(handling).toMatchObject({ stoppedAt: at('2026-03-10T15:00:00'), breached: false, dueAt: at('2026-03-16T17:30:00') });
    const [, late] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted, concludedAt: at('2026-03-17T09:00:00') }), at('2026-04-30T09:00:00'));
    expect(late!.breached).toBe(true);
  });

  it('a reopened case gets a fresh handling clock from its reopening (handlingStartedAt)', () => {
    const reopened = at('2026-03-20T14:00:00');
    const [response, handling] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted, handlingStartedAt: reopened }), at('2026-03-23T09:00:00'));
    // The response clock is untouched: still met at the first acceptance.
    expect(response!.stoppedAt).toEqual(accepted);
    expect(handling).toMatchObject({ startedAt: reopened, dueAt: at('2026-04-03T17:30:00'), breached: false });
    // Without the reopening the old clock would already be breached at that time.
    const [, old] = caseDeadlines(cal, DEFAULT_CASE_POLICY, clock({ acceptedAt: accepted }), at('2026-03-23T09:00:00'));
    expect(old!.breached).toBe(true);
  });
});

describe('dueEscalations: the chain handler → unit_lead → director', () => {
  const steps = DEFAULT_CASE_POLICY.escalation;
  const due = at('2026-03-02T09:30:00');
  const levels = (levelTaken: number, now: string) => dueEscalations(cal, steps, due, levelTaken, at(now)).map((s) => s.level);

  it('ships the chain of the issue: at the due time, +60 and +240 working minutes', () => {
    expect(steps).toEqual([
      { level: 1, afterMinutes: 0, target: 'handler' },
      { level: 2, afterMinutes: 60, target: 'unit_lead' },
      { level: 3, afterMinutes: 240, target: 'director' },
    ]);
    expect(steps.map((s) => escalationDueAt(cal, s, due))).toEqual([due, at('2026-03-02T10:30:00'), at('2026-03-02T13:30:00')]);
  });

  it('steps one level at a time as time passes', () => {
    expect(levels(0, '2026-03-02T09:29:59')).toEqual([]);
    expect(levels(0, '2026-03-02T09:30:00')).toEqual([1]);
    expect(levels(1, '2026-03-02T09:31:00')).toEqual([]);
    expect(levels(1, '2026-03-02T10:29:00')).toEqual([]);
    expect(levels(1, '2026-03-02T10:30:00')).toEqual([2]);
    expect(levels(2, '2026-03-02T13:29:00')).toEqual([]);
    expect(levels(2, '2026-03-02T13:30:00')).toEqual([3]);
    expect(levels(3, '2026-03-09T13:30:00')).toEqual([]);
  });

  it('returns every missed step in order when the job has not run for a while', () => {
    expect(levels(0, '2026-03-02T14:00:00')).toEqual([1, 2, 3]);
    expect(levels(1, '2026-03-02T14:00:00')).toEqual([2, 3]);
  });

  it('counts the steps in working minutes: due Friday 17:00 → level 2 Monday 09:00', () => {
    const friday = at('2026-03-06T17:00:00');
    expect(escalationDueAt(cal, steps[1]!, friday)).toEqual(at('2026-03-09T09:00:00'));
    expect(dueEscalations(cal, steps, friday, 1, at('2026-03-08T12:00:00'))).toEqual([]);
    expect(dueEscalations(cal, steps, friday, 1, at('2026-03-09T09:00:00')).map((s) => s.target)).toEqual(['unit_lead']);
  });

  it('sorts a policy given out of order', () => {
    const shuffled = [steps[2]!, steps[0]!, steps[1]!];
    expect(dueEscalations(cal, shuffled, due, 0, at('2026-03-02T16:00:00')).map((s) => s.level)).toEqual([1, 2, 3]);
  });
});

describe('archiveGaps: configurable completeness rules', () => {
  const all: ArchiveRules = { requireOutcome: true, requireFeedback: true, requireAgreementDocument: true, requireJudicialResult: true };
  const none: ArchiveRules = { requireOutcome: false, requireFeedback: false, requireAgreementDocument: false, requireJudicialResult: false };
  const complete: ArchiveFacts = { status: 'resolved', outcome: 'oral_agreement', hasFeedback: true, hasAgreementDocument: false, judicialConfirmation: null };

  it('finds nothing missing on a complete dossier', () => {
    expect(archiveGaps(all, complete)).toEqual([]);
    expect(archiveGaps(all, { ...complete, outcome: 'agreement', hasAgreementDocument: true, judicialConfirmation: 'confirmed' })).toEqual([]);
    expect(archiveGaps(all, { ...complete, judicialConfirmation: 'rejected' })).toEqual([]);
  });

  it('outcome: a resolved case needs one', () => {
    expect(archiveGaps(all, { ...complete, outcome: null })).toEqual(['outcome_missing']);
    expect(archiveGaps({ ...all, requireOutcome: false }, { ...complete, outcome: null })).toEqual([]);
    // A referred case has a destination instead of an outcome.
    expect(archiveGaps(all, { ...complete, status: 'referred', outcome: null })).toEqual([]);
  });

  it('feedback: required unless turned off', () => {
    expect(archiveGaps(all, { ...complete, hasFeedback: false })).toEqual(['feedback_missing']);
    expect(archiveGaps(all, { ...complete, status: 'referred', hasFeedback: false })).toEqual(['feedback_missing']);
    expect(archiveGaps({ ...all, requireFeedback: false }, { ...complete, hasFeedback: false })).toEqual([]);
  });

  it('agreement: a written agreement needs its document; an oral one does not', () => {
    expect(archiveGaps(all, { ...complete, outcome: 'agreement' })).toEqual(['agreement_missing']);
    expect(archiveGaps(all, { ...complete, outcome: 'oral_agreement' })).toEqual([]);
    expect(archiveGaps({ ...all, requireAgreementDocument: false }, { ...complete, outcome: 'agreement' })).toEqual([]);
  });

  it('judicial confirmation: an application needs the court’s ruling', () => {
    expect(archiveGaps(all, { ...complete, judicialConfirmation: 'applied' })).toEqual(['judicial_result_missing']);
    expect(archiveGaps({ ...all, requireJudicialResult: false }, { ...complete, judicialConfirmation: 'applied' })).toEqual([]);
  });

  it('lists every gap at once, in a stable order', () => {
    expect(archiveGaps(all, { status: 'resolved', outcome: null, hasFeedback: false, hasAgreementDocument: false, judicialConfirmation: 'applied' })).toEqual([
      'outcome_missing',
      'feedback_missing',
      'judicial_result_missing',
    ]);
    expect(archiveGaps(all, { status: 'resolved', outcome: 'agreement', hasFeedback: false, hasAgreementDocument: false, judicialConfirmation: null })).toEqual(['feedback_missing', 'agreement_missing']);
    expect(archiveGaps(none, { status: 'resolved', outcome: null, hasFeedback: false, hasAgreementDocument: false, judicialConfirmation: 'applied' })).toEqual([]);
  });

  it('a withdrawn case needs neither outcome nor feedback', () => {
    expect(archiveGaps(all, { status: 'withdrawn', outcome: null, hasFeedback: false, hasAgreementDocument: false, judicialConfirmation: null })).toEqual([]);
  });
});

describe('sniffContentType: judged by the bytes, never by the name alone', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const text = (s: string) => new TextEncoder().encode(s);
  const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);

  it('accepts PDF, PNG and JPEG by their signatures, whatever the name', () => {
    expect(sniffContentType(text('%PDF-1.4\n%%EOF'), 'agreement.pdf')).toBe('application/pdf');
    expect(sniffContentType(text('%PDF-1.7\n'), 'no-extension')).toBe('application/pdf');
    expect(sniffContentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'photo.png')).toBe('image/png');
    expect(sniffContentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), 'photo.jpg')).toBe('image/jpeg');
    expect(sniffContentType(bytes(0xff, 0xd8, 0xff, 0xe1), 'IMG_0001.JPEG')).toBe('image/jpeg');
  });

  it('accepts a zip container only as .docx/.xlsx', () => {
    expect(sniffContentType(ZIP, '调解协议书.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniffContentType(ZIP, 'LEDGER.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sniffContentType(ZIP, 'archive.zip')).toBeNull();
    expect(sniffContentType(ZIP, 'app.apk')).toBeNull();
    expect(sniffContentType(ZIP, 'no-extension')).toBeNull();
  });

  it('refuses executables, even when named like a document', () => {
    const exe = bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00);
    expect(sniffContentType(exe, 'setup.exe')).toBeNull();
    expect(sniffContentType(exe, 'agreement.pdf')).toBeNull();
    expect(sniffContentType(exe, 'agreement.docx')).toBeNull();
    expect(sniffContentType(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00), 'run.txt')).toBeNull();
  });

  it('accepts UTF-8 plain text named .txt, and nothing binary', () => {
    expect(sniffContentType(text('调解笔录：双方同意。'), 'minutes.txt')).toBe('text/plain; charset=utf-8');
    expect(sniffContentType(text('just text'), 'notes.md')).toBeNull();
    expect(sniffContentType(bytes(0x68, 0x69, 0x00, 0x68), 'nul.txt')).toBeNull();
    expect(sniffContentType(bytes(0xc3, 0x28, 0x41), 'bad-utf8.txt')).toBeNull();
  });

  it('accepts a .txt whose 4 KB head ends inside a multi-byte character', () => {
    // Whatever the alignment, a long Chinese text is accepted from its first 4096 bytes.
    for (const prefix of ['', 'a', 'ab']) {
      const head = text(prefix + '调解笔录'.repeat(400)).subarray(0, 4096);
      expect(sniffContentType(head, 'long.txt')).toBe('text/plain; charset=utf-8');
    }
    // but a broken sequence inside the head is still refused
    const broken = text('调解笔录'.repeat(400));
    broken[100] = 0xff;
    expect(sniffContentType(broken.subarray(0, 4096), 'long.txt')).toBeNull();
  });

  it('refuses an empty file', () => {
    expect(sniffContentType(new Uint8Array(0), 'empty.pdf')).toBeNull();
  });

  it('safeFilename strips paths and characters unsafe in headers', () => {
    expect(safeFilename('C:\\Users\\x\\协议.pdf')).toBe('协议.pdf');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('a"b<c>.pdf')).toBe('a_b_c_.pdf');
    expect(safeFilename('')).toBe('file');
  });
});
