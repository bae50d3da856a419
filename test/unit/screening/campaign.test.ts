import { describe, expect, it } from 'vitest';
import { campaignProblems, targetFor } from '../../../src/domain/screening/campaign.js';

const TODAY = '2026-04-01';
const draft = (over: Partial<Parameters<typeof campaignProblems>[0]> = {}) => ({
  name: '婚恋家庭矛盾纠纷专项排查',
  startsOn: '2026-04-01',
  endsOn: '2026-04-30',
  grids: [{ gridId: 'g1', targetHouseholds: 320 }],
  ...over,
});

describe('campaignProblems', () => {
  it('accepts a plain campaign, also one that started already but still runs', () => {
    expect(campaignProblems(draft(), TODAY)).toEqual({});
    expect(campaignProblems(draft({ startsOn: '2026-03-01', endsOn: '2026-04-01' }), TODAY)).toEqual({});
    expect(campaignProblems(draft({ startsOn: '2026-04-01', endsOn: '2026-04-01' }), TODAY)).toEqual({});
  });

  it('needs a name', () => {
    expect(Object.keys(campaignProblems(draft({ name: '   ' }), TODAY))).toEqual(['name']);
  });

  it('refuses dates that are not dates', () => {
    const p = campaignProblems(draft({ startsOn: '2026-02-30', endsOn: 'tomorrow' }), TODAY);
    expect(Object.keys(p).sort()).toEqual(['endsOn', 'startsOn']);
    expect(p.startsOn!['zh-CN']).toBe('开始日期无效');
  });

  it('refuses an end before the start, an end already past, more than a year', () => {
    expect(campaignProblems(draft({ startsOn: '2026-04-10', endsOn: '2026-04-09' }), TODAY).endsOn!['zh-CN']).toBe('结束日期不能早于开始日期');
    expect(campaignProblems(draft({ startsOn: '2026-03-01', endsOn: '2026-03-31' }), TODAY).endsOn!.en).toBe('The end date has passed');
    expect(campaignProblems(draft({ startsOn: '2026-04-01', endsOn: '2027-04-02' }), TODAY).endsOn!['zh-CN']).toContain('最长 366 天');
    expect(campaignProblems(draft({ startsOn: '2026-04-01', endsOn: '2027-04-01' }), TODAY)).toEqual({});
  });

  it('needs at least one grid', () => {
    expect(campaignProblems(draft({ grids: [] }), TODAY).grids!['zh-CN']).toContain('至少选择一个网格');
  });

  it('names each bad target by its index; zero is a valid target', () => {
    const p = campaignProblems(
      draft({
        grids: [
          { gridId: 'a', targetHouseholds: 0 },
          { gridId: 'b', targetHouseholds: -1 },
          { gridId: 'c', targetHouseholds: 2.5 },
          { gridId: 'd', targetHouseholds: 100_001 },
        ],
      }),
      TODAY,
    );
    expect(Object.keys(p)).toEqual(['grids.1.targetHouseholds', 'grids.2.targetHouseholds', 'grids.3.targetHouseholds']);
  });
});

describe('targetFor', () => {
  it('takes the target given, else the registered households, else 0', () => {
    expect(targetFor(12, 300)).toBe(12);
    expect(targetFor(0, 300)).toBe(0);
    expect(targetFor(undefined, 300)).toBe(300);
    expect(targetFor(undefined, null)).toBe(0);
  });
});
