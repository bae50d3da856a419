import { describe, expect, it } from 'vitest';
import { changeProblem, isHttpsUrl, participantProblems, placeProblems, recordProblem, timeProblems } from '../../../src/domain/sessions/rules.js';

const now = new Date('2026-03-02T09:00:00+08:00');
const at = (s: string) => new Date(`2026-03-${s}+08:00`);

describe('session time', () => {
  it('accepts a future session of up to 8 hours', () => {
    expect(timeProblems(at('03T09:00:00'), at('03T10:30:00'), now)).toEqual({});
    expect(timeProblems(at('03T09:00:00'), at('03T17:00:00'), now)).toEqual({});
  });
  it('refuses a start in the past or right now', () => {
    expect(Object.keys(timeProblems(at('02T08:59:00'), at('02T10:00:00'), now))).toEqual(['startsAt']);
    expect(Object.keys(timeProblems(now, at('02T10:00:00'), now))).toEqual(['startsAt']);
  });
  it('refuses an end at or before the start', () => {
    expect(Object.keys(timeProblems(at('03T10:00:00'), at('03T10:00:00'), now))).toEqual(['endsAt']);
    expect(Object.keys(timeProblems(at('03T10:00:00'), at('03T09:00:00'), now))).toEqual(['endsAt']);
  });
  it('refuses more than 8 hours', () => {
    expect(timeProblems(at('03T09:00:00'), at('03T17:01:00'), now).endsAt?.en).toMatch(/8 hours/);
  });
  it('names both fields when both are wrong, and invalid dates', () => {
    expect(Object.keys(timeProblems(at('01T10:00:00'), at('01T09:00:00'), now)).sort()).toEqual(['endsAt', 'startsAt']);
    expect(Object.keys(timeProblems(new Date('x'), new Date('y'), now)).sort()).toEqual(['endsAt', 'startsAt']);
  });
});

describe('place by mode', () => {
  it('center needs a room', () => {
    expect(Object.keys(placeProblems({ mode: 'center' }))).toEqual(['roomId']);
    expect(placeProblems({ mode: 'center', roomId: 'r1' })).toEqual({});
  });
  it('circuit needs a place or a community', () => {
    expect(Object.keys(placeProblems({ mode: 'circuit', place: '  ' }))).toEqual(['place']);
    expect(placeProblems({ mode: 'circuit', place: '明德社区党群服务中心' })).toEqual({});
    expect(placeProblems({ mode: 'circuit', unitId: 'c1' })).toEqual({});
  });
  it('enterprise station needs the station or a place', () => {
    expect(Object.keys(placeProblems({ mode: 'enterprise_station' }))).toEqual(['unitId']);
    expect(placeProblems({ mode: 'enterprise_station', unitId: 's1' })).toEqual({});
  });
  it('online needs an https link', () => {
    expect(Object.keys(placeProblems({ mode: 'online' }))).toEqual(['onlineUrl']);
    expect(Object.keys(placeProblems({ mode: 'online', onlineUrl: 'http://meeting.example.cn/1' }))).toEqual(['onlineUrl']);
    expect(placeProblems({ mode: 'online', onlineUrl: 'https://meeting.example.cn/j/123' })).toEqual({});
  });
  it('refuses a room or a link that does not belong to the mode', () => {
    expect(Object.keys(placeProblems({ mode: 'online', onlineUrl: 'https://m.example.cn/1', roomId: 'r1' }))).toEqual(['roomId']);
    expect(Object.keys(placeProblems({ mode: 'center', roomId: 'r1', onlineUrl: 'https://m.example.cn/1' }))).toEqual(['onlineUrl']);
  });
  it('isHttpsUrl', () => {
    expect(isHttpsUrl('https://a.cn')).toBe(true);
    expect(isHttpsUrl('ftp://a.cn')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('not a url')).toBe(false);
  });
});

describe('participants', () => {
  it('need a staff member', () => {
    expect(Object.keys(participantProblems([{ kind: 'party', partyId: 'p1' }]))).toEqual(['participants']);
    expect(participantProblems([{ kind: 'staff', userId: 'u1' }, { kind: 'party', partyId: 'p1' }])).toEqual({});
  });
  it('refuse the same person twice, naming the repeat', () => {
    expect(Object.keys(participantProblems([{ kind: 'staff', userId: 'u1' }, { kind: 'expert', expertId: 'e1' }, { kind: 'expert', expertId: 'e1' }]))).toEqual(['participants.2']);
  });
});

describe('state rules', () => {
  const start = at('03T09:00:00');
  it('records only once started and not cancelled', () => {
    expect(recordProblem('scheduled', start, at('03T08:59:00'))).toBe('not_started');
    expect(recordProblem('scheduled', start, start)).toBeNull();
    expect(recordProblem('held', start, at('03T12:00:00'))).toBeNull();
    expect(recordProblem('cancelled', start, at('03T12:00:00'))).toBe('cancelled');
  });
  it('moves or cancels only a scheduled session before it starts', () => {
    expect(changeProblem('scheduled', start, at('03T08:00:00'))).toBeNull();
    expect(changeProblem('scheduled', start, start)).toBe('started');
    expect(changeProblem('held', start, at('03T08:00:00'))).toBe('not_scheduled');
    expect(changeProblem('cancelled', start, at('03T08:00:00'))).toBe('not_scheduled');
  });
});
