// 涉众预警 in a real browser on the demo district: the intake panel warns about one more
// complaint against the property company of 明德花园 and shows the compound it read from
// the address; the case page lists the recent cluster, and the dispatcher gathers the five
// cases into one group case, whose page lists its members; a member links back to it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, TMP_SHOTS, signIn } from './support/session.js';

const PASSWORD = 'Concord-2026';
/** Words of the accounts of the demo cluster (src/demo/seed-mass.ts). */
const CLUSTER_WORDS = ['两部电梯频繁停运', '地下车库长期积水', '公共收益账目', '楼道窗户破损', '擅自上调物业费'];

describe('mass-dispute warning and group case', () => {
  const ui = browserSession();

  async function settle(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400); // antd motion
  }

  /** The demo cluster through the API: id, code and the respondent's name. */
  async function cluster() {
    const login = await fetch(`${ui.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dispatcher', password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const out: { id: string; code: string; respondent: string }[] = [];
    for (const words of CLUSTER_WORDS) {
      const list = (await (await fetch(`${ui.server.url}/api/cases?q=${encodeURIComponent(words)}`, { headers: { cookie } })).json()) as { items: { id: string; code: string }[] };
      expect(list.items, words).toHaveLength(1);
      const c = (await (await fetch(`${ui.server.url}/api/cases/${list.items[0]!.id}`, { headers: { cookie } })).json()) as { parties: { role: string; name: string }[] };
      out.push({ ...list.items[0]!, respondent: c.parties.find((p) => p.role === 'respondent')!.name });
    }
    return out;
  }

  it('warns at intake, gathers the cluster from the case page, and shows the group case with its members', async () => {
    const cases = await cluster();
    const company = cases[0]!.respondent;
    const page = await ui.newPage();
    await signIn(page, 'dispatcher');

    // 1. Intake: the compound from the address, and the red warning in the live panel.
    await page.goto('/cases/new');
    await page.getByTestId('intake-description').waitFor();
    await page.getByTestId('party-name-0').fill('周玉梅');
    await page.getByTestId('party-1').getByText('单位', { exact: true }).click();
    await page.getByTestId('party-name-1').fill(company);
    await page.getByTestId('intake-description').fill('明德花园业主反映物业公司长期不清运垃圾，楼道堆满杂物，多次投诉无人处理，要求物业整改。');
    await page.getByTestId('intake-address').fill('昆北街道明德花园11栋2单元301');
    await expect.poll(() => page.getByTestId('intake-compound').innerText()).toBe('识别到小区：明德花园');
    const alert = page.getByTestId('intake-mass-warning');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('涉众预警');
    expect(text).toMatch(/同一小区『明德花园』30 日内 \d+ 件/);
    expect(text).toContain(`同一被申请人『${company}』`);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'mass-intake-warning.png'), fullPage: true });

    // 2. The case page of the newest cluster case: the warning card with the cluster.
    const newest = cases.at(-1)!;
    await page.goto(`/cases/${newest.id}`);
    const card = page.getByTestId('mass-warning-card');
    await card.waitFor();
    expect(await card.getByTestId('mass-signal-compound').innerText()).toMatch(/同一小区『明德花园』30 日内 \d+ 件，涉及 \d+ 人/);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'mass-case-warning.png'), fullPage: true });

    // Exactly the five cluster cases ticked (a case of both signals has a box in each table).
    const codes = new Set(cases.map((c) => c.code));
    const rows = card.locator('tbody tr');
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const box = row.locator('input[type="checkbox"]');
      if ((await box.count()) === 0 || (await box.isDisabled())) continue;
      const code = (await row.locator('a, strong').first().innerText()).trim();
      await box.setChecked(codes.has(code));
    }
    expect(await card.getByTestId('mass-gather').innerText()).toContain('已选 5 件');
    await card.getByTestId('mass-gather').click();
    await page.getByTestId('mass-group-title').waitFor();
    await page.getByTestId('mass-reason').fill('同一物业公司服务质量问题，涉及多户业主，统一组织调解');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();

    // 3. The group case: its members, and a link back from a member.
    const members = page.getByTestId('group-members-card');
    await members.waitFor();
    expect(page.url()).not.toContain(newest.id);
    for (const c of cases) expect(await members.innerText()).toContain(c.code);
    expect(await page.locator('.case-header-title').innerText()).toContain('（涉众，5 件）');
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'mass-group-case.png'), fullPage: true });

    await members.getByText(cases[0]!.code, { exact: true }).click();
    await page.getByTestId('case-group-link').waitFor();
    expect(await page.getByTestId('case-group-link').innerText()).toContain('本案已并入涉众案件');
  });
});
