import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import {
  act,
  APPLICANT_ID,
  APPLICANT_PHONE,
  auditRows,
  caseBody,
  type CaseJson,
  type CaseWorld,
  caseWorld,
  count,
  counts,
  getCase,
  idNo,
  ok,
  register,
  relogin,
  TINY_PDF,
  upload,
  usccOf,
} from './helpers.js';

const WRITE_TABLES = ['cases', 'parties', 'case_parties', 'case_events', 'case_deadlines', 'case_sequences', 'attachments', 'attachment_blobs'] as const;

describe('registration (登记): validation, party matching, codes, masking', () => {
  let w: CaseWorld;
  let en: Agent;
  beforeAll(async () => {
    w = await caseWorld({ env: { CONCORD_ATTACHMENT_MAX_BYTES: '65536' } });
    const zh = await login(w.t.app, 'dispatcher1', PASSWORD);
    en = new Agent(w.t.app, zh.cookie, zh.csrfToken, 'en');
  });
  afterAll(() => w.t.close());

  describe('bad input is refused with the field named, in the caller’s language, and writes nothing', () => {
    let before: Record<string, number>;
    beforeAll(async () => {
      before = await counts(w.t, [...WRITE_TABLES]);
    });

    it('an ID number with a wrong check character: parties.0.idNumber', async () => {
      const bad = APPLICANT_ID.slice(0, 17) + (APPLICANT_ID[17] === '1' ? '2' : '1');
      const body = caseBody({ parties: [{ role: 'applicant', kind: 'person', name: '王建国', idNumber: bad, phone: APPLICANT_PHONE }] });
      const zh = await w.dispatcher.post('/api/cases', body);
      expect(zh.statusCode).toBe(400);
      expect(zh.json().error).toMatchObject({ code: 'validation_failed', message: '提交的内容有误，请检查标注的字段' });
      expect(zh.json().error.fields['parties.0.idNumber']).toBe('身份证号码无效（18 位，末位校验码须正确）');
      const english = await en.post('/api/cases', body);
      expect(english.statusCode).toBe(400);
      expect(english.json().error.message).toBe('Some fields are invalid; please check the marked fields');
      expect(english.json().error.fields['parties.0.idNumber']).toBe('Invalid ID number (18 characters with a valid check character)');
    });

    it('missing and malformed fields each named', async () => {
      const { description: _d, ...noDescription } = caseBody();
      const res = await w.dispatcher.post('/api/cases', { ...noDescription, channel: 'fax', amountFen: 12.5, parties: [{ role: 'applicant', kind: 'person', name: '王建国', phone: '12345' }] });
      expect(res.statusCode).toBe(400);
      const fields = res.json().error.fields;
      expect(fields.description).toBe('必填');
      expect(Object.keys(fields)).toEqual(expect.arrayContaining(['description', 'channel', 'amountFen', 'parties.0.phone']));
      expect(fields['parties.0.phone']).toBe('电话号码格式不正确');
      const english = await en.post('/api/cases', { ...noDescription });
      expect(english.json().error.fields.description).toBe('Required');
    });

    it('an unknown party role or kind', async () => {
      const res = await w.dispatcher.post('/api/cases', caseBody({ parties: [{ role: 'witness', kind: 'person', name: '王建国' }] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toHaveProperty(['parties.0.role']);
      const kind = await w.dispatcher.post('/api/cases', caseBody({ parties: [{ role: 'applicant', kind: 'robot', name: '王建国' }] }));
      expect(kind.statusCode).toBe(400);
      expect(kind.json().error.fields).toHaveProperty(['parties.0.kind']);
    });

    it('an unknown category, and a sub-category of another category', async () => {
      const res = await w.dispatcher.post('/api/cases', caseBody({ category: 'alchemy' }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ category: '案件类别不存在或已停用' });
      const english = await en.post('/api/cases', caseBody({ category: 'alchemy' }));
      expect(english.json().error.fields).toEqual({ category: 'Unknown or inactive category' });
      const sub = await w.dispatcher.post('/api/cases', caseBody({ category: 'neighbour', subcategory: 'labour' }));
      expect(sub.statusCode).toBe(400);
      expect(sub.json().error.fields).toHaveProperty('subcategory');
    });

    it('a street id given as gridId, and an unknown grid', async () => {
      const res = await w.dispatcher.post('/api/cases', caseBody({ gridId: w.d.streetA.id }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ gridId: '所选网格/社区/街道不存在' });
      const unknown = await en.post('/api/cases', caseBody({ gridId: '00000000-0000-4000-8000-000000000001' }));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.fields).toEqual({ gridId: 'Unknown grid, community or street' });
      const notUuid = await w.dispatcher.post('/api/cases', caseBody({ gridId: 'grid-1' }));
      expect(notUuid.statusCode).toBe(400);
      expect(notUuid.json().error.fields).toHaveProperty('gridId');
    });

    it('no applicant, or no parties at all', async () => {
      const res = await w.dispatcher.post('/api/cases', caseBody({ parties: [{ role: 'respondent', kind: 'person', name: '李秀英' }] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ parties: '至少需要一名申请人' });
      const none = await w.dispatcher.post('/api/cases', caseBody({ parties: [] }));
      expect(none.statusCode).toBe(400);
      expect(none.json().error.fields).toHaveProperty('parties');
    });

    it('an organisation with an ID number, a person with a credit code', async () => {
      const res = await w.dispatcher.post(
        '/api/cases',
        caseBody({ parties: [{ role: 'applicant', kind: 'person', name: '王建国', uscc: usccOf('91150200MA0N12345') }, { role: 'respondent', kind: 'organization', name: '某公司', idNumber: APPLICANT_ID }] }),
      );
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields).sort()).toEqual(['parties.0.uscc', 'parties.1.idNumber']);
    });

    it('an unknown partyId after a new party: the transaction rolls back the party it had already written', async () => {
      const res = await w.dispatcher.post(
        '/api/cases',
        caseBody({
          parties: [
            { role: 'applicant', kind: 'person', name: '周新人', idNumber: idNo('15020319850505001'), phone: '13700000001' },
            { role: 'respondent', kind: 'person', name: '某某', partyId: '00000000-0000-4000-8000-000000000002' },
          ],
        }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ 'parties.1.partyId': '当事人不存在' });
    });

    it('a request by a role that may not register (an expert)', async () => {
      await makeUser(w.t.ctx, 'expert1', [{ role: 'expert', unitId: w.d.center.id }]);
      const expert = await login(w.t.app, 'expert1', PASSWORD);
      const res = await expert.post('/api/cases', caseBody());
      expect(res.statusCode).toBe(403);
    });

    it('…and none of the above wrote a single row', async () => {
      expect(await counts(w.t, [...WRITE_TABLES])).toEqual(before);
    });
  });

  describe('parties are matched, never entered twice', () => {
    const partiesWith = (id: string) => w.t.database.db.selectFrom('parties').selectAll().where('id_number', '=', id).execute();

    it('the same ID number twice → one party row, linked to both cases', async () => {
      const id = idNo('15020319780312002');
      const a = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '孙志强', idNumber: id, phone: '13611112222' }] });
      // second time with a lower-case x check char when it has one, another phone, and as respondent
      const b = await register(w.dispatcher, {
        parties: [
          { role: 'applicant', kind: 'person', name: '钱多多', phone: '13633334444' },
          { role: 'respondent', kind: 'person', name: '孙志强', idNumber: id.toLowerCase() },
        ],
      });
      expect(await partiesWith(id)).toHaveLength(1);
      expect(b.parties[1]!.partyId).toBe(a.parties[0]!.partyId);
      const links = await w.t.database.db.selectFrom('case_parties').selectAll().where('party_id', '=', a.parties[0]!.partyId).execute();
      expect(links.map((l) => l.role).sort()).toEqual(['applicant', 'respondent']);
    });

    it('an ID number with an X check character matches whatever its case', async () => {
      // find 17 digits whose check char is X
      let first17 = '';
      for (let n = 100; !first17; n++) {
        const candidate = `15020319920201${n}`;
        if (idNo(candidate).endsWith('X')) first17 = candidate;
      }
      const upper = idNo(first17);
      const a = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '赵晓', idNumber: upper }] });
      const b = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '赵晓', idNumber: upper.toLowerCase() }] });
      expect(b.parties[0]!.partyId).toBe(a.parties[0]!.partyId);
      expect(await partiesWith(upper)).toHaveLength(1);
    });

    it('the same name and phone → the same party', async () => {
      const a = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '吴桂兰', phone: '13566667777' }] });
      const b = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '吴桂兰', phone: '13566667777' }] });
      expect(b.parties[0]!.partyId).toBe(a.parties[0]!.partyId);
      // same phone, another name: another person (family members share phones)
      const c = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '吴小军', phone: '13566667777' }] });
      expect(c.parties[0]!.partyId).not.toBe(a.parties[0]!.partyId);
    });

    it('a person first known by name and phone, later with an ID number, stays one party (and gains the ID number)', async () => {
      const id = idNo('15020319660808003');
      const a = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '郑国庆', phone: '13512340000' }] });
      const b = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '郑国庆', phone: '13512340000', idNumber: id }] });
      expect(b.parties[0]!.partyId).toBe(a.parties[0]!.partyId);
      expect(await partiesWith(id)).toHaveLength(1);
      // but a different ID number at the same name and phone is someone else
      const other = idNo('15020319990909004');
      const c = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: '郑国庆', phone: '13512340000', idNumber: other }] });
      expect(c.parties[0]!.partyId).not.toBe(a.parties[0]!.partyId);
    });

    it('an organisation by its credit code, whatever name it was given', async () => {
      const code = usccOf('91150200MA0N12345');
      const a = await register(w.dispatcher, {
        category: 'property_management',
        parties: [
          { role: 'applicant', kind: 'person', name: '冯业主', phone: '13800001234' },
          { role: 'respondent', kind: 'organization', name: '包头市安居物业服务有限公司', uscc: code },
        ],
      });
      const b = await register(w.dispatcher, {
        category: 'property_management',
        parties: [
          { role: 'applicant', kind: 'person', name: '陈业主', phone: '13800004321' },
          { role: 'respondent', kind: 'organization', name: '安居物业', uscc: code.toLowerCase() },
        ],
      });
      expect(b.parties[1]!.partyId).toBe(a.parties[1]!.partyId);
      expect(b.parties[1]!.uscc).toBe(code);
      expect((await w.t.database.db.selectFrom('parties').select('id').where('uscc', '=', code).execute()).length).toBe(1);
    });

    it('two registrations of the same new person at the same time still make one party', async () => {
      const id = idNo('15020319700101005');
      const body = { parties: [{ role: 'applicant', kind: 'person', name: '同时来', idNumber: id, phone: '13898765432' }] };
      const [a, b] = await Promise.all([w.dispatcher.post('/api/cases', caseBody(body)), w.centerMediator.post('/api/cases', caseBody(body))]);
      expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
      expect(a.json().parties[0].partyId).toBe(b.json().parties[0].partyId);
      expect(await partiesWith(id)).toHaveLength(1);
    });
  });

  describe('case codes: unique per center and year, sequential', () => {
    it('numbers consecutively within the center and year, with no gap left by refused registrations', async () => {
      const a = await register(w.dispatcher);
      await w.dispatcher.post('/api/cases', caseBody({ category: 'alchemy' })); // refused
      await w.dispatcher.post('/api/cases', caseBody({ parties: [{ role: 'applicant', kind: 'person', name: 'x', partyId: '00000000-0000-4000-8000-000000000003' }] })); // refused inside the transaction
      const b = await register(w.dispatcher);
      const c = await register(w.grid, { gridId: w.d.grid1.id });
      const seq = (code: string) => Number(code.split('-')[2]);
      expect(a.code).toMatch(/^KDL-2026-\d{6}$/);
      expect([seq(b.code) - seq(a.code), seq(c.code) - seq(b.code)]).toEqual([1, 1]);
      const codes = (await w.t.database.db.selectFrom('cases').select('code').execute()).map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.map(seq).sort((x, y) => x - y)).toEqual(codes.map((_, i) => i + 1));
    });

    it('simultaneous registrations get distinct consecutive codes', async () => {
      const res = await Promise.all(Array.from({ length: 5 }, () => w.dispatcher.post('/api/cases', caseBody())));
      expect(res.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
      const seqs = res.map((r) => Number((r.json().code as string).split('-')[2])).sort((x, y) => x - y);
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    });

    it('another center counts on its own, with its own prefix', async () => {
      const center2 = await w.t.ctx.repos.units.insert({ parentId: w.d.district.id, kind: 'center', name: '开发区综治中心', code: '990001-ZZ02' }, w.t.clock.now(), w.d.district);
      await w.t.database.db.updateTable('org_units').set({ case_code_prefix: 'KFQ' }).where('id', '=', center2.id).execute();
      await makeUser(w.t.ctx, 'dispatcher2', [{ role: 'dispatcher', unitId: center2.id }]);
      const d2 = await login(w.t.app, 'dispatcher2', PASSWORD);
      expect((await register(d2)).code).toBe('KFQ-2026-000001');
      expect((await register(d2)).code).toBe('KFQ-2026-000002');
      // the first center's numbering is unaffected
      const before = await w.t.database.db.selectFrom('case_sequences').selectAll().where('center_id', '=', w.d.center.id).executeTakeFirstOrThrow();
      const next = await register(w.dispatcher);
      expect(next.code).toBe(`KDL-2026-${String(before.last + 1).padStart(6, '0')}`);
    });
  });

  describe('personal data is masked in every response', () => {
    let c: CaseJson;
    beforeAll(async () => {
      c = await register(w.dispatcher, { gridId: w.d.grid1.id, address: '甲街道幸福小区3栋2单元501' });
    });

    it('in the registration answer, the case page and the list', async () => {
      const masked = `${APPLICANT_ID.slice(0, 6)}********${APPLICANT_ID.slice(-4)}`;
      expect(c.parties[0]).toMatchObject({ idNumber: masked, phone: '138****5678' });
      const page = await w.dispatcher.get(`/api/cases/${c.id}`);
      expect(page.json().parties[0]).toMatchObject({ name: '王建国', idNumber: masked, phone: '138****5678' });
      expect(page.json().parties[1]).toMatchObject({ phone: '139****1111' });
      expect(page.json().address).toBe('甲街道幸福小区****');
      const list = await w.dispatcher.get(`/api/cases?q=${encodeURIComponent(c.code)}`);
      for (const body of [JSON.stringify(c), page.body, list.body]) {
        expect(body).not.toContain(APPLICANT_ID);
        expect(body).not.toContain(APPLICANT_PHONE);
        expect(body).not.toContain('13900001111');
        expect(body).not.toContain('3栋2单元501');
      }
      // the title names people by surname only
      expect(c.title).toBe('王某某与李某某邻里纠纷');
    });

    it('in the party look-up', async () => {
      const res = await w.dispatcher.post('/api/parties/lookup', { q: APPLICANT_ID });
      expect(res.statusCode).toBe(200);
      expect(res.json().items[0]).toMatchObject({ name: '王建国', phone: '138****5678' });
      expect(res.body).not.toContain(APPLICANT_ID);
      expect(res.body).not.toContain(APPLICANT_PHONE);
    });

    it('a mediator reveals with a reason, and the reveal is audited with it', async () => {
      const res = await w.centerMediator.post(`/api/cases/${c.id}/parties/${c.parties[0]!.partyId}/reveal`, { reason: '电话联系当事人安排调解' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ idNumber: APPLICANT_ID, phone: APPLICANT_PHONE, address: null });
      const [row] = await auditRows(w.t, 'party.reveal');
      expect(row).toMatchObject({ actor_name: 'mediator3', outcome: 'ok', target_type: 'party', target_id: c.parties[0]!.partyId, detail: { caseId: c.id, reason: '电话联系当事人安排调解' } });
    });

    it('a reveal needs a reason', async () => {
      const res = await w.centerMediator.post(`/api/cases/${c.id}/parties/${c.parties[0]!.partyId}/reveal`, {});
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toHaveProperty('reason');
    });

    it('a grid worker may see the case but not reveal: 403 and a denied audit row', async () => {
      expect((await w.grid.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
      const before = (await auditRows(w.t, 'party.reveal')).length;
      const res = await w.grid.post(`/api/cases/${c.id}/parties/${c.parties[0]!.partyId}/reveal`, { reason: '走访需要' });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(APPLICANT_ID);
      const rows = await auditRows(w.t, 'party.reveal');
      expect(rows).toHaveLength(before + 1);
      expect(rows[0]).toMatchObject({ actor_name: 'grid1', outcome: 'denied', target_id: c.parties[0]!.partyId });
    });
  });

  describe('attachments are checked before anything is stored', () => {
    let c: CaseJson;
    beforeAll(async () => {
      c = await register(w.dispatcher);
    });

    it('over the size limit → 413, nothing stored', async () => {
      const before = await counts(w.t, ['attachments', 'attachment_blobs', 'case_events']);
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(70 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
      const res = await upload(w.dispatcher, c.id, 'evidence', 'big.pdf', big);
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toMatchObject({ code: 'attachment_too_large', message: '附件过大（上限 64 KB）' });
      expect(await counts(w.t, ['attachments', 'attachment_blobs', 'case_events'])).toEqual(before);
    });

    it('a disallowed type → 415, judged by the bytes, nothing stored', async () => {
      const before = await counts(w.t, ['attachments', 'attachment_blobs', 'case_events']);
      const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
      const res = await upload(w.dispatcher, c.id, 'evidence', 'setup.exe', exe);
      expect(res.statusCode).toBe(415);
      expect(res.json().error).toMatchObject({ code: 'unsupported_attachment', message: '不支持的附件类型：exe' });
      const disguised = await upload(w.dispatcher, c.id, 'agreement', '协议.pdf', exe);
      expect(disguised.statusCode).toBe(415);
      const zip = await upload(w.dispatcher, c.id, 'evidence', 'photos.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
      expect(zip.statusCode).toBe(415);
      expect(await counts(w.t, ['attachments', 'attachment_blobs', 'case_events'])).toEqual(before);
    });

    it('an unknown kind → 400; not multipart → 415; a good file → 201', async () => {
      const kind = await upload(w.dispatcher, c.id, 'selfie', 'a.pdf', TINY_PDF);
      expect(kind.statusCode).toBe(400);
      expect(kind.json().error.fields).toHaveProperty('kind');
      const json = await w.dispatcher.post(`/api/cases/${c.id}/attachments`, { file: 'x' });
      expect(json.statusCode).toBe(415);
      const good = await upload(w.dispatcher, c.id, 'evidence', '维修报价单.pdf', TINY_PDF);
      expect(good.statusCode).toBe(201);
      expect(await count(w.t, 'attachments')).toBe(1);
    });
  });

  it('the dossier exports as one .docx whose document names the case code and the Chinese title', async () => {
    const c = await register(w.dispatcher, { title: '幸福小区楼上漏水纠纷', gridId: w.d.grid1.id });
    await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    const res = await w.dispatcher.get(`/api/cases/${c.id}/dossier.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${c.code}-卷宗.docx`));
    expect(res.rawPayload.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    const zip = await JSZip.loadAsync(res.rawPayload);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(c.code);
    expect(xml).toContain('幸福小区楼上漏水纠纷');
    expect(xml).toContain('矛盾纠纷调处卷宗');
    expect(xml).toContain('调解员甲');
    // identifiers stay masked in the dossier too
    expect(xml).not.toContain(APPLICANT_ID);
    expect(xml).toContain(`${APPLICANT_ID.slice(0, 6)}********${APPLICANT_ID.slice(-4)}`);
    // and a case outside the caller's scope cannot be exported
    expect((await w.mediator.get(`/api/cases/${(await register(w.dispatcher)).id}/dossier.docx`)).statusCode).toBe(403);
  });

  it('the year in the code is the year in Beijing', async () => {
    w.t.clock.set(new Date('2026-12-31T23:59:00+08:00'));
    await relogin(w);
    expect((await register(w.dispatcher)).code).toMatch(/^KDL-2026-/);
    w.t.clock.set(new Date('2027-01-01T00:30:00+08:00')); // still 2026-12-31 in UTC
    expect((await register(w.dispatcher)).code).toBe('KDL-2027-000001');
    expect((await register(w.dispatcher)).code).toBe('KDL-2027-000002');
  });
});

describe('the case list: filters, search, cursor pagination, scope', () => {
  let w: CaseWorld;
  const made: Record<string, CaseJson> = {};
  let gridWorkerB: Agent;

  beforeAll(async () => {
    w = await caseWorld();
    await makeUser(w.t.ctx, 'gridB', [{ role: 'grid_worker', unitId: w.d.gridB.id }]);
    gridWorkerB = await login(w.t.app, 'gridB', PASSWORD);
    const reg = async (key: string, over: Record<string, unknown>) => {
      made[key] = await register(w.dispatcher, over);
      w.t.clock.advanceMinutes(1);
    };
    await reg('leak', { gridId: w.d.grid1.id, description: '楼上卫生间漏水，楼下墙面发霉，多次沟通无果。' });
    await reg('noise', { gridId: w.d.grid2.id, description: '邻居深夜装修噪音扰民，影响老人休息。' });
    await reg('wages', {
      gridId: w.d.gridB.id,
      category: 'labour',
      channel: 'hotline',
      description: '建筑工地拖欠农民工工资共计八万元。',
      amountFen: 8_000_000,
      peopleCount: 12,
      parties: [{ role: 'applicant', kind: 'person', name: '赵丽华', phone: '13711112222' }, { role: 'respondent', kind: 'organization', name: '某建筑劳务公司' }],
    });
    await reg('family', { gridId: w.d.gridB.id, category: 'family', description: '夫妻因子女抚养问题发生争执，需要调解。' });
    await reg('tenancy', { gridId: w.d.grid1.id, category: 'tenancy', channel: 'grid_report', description: '租户退租时押金未退还，房东称房屋有损坏。' });
    await reg('pets', { gridId: w.d.grid1.id, description: '楼道内养犬，犬只多次惊吓儿童。' });
    await reg('parking', { category: 'property_management', description: '小区车位被占用，物业不作为。' });
    // route one, accept another: statuses and assignees differ
    await ok(w.dispatcher, made.noise!.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    await ok(w.dispatcher, made.pets!.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    await ok(w.mediator, made.pets!.id, { action: 'accept' });
  });
  afterAll(() => w.t.close());

  const codesOf = async (agent: Agent, query: string) => {
    const res = await agent.get(`/api/cases?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { code: string }[]).map((i) => i.code).sort();
  };
  const codes = (...keys: string[]) => keys.map((k) => made[k]!.code).sort();

  it('lists newest first with the fields of the queue', async () => {
    const res = await w.dispatcher.get('/api/cases?limit=50');
    const items = res.json().items as { code: string; registeredAt: string; categoryName: string; gridName: string | null; deadline: unknown }[];
    expect(items.map((i) => i.code)).toEqual(Object.values(made).map((c) => c.code).reverse());
    expect(items.find((i) => i.code === made.wages!.code)).toMatchObject({ categoryName: '劳资纠纷', gridName: '乙一社区第1网格', deadline: { kind: 'response' } });
    expect(res.json().nextCursor).toBeNull();
  });

  it('filters by status (one or several), category, channel, grid, street, assignee', async () => {
    expect(await codesOf(w.dispatcher, 'status=routed')).toEqual(codes('noise'));
    expect(await codesOf(w.dispatcher, 'status=routed,accepted')).toEqual(codes('noise', 'pets'));
    expect(await codesOf(w.dispatcher, 'category=labour')).toEqual(codes('wages'));
    expect(await codesOf(w.dispatcher, 'channel=hotline')).toEqual(codes('wages'));
    expect(await codesOf(w.dispatcher, 'channel=grid_report')).toEqual(codes('tenancy'));
    expect(await codesOf(w.dispatcher, `gridId=${w.d.grid1.id}`)).toEqual(codes('leak', 'tenancy', 'pets'));
    expect(await codesOf(w.dispatcher, `streetId=${w.d.streetA.id}`)).toEqual(codes('leak', 'noise', 'tenancy', 'pets'));
    expect(await codesOf(w.dispatcher, `streetId=${w.d.streetB.id}`)).toEqual(codes('wages', 'family'));
    expect(await codesOf(w.dispatcher, `communityId=${w.d.communityA.id}&status=registered`)).toEqual(codes('leak', 'tenancy'));
    expect(await codesOf(w.dispatcher, `assigneeId=${w.ids.mediator}`)).toEqual(codes('noise', 'pets'));
    expect(await codesOf(w.mediator, 'assigneeId=me')).toEqual(codes('noise', 'pets'));
    expect(await codesOf(w.dispatcher, `gridId=${w.d.grid1.id}&category=neighbour&status=registered`)).toEqual(codes('leak'));
  });

  it('filters overdue cases: response clocks missed and not met', async () => {
    expect(await codesOf(w.dispatcher, 'overdue=true')).toEqual([]);
    w.t.clock.advanceMinutes(60);
    // every case but the accepted one has missed its 30-minute response clock
    expect(await codesOf(w.dispatcher, 'overdue=true')).toEqual(codes('leak', 'noise', 'wages', 'family', 'tenancy', 'parking'));
    expect(await codesOf(w.dispatcher, 'overdue=true&status=routed')).toEqual(codes('noise'));
    const res = await w.dispatcher.get(`/api/cases?q=${made.leak!.code}`);
    expect(res.json().items[0].deadline).toMatchObject({ kind: 'response', breached: true });
  });

  it('refuses bad filters with the field named', async () => {
    const status = await w.dispatcher.get('/api/cases?status=lost');
    expect(status.statusCode).toBe(400);
    expect(status.json().error.fields.status).toBe('状态取值无效');
    const cursor = await w.dispatcher.get('/api/cases?cursor=garbage');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().error.fields.cursor).toBe('分页游标无效');
    const limit = await w.dispatcher.get('/api/cases?limit=0');
    expect(limit.statusCode).toBe(400);
    expect(limit.json().error.fields).toHaveProperty('limit');
  });

  it('pages with a cursor across three pages, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const res = await w.dispatcher.get(`/api/cases?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { code: string; registeredAt: string }[]; nextCursor: string | null };
      sizes.push(body.items.length);
      seen.push(...body.items.map((i) => i.code));
      cursor = body.nextCursor;
    } while (cursor && sizes.length < 10);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(Object.values(made).map((c) => c.code).reverse());
  });

  it('pages correctly among cases registered in the same instant', async () => {
    const w2 = await caseWorld();
    try {
      const same = [];
      for (let i = 0; i < 5; i++) same.push((await register(w2.dispatcher)).code);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const body = (await w2.dispatcher.get(`/api/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { code: string }[]; nextCursor: string | null };
        seen.push(...body.items.map((i) => i.code));
        cursor = body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen.sort()).toEqual(same.sort());
    } finally {
      await w2.t.close();
    }
  });

  it('searches descriptions, titles, party names and codes', async () => {
    expect(await codesOf(w.dispatcher, `q=${encodeURIComponent('漏水')}`)).toEqual(codes('leak'));
    expect(await codesOf(w.dispatcher, `q=${encodeURIComponent('噪音')}`)).toEqual(codes('noise'));
    expect(await codesOf(w.dispatcher, `q=${encodeURIComponent('赵丽华')}`)).toEqual(codes('wages'));
    expect(await codesOf(w.dispatcher, `q=${encodeURIComponent('劳务公司')}`)).toEqual(codes('wages'));
    expect(await codesOf(w.dispatcher, `q=${encodeURIComponent('王建国')}`)).toEqual(codes('leak', 'noise', 'family', 'tenancy', 'pets', 'parking'));
    expect(await codesOf(w.dispatcher, `q=${made.family!.code.toLowerCase()}`)).toEqual(codes('family'));
    expect(await codesOf(w.dispatcher, `q=${encodeURIComponent('100%_')}`)).toEqual([]);
    expect(await codesOf(w.dispatcher, `q=${encodeURIComponent('漏水')}&gridId=${w.d.grid2.id}`)).toEqual([]);
  });

  it('a grid worker sees their grid’s cases only', async () => {
    expect(await codesOf(w.grid, 'limit=50')).toEqual(codes('leak', 'tenancy', 'pets'));
    expect(await codesOf(gridWorkerB, 'limit=50')).toEqual(codes('wages', 'family'));
    // filters cannot widen the scope
    expect(await codesOf(w.grid, `gridId=${w.d.gridB.id}`)).toEqual([]);
    expect(await codesOf(w.grid, `q=${encodeURIComponent('赵丽华')}`)).toEqual([]);
    expect((await w.grid.get(`/api/cases/${made.leak!.id}`)).statusCode).toBe(200);
  });

  it('reading a case outside the scope → 403 and a denied audit row; a missing case → 404', async () => {
    const before = (await auditRows(w.t, 'case.read')).length;
    const res = await w.grid.get(`/api/cases/${made.wages!.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('赵丽华');
    const rows = await auditRows(w.t, 'case.read');
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ actor_name: 'grid1', outcome: 'denied', target_type: 'case', target_id: made.wages!.id });
    // acting on it is refused and audited the same way
    expect((await act(w.grid, made.wages!.id, { action: 'withdraw', reason: '越权' })).statusCode).toBe(403);
    expect(await auditRows(w.t, 'case.read')).toHaveLength(before + 2);
    // the department mediator sees only what was routed to the department
    expect(await codesOf(w.mediator, 'limit=50')).toEqual(codes('noise', 'pets'));
    expect((await w.mediator.get(`/api/cases/${made.leak!.id}`)).statusCode).toBe(403);
    expect((await w.grid.get('/api/cases/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await w.grid.get('/api/cases/not-a-uuid')).statusCode).toBe(400);
    // nor can it be exported or annotated
    expect((await w.grid.get(`/api/cases/${made.wages!.id}/dossier.docx`)).statusCode).toBe(403);
    expect([403, 404]).toContain((await w.grid.post(`/api/cases/${made.wages!.id}/annotations`, { text: '越权批注' })).statusCode);
    expect(await w.t.database.db.selectFrom('case_annotations').select('id').where('case_id', '=', made.wages!.id).execute()).toEqual([]);
  });

  it('needs a login', async () => {
    expect((await w.t.app.inject({ url: '/api/cases' })).statusCode).toBe(401);
    expect((await w.t.app.inject({ method: 'POST', url: '/api/cases', payload: caseBody() })).statusCode).toBe(401);
    expect(await getCase(w.admin, made.wages!.id)).toMatchObject({ code: made.wages!.code });
  });
});
