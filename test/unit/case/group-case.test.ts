import { describe, expect, it } from 'vitest';
import { detectCompound } from '../../../src/domain/case/compound.js';
import { composeGroup, type GroupMemberFacts, type GroupMemberParty, groupDescription, groupTitle } from '../../../src/domain/case/group-case.js';

const company: GroupMemberParty = { partyId: 'p-co', role: 'respondent', kind: 'organization', name: '包头市鑫安物业服务有限公司', uscc: null };
const person = (id: string, name: string, role: GroupMemberParty['role'] = 'applicant'): GroupMemberParty => ({ partyId: id, role, kind: 'person', name, uscc: null });

let n = 0;
function member(over: Partial<GroupMemberFacts> = {}): GroupMemberFacts {
  n += 1;
  return {
    id: `m${n}`,
    code: `KDL-2026-00010${n}`,
    category: 'property_management',
    channel: 'window',
    peopleCount: 1,
    amountFen: null,
    riskLevel: 'low',
    urgency: 'normal',
    districtId: 'd',
    streetId: 's1',
    communityId: 'c1',
    gridId: 'g1',
    compoundId: 'k1',
    registeredAt: new Date(Date.UTC(2026, 4, n)),
    parties: [person(`a${n}`, `业主${n}`), company],
    ...over,
  };
}

describe('composeGroup', () => {
  it('the most common category and channel, sums, the highest risk and urgency', () => {
    const g = composeGroup([
      member({ category: 'property_management', peopleCount: 12, amountFen: 150_000, channel: 'hotline' }),
      member({ category: 'contract', peopleCount: 3, riskLevel: 'high', channel: 'window' }),
      member({ category: 'property_management', peopleCount: 0, amountFen: 50_000, urgency: 'urgent', channel: 'window' }),
    ]);
    expect(g).toMatchObject({ category: 'property_management', channel: 'window', peopleCount: 12 + 3 + 1, amountFen: 200_000, riskLevel: 'high', urgency: 'urgent' });
  });

  it('a tie goes to the earliest member; no amounts stays null', () => {
    const g = composeGroup([member({ category: 'tenancy', registeredAt: new Date(Date.UTC(2026, 0, 2)) }), member({ category: 'contract', registeredAt: new Date(Date.UTC(2026, 0, 1)) })]);
    expect(g.category).toBe('contract');
    expect(g.amountFen).toBeNull();
  });

  it('keeps the territory the members share, and nothing below a difference', () => {
    expect(composeGroup([member(), member()]).territory).toEqual({ district_id: 'd', street_id: 's1', community_id: 'c1', grid_id: 'g1' });
    expect(composeGroup([member(), member({ gridId: 'g2' })]).territory).toEqual({ district_id: 'd', street_id: 's1', community_id: 'c1', grid_id: null });
    expect(composeGroup([member(), member({ communityId: 'c2', gridId: 'g1' })]).territory).toEqual({ district_id: 'd', street_id: 's1', community_id: null, grid_id: null });
    expect(composeGroup([member(), member({ streetId: 's2' })]).territory).toEqual({ district_id: 'd', street_id: null, community_id: null, grid_id: null });
    expect(composeGroup([member(), member({ compoundId: 'k2' })]).compoundId).toBeNull();
  });

  it('the common respondents (most members, one party each) and every applicant once', () => {
    const sameByName: GroupMemberParty = { ...company, partyId: 'p-co-dup', name: '包头市鑫安物业服务有限责任公司' };
    const developer: GroupMemberParty = { partyId: 'p-dev', role: 'respondent', kind: 'organization', name: '某房地产开发有限公司', uscc: null };
    const shared = person('a-shared', '张某');
    const g = composeGroup([
      member({ parties: [person('a1', '王一'), shared, company] }),
      member({ parties: [person('a2', '王二'), shared, sameByName, developer] }),
      member({ parties: [person('a3', '王三'), company, person('t1', '第三人', 'third_party')] }),
    ]);
    expect(g.respondents.map((p) => p.partyId)).toEqual(['p-co']);
    expect(g.applicants.map((p) => p.partyId)).toEqual(['a1', 'a-shared', 'a2', 'a3']);
  });

  it('no respondents at all: none', () => {
    expect(composeGroup([member({ parties: [person('x', '甲')] }), member({ parties: [person('y', '乙')] })]).respondents).toEqual([]);
  });

  it('needs a member', () => {
    expect(() => composeGroup([])).toThrow(RangeError);
  });
});

describe('groupTitle and description', () => {
  it('「明德花园 业主与某物业公司物业纠纷（涉众，N 件）」', () => {
    expect(groupTitle({ place: '明德花园', category: 'property_management', categoryName: '物业纠纷', respondent: { kind: 'organization', name: '某物业公司' }, count: 5 })).toBe(
      '明德花园 业主与某物业公司物业纠纷（涉众，5 件）',
    );
  });

  it('people respondents are masked; no place, no respondent', () => {
    expect(groupTitle({ place: null, category: 'labour', categoryName: '劳资纠纷', respondent: { kind: 'person', name: '赵大海' }, count: 3 })).toBe('职工与赵某某劳资纠纷（涉众，3 件）');
    expect(groupTitle({ place: '甲一社区', category: 'other', categoryName: '其他', respondent: null, count: 2 })).toBe('甲一社区 群众其他（涉众，2 件）');
  });

  it('at most 100 characters, keeping the tail', () => {
    const t = groupTitle({ place: '很长的小区名'.repeat(20), category: 'property_management', categoryName: '物业纠纷', respondent: null, count: 12 });
    expect(t.length).toBe(100);
    expect(t.endsWith('（涉众，12 件）')).toBe(true);
  });

  it('the description lists the codes (the first 50) and the reason', () => {
    expect(groupDescription(['A-1', 'B-2'], '同一物业公司')).toBe('本案由 2 件案件合并为涉众案件统一办理：A-1、B-2。\n合并原因：同一物业公司');
    const many = Array.from({ length: 60 }, (_, i) => `C-${i}`);
    expect(groupDescription(many, 'x')).toContain('C-49等。');
    expect(groupDescription(many, 'x')).not.toContain('C-50');
  });
});

describe('detectCompound', () => {
  const list = [
    { id: 'k1', name: '明德花园' },
    { id: 'k2', name: '明德花园二期' },
    { id: 'k3', name: '阳光小区' },
  ];

  it('the longest name contained in the address wins', () => {
    expect(detectCompound('昆北街道明德花园二期3栋2单元502', list)?.id).toBe('k2');
    expect(detectCompound('昆北街道明德花园12栋', list)?.id).toBe('k1');
    expect(detectCompound('阳光 小区 5 号楼', list)?.id).toBe('k3');
  });

  it('full-width and spaces do not matter; nothing named, nothing found', () => {
    expect(detectCompound('明德　花园１栋', list)?.id).toBe('k1');
    expect(detectCompound('钢铁大街 88 号', list)).toBeNull();
    expect(detectCompound('', list)).toBeNull();
    expect(detectCompound(null, list)).toBeNull();
  });

  it('refuses to guess between two compounds of the same name', () => {
    expect(detectCompound('明德花园1栋', [...list, { id: 'k9', name: '明德花园' }])).toBeNull();
    // the same compound listed twice is still one
    expect(detectCompound('明德花园1栋', [...list, { id: 'k1', name: '明德花园' }])?.id).toBe('k1');
  });

  it('ignores one-character names', () => {
    expect(detectCompound('园丁路1号', [{ id: 'x', name: '园' }])).toBeNull();
  });
});
