import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../src/domain/identity.js';
import { RISK_LEVELS } from '../../../src/domain/risk/checklist.js';
import { addressProblem, type Member, memberProblems, mergeMembers, needsProfile, normalizeAddress } from '../../../src/domain/screening/household.js';

const idNo = (first17: string) => first17 + idNumberCheckChar(first17);
const ID_A = idNo('15020319850312002');
const ID_B = idNo('15020320100706003');

describe('needsProfile', () => {
  it('keeps medium and high households on file, not low ones', () => {
    expect(RISK_LEVELS.filter(needsProfile)).toEqual(['medium', 'high']);
  });
});

describe('memberProblems', () => {
  it('accepts members with and without ID number and phone', () => {
    expect(
      memberProblems([
        { name: '刘桂芳', relation: 'spouse', idNumber: ID_A, phone: '13904721234' },
        { name: '张子涵', relation: 'child', idNumber: ID_B.toLowerCase() },
        { name: '张福来', relation: 'parent', phone: '0472-5123456' },
        { name: '王秀兰', relation: 'other', idNumber: null, phone: null },
      ]),
    ).toEqual({});
  });

  it('checks the ID number with its check character and date of birth', () => {
    const wrongCheck = ID_A.slice(0, 17) + (ID_A.endsWith('0') ? '1' : '0');
    const p = memberProblems([
      { name: '甲', relation: 'spouse', idNumber: wrongCheck },
      { name: '乙', relation: 'child', idNumber: '150203********0021' },
      { name: '丙', relation: 'child', idNumber: idNo('15020320101332003') },
    ]);
    expect(Object.keys(p)).toEqual(['members.0.idNumber', 'members.1.idNumber', 'members.2.idNumber']);
    expect(p['members.0.idNumber']!['zh-CN']).toContain('身份证号码无效');
  });

  it('refuses the same ID number twice, naming the first holder', () => {
    const p = memberProblems([
      { name: '甲', relation: 'spouse', idNumber: ID_A },
      { name: '乙', relation: 'child', idNumber: ID_A.toLowerCase() },
    ]);
    expect(p['members.1.idNumber']!['zh-CN']).toBe('身份证号码与第 1 位成员重复');
  });

  it('names an empty name, an unknown relation and a bad phone', () => {
    const p = memberProblems([{ name: ' ', relation: 'cousin', phone: '12345' }]);
    expect(Object.keys(p).sort()).toEqual(['members.0.name', 'members.0.phone', 'members.0.relation']);
  });

  it('allows at most 20 members', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `成员${i}`, relation: 'other' }));
    expect(Object.keys(memberProblems(many))).toEqual(['members']);
  });
});

describe('mergeMembers', () => {
  const stored: Member[] = [
    { id: 'm1', name: '刘桂芳', relation: 'spouse', idNumber: ID_A, phone: '13904721234' },
    { id: 'm2', name: '张子涵', relation: 'child', idNumber: ID_B, phone: null },
  ];
  let n = 0;
  const newId = () => `new${++n}`;

  it('keeps the stored ID number and phone of a member sent back without them (the client only saw them masked)', () => {
    const merged = mergeMembers(stored, [{ id: 'm1', name: '刘桂芳', relation: 'spouse' }], newId);
    expect(merged).toEqual([stored[0]]);
  });

  it('clears with null, replaces with a value, drops members left out, adds new ones with fresh ids', () => {
    n = 0;
    const merged = mergeMembers(
      stored,
      [
        { id: 'm1', name: ' 刘桂芳 ', relation: 'spouse', phone: null },
        { id: 'm2', name: '张子涵', relation: 'child', idNumber: ` ${ID_B.slice(0, 17)}x `.replace('x', ID_B.slice(17).toLowerCase()) },
        { name: '张福来', relation: 'parent', idNumber: '', phone: ' 0472-5123456 ' },
        { id: 'unknown', name: '王秀兰', relation: 'other' },
      ],
      newId,
    );
    expect(merged).toEqual([
      { id: 'm1', name: '刘桂芳', relation: 'spouse', idNumber: ID_A, phone: null },
      { id: 'm2', name: '张子涵', relation: 'child', idNumber: ID_B, phone: null },
      { id: 'new1', name: '张福来', relation: 'parent', idNumber: null, phone: '0472-5123456' },
      { id: 'new2', name: '王秀兰', relation: 'other', idNumber: null, phone: null },
    ]);
  });
});

describe('normalizeAddress', () => {
  it('treats full-width digits and spaces as the same address', () => {
    expect(normalizeAddress(' 景泰花园 ３栋 ２单元 ５０１ ')).toBe('景泰花园3栋2单元501');
    expect(normalizeAddress('景泰花园3栋2单元501')).toBe('景泰花园3栋2单元501');
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeAddress(normalizeAddress(s)) === normalizeAddress(s)));
  });
});

describe('addressProblem', () => {
  it('wants a full address of reasonable length', () => {
    expect(addressProblem('3栋')).not.toBeNull();
    expect(addressProblem('景泰花园3栋2单元501')).toBeNull();
    expect(addressProblem('长'.repeat(121))).not.toBeNull();
  });
});
