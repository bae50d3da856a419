// 涉众户 in a real browser on the demo district: the dispatcher gathers the 明德花园 cluster
// into a group case, imports a household list with bad rows (every bad row listed, nothing
// imported), then a good one, applies one agreement to all, records signing for everybody
// the filter shows and queues a batch notice — the headline reads 「60 / 60 已签约」.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/domain/identity.js';
import { browserSession, TMP_SHOTS, signIn } from './support/session.js';

const PASSWORD = 'Concord-2026';
const CLUSTER_WORDS = ['两部电梯频繁停运', '地下车库长期积水', '公共收益账目', '楼道窗户破损', '擅自上调物业费'];
const HEADER = ['序号', '姓名', '身份证号', '联系电话', '住址/房号', '诉求金额(元)', '是否代表'];
/** The UI answers after a round trip or two. */
const POLL = { timeout: 15_000 };
const NAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';

async function listFile(dir: string, name: string, rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

const row = (i: number) => {
  const first17 = `150203${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i).padStart(3, '0')}`;
  return [String(i + 1), `${NAMES[i % NAMES.length]}桂${'兰英芳'[i % 3]}`, first17 + idNumberCheckChar(first17), `139${String(47210000 + i)}`, `明德花园${(i % 14) + 1}栋${(i % 6) + 1}01`, String(1200 + (i % 5) * 100), i % 20 === 0 ? '是' : '否'];
};

describe('households of a group case (涉众户)', () => {
  const ui = browserSession();

  /** The demo cluster gathered into a group case through the API. */
  async function groupCase(): Promise<string> {
    const login = await fetch(`${ui.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dispatcher', password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const ids: string[] = [];
    for (const words of CLUSTER_WORDS) {
      const list = (await (await fetch(`${ui.server.url}/api/cases?q=${encodeURIComponent(words)}`, { headers: { cookie } })).json()) as { items: { id: string }[] };
      ids.push(list.items[0]!.id);
    }
    const res = await fetch(`${ui.server.url}/api/cases/groups`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ caseIds: ids, reason: '同一物业公司服务问题，统一化解' }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  it('imports, reports bad rows, signs everybody and queues a notice', async () => {
    const groupId = await groupCase();
    const dir = mkdtempSync(join(tmpdir(), 'households-'));
    const good = Array.from({ length: 60 }, (_, i) => row(i));
    const bad = good.slice(0, 5).map((r) => [...r]);
    bad[2]![2] = bad[0]![2]!; // duplicate ID number
    bad[4]![3] = '12345'; // not a mobile

    const page = await ui.newPage();
    await signIn(page, 'dispatcher');
    await page.goto(`/cases/${groupId}`);
    const card = page.getByTestId('households-card');
    await card.getByText('尚未导入涉众户名单').waitFor();

    // A list with bad rows: the report names every one, nothing is imported.
    const chooser1 = page.waitForEvent('filechooser');
    await page.getByTestId('households-import').click();
    await (await chooser1).setFiles(await listFile(dir, 'bad.xlsx', bad));
    const report = page.getByTestId('households-import-report');
    await report.waitFor();
    expect(await report.innerText()).toContain('身份证号与第 2 行重复');
    expect(await report.innerText()).toContain('联系电话须为 11 位手机号码');
    expect(await card.getByText('尚未导入涉众户名单').count()).toBe(1);

    // The good list.
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByTestId('households-import').click();
    await (await chooser2).setFiles(await listFile(dir, 'good.xlsx', good));
    await expect.poll(async () => page.getByTestId('households-headline').innerText(), POLL).toMatch(/(^|\n)0 \/ 60 已签约/);
    await expect.poll(async () => page.locator('[data-testid="households-card"] .ant-table-row').count(), POLL).toBe(60);
    expect(await card.innerText()).toContain('150203********');

    // One agreement for all, then signing for everybody the filter shows.
    await page.getByTestId('households-agreement').click();
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await page.getByText('已为 60 户设定约定金额').waitFor();
    await card.getByText('当前筛选的全部户').click();
    await page.getByTestId('households-step-signed').click();
    await expect.poll(async () => page.getByTestId('households-headline').innerText(), POLL).toContain('60 / 60 已签约');

    // Everybody signed: paying the rest in full, money recovered shows.
    await page.getByTestId('households-step-paid').click();
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await expect.poll(async () => page.getByTestId('households-paid').innerText(), POLL).toBe('84,000.00 元'); // every claim, agreed in full and paid

    // A batch notice to everybody.
    await page.getByTestId('households-notice').click();
    await page.getByTestId('notice-title').fill('调解会通知');
    await page.getByTestId('notice-body').fill('{姓名}您好：定于本周五上午9时在社区调解室召开协商会，请准时参加。');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await page.getByTestId('notice-batches').getByText('调解会通知').waitFor();
    await page.screenshot({ path: join(TMP_SHOTS, 'households.png'), fullPage: true });
  });
});
