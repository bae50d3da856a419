import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../src/domain/identity.js';
import type { Scope } from '../../../src/domain/scope.js';
import type { IntakeRepository, PartyKeys } from '../../../src/repositories/intake-repository.js';
import type { Actor } from '../../../src/services/actor.js';
import { addressKeys, MAX_TEXT, suggest } from '../../../src/services/intake/suggest.js';

const ID = '15020319800101123' + idNumberCheckChar('15020319800101123');
const actor: Actor = { userId: 'u1', username: 'd', displayName: '调度员', scope: { userId: 'u1', grants: [] }, sessionHash: 'h', csrfToken: 'c' };
const brief = (id: string, day: number) => ({ id, code: `KDL-2026-${id}`, title: `${id}的纠纷`, status: 'registered', registered_at: new Date(Date.UTC(2026, 0, day)) });

/** A repository double: records what the service asked for and answers from fixed rows. */
function fakeRepo(opts: { invisible?: string[] } = {}) {
  const calls: { partyKeys?: PartyKeys; similar?: string; scopes: Scope[] } = { scopes: [] };
  const repo = {
    async partyHits(keys: PartyKeys) {
      calls.partyKeys = keys;
      return keys.idNumbers.length
        ? [
            { case_id: 'a', role: 'applicant', kind: 'person', matched_by: 'id_number' },
            { case_id: 'hidden', role: 'applicant', kind: 'person', matched_by: 'id_number' },
            { case_id: 'r', role: 'respondent', kind: 'organization', matched_by: 'id_number' },
          ]
        : [];
    },
    async visible(scope: Scope, ids: readonly string[]) {
      calls.scopes.push(scope);
      return ids.filter((id) => !(opts.invisible ?? []).includes(id)).map((id, i) => brief(id, i + 1));
    },
    async compoundsNamedIn() {
      return [];
    },
    async atAddress(scope: Scope, where: { exact?: string | null }) {
      calls.scopes.push(scope);
      return where.exact ? [{ ...brief('a', 1), address: where.exact, compound_id: null }, { ...brief('b', 2), address: '别处', compound_id: null }] : [];
    },
    async similarText(scope: Scope, text: string) {
      calls.scopes.push(scope);
      calls.similar = text;
      return Array.from({ length: 14 }, (_, i) => ({ ...brief(`s${i}`, i + 1), similarity: 0.31 + i / 100 }));
    },
  };
  return { repo: repo as unknown as IntakeRepository, calls };
}

describe('suggest (service)', () => {
  it('merges the reasons per case, keeps the strongest, orders best first and caps at 10', async () => {
    const { repo, calls } = fakeRepo({ invisible: ['hidden'] });
    const out = await suggest({ intake: repo }, actor, { text: '物业乱收停车费', parties: [{ idNumber: ID.toLowerCase() }], address: '甲街道景泰花园3栋2单元1203' });
    expect(calls.partyKeys?.idNumbers).toEqual([ID]);
    expect(calls.scopes.every((s) => s === actor.scope)).toBe(true);
    expect(out.related).toHaveLength(10);
    expect(out.related[0]).toMatchObject({ id: 'a', reason: 'same_party', score: 1 });
    expect(out.related[1]).toMatchObject({ id: 'r', reason: 'same_respondent', score: 1 });
    expect(out.related.some((r) => r.id === 'hidden')).toBe(false);
    expect(out.related.filter((r) => r.id === 'a')).toHaveLength(1);
    for (let i = 1; i < out.related.length; i++) expect(out.related[i - 1]!.score).toBeGreaterThanOrEqual(out.related[i]!.score);
    expect(out.categories).toHaveLength(3);
    expect(out.truncated).toBe(false);
  });

  it('ignores identifiers that are not valid yet, and person names', async () => {
    const { repo, calls } = fakeRepo();
    await suggest({ intake: repo }, actor, { text: '咨询', parties: [{ idNumber: '1502', phone: '138', uscc: 'ABC', name: '王建国' }, { name: '包头市某某物业服务有限公司' }] });
    expect(calls.partyKeys).toEqual({ idNumbers: [], usccs: [], phones: [], organizationNames: ['包头市某某物业服务有限公司'] });
  });

  it('analyses a long text on its first 5,000 characters and says so', async () => {
    const { repo, calls } = fakeRepo();
    const out = await suggest({ intake: repo }, actor, { text: '欠薪'.repeat(MAX_TEXT) });
    expect(out.truncated).toBe(true);
    expect(out.categories[0]!.code).toBe('labour');
    expect([...calls.similar!].length).toBeLessThanOrEqual(500);
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
