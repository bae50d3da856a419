import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../src/domain/identity.js';
import type { Scope } from '../../../src/domain/scope.js';
import type { RelatedLookup } from '../../../src/repositories/intake-repository.js';
import type { Actor } from '../../../src/services/actor.js';
import { addressKeys, MAX_TEXT, suggest, type SuggestDeps } from '../../../src/services/intake/suggest.js';

const ID = '15020319800101123' + idNumberCheckChar('15020319800101123');
const actor: Actor = { userId: 'u1', username: 'd', displayName: '调度员', scope: { userId: 'u1', grants: [] }, sessionHash: 'h', csrfToken: 'c' };
const brief = (id: string, day: number) => ({ id, code: `KDL-2026-${id}`, title: `${id}的纠纷`, status: 'registered', registered_at: new Date(Date.UTC(2026, 0, day)) });

/** A repository double: records what the service asked for and answers from fixed rows. */
function fakeRepo() {
  const calls: { lookups: RelatedLookup[]; scopes: Scope[] } = { lookups: [], scopes: [] };
  const repo: SuggestDeps['intake'] = {
    async related(scope: Scope, q: RelatedLookup) {
      calls.scopes.push(scope);
      calls.lookups.push(q);
      const party = q.parties.idNumbers.length
        ? [
            { ...brief('a', 1), role: 'applicant' as const, kind: 'person' as const, id_number: q.parties.idNumbers[0]!, uscc: null, phone: null },
            // the same case again, through its respondent: one entry, the strongest reason
            { ...brief('a', 1), role: 'respondent' as const, kind: 'organization' as const, id_number: null, uscc: null, phone: null },
            { ...brief('r', 2), role: 'respondent' as const, kind: 'organization' as const, id_number: q.parties.idNumbers[0]!, uscc: null, phone: null },
            { ...brief('p', 3), role: 'applicant' as const, kind: 'person' as const, id_number: null, uscc: null, phone: '13800138000' },
          ]
        : [];
      const place = q.exactAddress
        ? [
            { ...brief('a', 1), address: q.exactAddress, compound_id: null, in_named_compound: false },
            { ...brief('b', 2), address: `${q.building ?? ''}9单元101`, compound_id: null, in_named_compound: false },
            { ...brief('k', 3), address: '别处', compound_id: 'k1', in_named_compound: true },
            { ...brief('t', 4), address: '别处', compound_id: null, in_named_compound: false },
          ]
        : [];
      const similar = q.similarText ? Array.from({ length: 14 }, (_, i) => ({ ...brief(`s${i}`, i + 1), similarity: 0.41 + i / 20 })) : [];
      return { party, place, similar, compounds: [] };
    },
  };
  return { repo, calls };
}

describe('suggest (service)', () => {
  it('merges the reasons per case, keeps the strongest, orders best first and caps at 10', async () => {
    const { repo, calls } = fakeRepo();
    const out = await suggest({ intake: repo }, actor, { text: '物业乱收停车费', parties: [{ idNumber: ID.toLowerCase() }], address: '甲街道景泰花园3栋2单元1203' });
    expect(calls.lookups[0]!.parties.idNumbers).toEqual([ID]);
    expect(calls.scopes).toEqual([actor.scope]);
    expect(out.related).toHaveLength(10);
    expect(out.related[0]).toMatchObject({ id: 'a', reason: 'same_party', score: 1 });
    expect(out.related[1]).toMatchObject({ id: 'r', reason: 'same_respondent', score: 1 });
    expect(out.related.filter((r) => r.id === 'a')).toHaveLength(1);
    for (let i = 1; i < out.related.length; i++) expect(out.related[i - 1]!.score).toBeGreaterThanOrEqual(out.related[i]!.score);
    expect(out.categories).toHaveLength(3);
    expect(out.truncated).toBe(false);
  });

  it('scores by what matched: ID number 1, phone 0.85, the same address 0.9, building 0.75, named compound 0.65, else 0.6, similarity at most 0.95', async () => {
    const { repo } = fakeRepo();
    const out = await suggest({ intake: repo }, actor, { text: '物业乱收停车费', parties: [{ idNumber: ID, phone: '13800138000' }], address: '甲街道景泰花园3栋2单元1203' });
    const score = Object.fromEntries(out.related.map((r) => [r.id, [r.reason, r.score]]));
    expect(score.p).toEqual(['same_party', 0.85]);
    expect(score.s13).toEqual(['similar_text', 0.95]);
    const places = await suggest({ intake: repo }, actor, { text: '物业', address: '甲街道景泰花园3栋2单元1203' });
    const byId = Object.fromEntries(places.related.map((r) => [r.id, r.score]));
    expect(byId.a).toBe(0.9);
    expect(byId.b).toBe(0.75);
    expect(byId.k).toBe(0.65);
    expect(byId.t).toBe(0.6);
  });

  it('ignores identifiers that are not valid yet, and person names', async () => {
    const { repo, calls } = fakeRepo();
    await suggest({ intake: repo }, actor, { text: '咨询', parties: [{ idNumber: '1502', phone: '138', uscc: 'ABC', name: '王建国' }, { name: '包头市某某物业服务有限公司' }] });
    expect(calls.lookups[0]!.parties).toEqual({ idNumbers: [], usccs: [], phones: [], organizationNames: ['包头市某某物业服务有限公司'] });
  });

  it('asks for the address parts only when an address is given, and compares at most the first 200 characters', async () => {
    const { repo, calls } = fakeRepo();
    await suggest({ intake: repo }, actor, { text: '物业乱收停车费。'.repeat(100) });
    const q = calls.lookups[0]!;
    expect(q).toMatchObject({ exactAddress: null, building: null, compoundNames: [], gridId: null });
    expect([...q.similarText!].length).toBe(200);
    expect([...q.compoundText].length).toBeLessThanOrEqual(501);
    await suggest({ intake: repo }, actor, { text: '漏水', address: '包头市昆都仑区阿尔丁大街明德花园12号楼3单元501' });
    expect(calls.lookups[1]).toMatchObject({ building: '包头市昆都仑区阿尔丁大街明德花园12号楼', compoundNames: ['明德花园'], similarText: null });
  });

  it('analyses a long text on its first 5,000 characters and says so', async () => {
    const { repo } = fakeRepo();
    const out = await suggest({ intake: repo }, actor, { text: '欠薪'.repeat(MAX_TEXT) });
    expect(out.truncated).toBe(true);
    expect(out.categories[0]!.code).toBe('labour');
    const exact = await suggest({ intake: repo }, actor, { text: '😀'.repeat(MAX_TEXT) });
    expect(exact.truncated).toBe(false);
  });

  it('finds the exact address, the building and the compound of an address', () => {
    expect(addressKeys('包头市昆都仑区阿尔丁大街明德花园12号楼3单元501')).toEqual({
      exact: '包头市昆都仑区阿尔丁大街明德花园12号楼3单元501',
      building: '包头市昆都仑区阿尔丁大街明德花园12号楼',
      compound: '明德花园',
    });
    expect(addressKeys('昆区 富强路小区 5栋').compound).toBe('富强路小区');
    expect(addressKeys('')).toEqual({ exact: null, building: null, compound: null });
  });
});
