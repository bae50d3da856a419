import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseWorld, caseWorld, register } from './helpers.js';

/** Registration without a category takes the intake model's best guess, marked unconfirmed, and a first risk level. */
describe('intake defaults at registration', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.t.close());

  it('guesses the category from the account when none is given', async () => {
    const c = await register(w.dispatcher, { category: null, description: '在工地干了三个月活，包工头一直拖欠工资两万多元，打电话也不接。' });
    expect(c.category).toBe('labour');
    expect(c.timeline[0]!.data).toMatchObject({ categoryConfirmed: false });
  });

  it('keeps the category the clerk chose, and marks it confirmed', async () => {
    const c = await register(w.dispatcher, { category: 'family', description: '在工地干了三个月活，包工头一直拖欠工资两万多元。' });
    expect(c.category).toBe('family');
    expect(c.timeline[0]!.data).toMatchObject({ categoryConfirmed: true });
  });

  it('rates an account with threats of self-harm as high risk', async () => {
    const c = await register(w.dispatcher, { description: '被拖欠工资半年，他说再不给钱就从楼顶跳下去，情绪非常激动。' });
    expect(c.riskLevel).toBe('high');
  });

  it('rates an ordinary account as low risk', async () => {
    const c = await register(w.dispatcher, { description: '楼上邻居晚上经常拖动桌椅，声音较大，希望社区帮忙沟通一下。' });
    expect(c.riskLevel).toBe('low');
  });
});
