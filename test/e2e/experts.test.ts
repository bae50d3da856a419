// 双向选择 in a real browser against the real server (demo district): on a phone a resident
// files a family dispute on the portal and picks two experts of the pool; each expert
// signs in and accepts on the 专家邀请 page; the portal's tracking page and the staff
// case page then show both accepted, the first to accept leading the team.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, DESKTOP, PHONE, TMP_SHOTS, signIn, settle } from './support/session.js';

const PASSWORD = 'Concord-2026';
const APPLICANT_PHONE = '13904725566';

interface PoolExpert {
  id: string;
  name: string;
  username: string | null;
  openCases: number;
  pendingInvitations: number;
  maxOpenCases: number;
}

describe('expert pool: two-way matching from the portal', () => {
  const ui = browserSession();

  async function api<T>(path: string, opts: { username?: string; method?: string; body?: unknown } = {}): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (opts.username) {
      const login = await fetch(`${ui.server.url}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify({ username: opts.username, password: PASSWORD }) });
      expect(login.status).toBe(200);
      headers.cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    }
    const res = await fetch(`${ui.server.url}${path}`, { method: opts.method ?? 'GET', headers, body: opts.body ? JSON.stringify(opts.body) : undefined });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  }

  it('a resident picks two experts on a phone, both accept, one leads', async () => {
    // Two family experts serving online who have accounts and room for a case (the admin sees the accounts).
    const pool = await api<{ items: PoolExpert[] }>('/api/experts?specialty=family&mode=online&available=true&limit=100', { username: 'admin' });
    const picked = pool.items.filter((e) => e.username && e.openCases + e.pendingInvitations < e.maxOpenCases).slice(0, 2);
    expect(picked).toHaveLength(2);
    const [first, second] = picked as [PoolExpert, PoolExpert];

    // 1. The resident files on the portal, on a phone, and picks the two experts.
    const phone = await ui.newPage(PHONE);
    await phone.goto('/portal/new');
    await phone.getByTestId('portal-name').fill('白淑琴');
    await phone.getByTestId('portal-phone').fill(APPLICANT_PHONE);
    await phone.getByTestId('portal-category').click();
    await phone.locator('.ant-select-dropdown:visible').getByText('婚恋家庭纠纷', { exact: true }).click();
    await phone.getByTestId('portal-description').fill('结婚十年，丈夫常年在外打工很少回家，近来提出离婚，孩子抚养和住房归属谈不拢，希望有专家帮忙调解。');
    const picker = phone.getByTestId('portal-expert-picker');
    await picker.getByTestId(`portal-expert-select-${first.id}`).waitFor();
    // Cards are laid out for a phone: no horizontal scrolling.
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await picker.getByTestId(`portal-expert-select-${first.id}`).click();
    await picker.getByTestId(`portal-expert-select-${second.id}`).click();
    expect(await phone.getByTestId('portal-experts-count').innerText()).toContain('已选 2 / 3 位');
    expect(await phone.locator(`[data-testid="portal-expert-card"][data-expert-id="${first.id}"]`).getAttribute('data-selected')).toBe('true');
    await settle(phone);
    await phone.getByTestId('portal-experts').screenshot({ path: join(TMP_SHOTS, 'portal-experts-picker.png') });
    await phone.getByTestId('portal-consent').click();
    await phone.getByTestId('portal-submit').click();
    const code = (await phone.getByTestId('portal-filed-code').innerText()).trim();
    expect(code).toMatch(/^KDL-\d{4}-\d{6}$/);

    // 2. Each expert signs in and accepts on the invitations page, the first one first.
    for (const expert of [first, second]) {
      const page = await ui.newPage(DESKTOP);
      await signIn(page, expert.username!);
      await page.goto('/experts/invitations');
      const card = page.locator(`[data-testid="expert-invitation"][data-case-code="${code}"]`);
      await card.waitFor();
      expect(await card.getAttribute('data-status')).toBe('proposed');
      expect(await card.getByTestId('expert-countdown').innerText()).toMatch(/剩余/);
      if (expert === first) {
        await settle(page);
        await page.screenshot({ path: join(TMP_SHOTS, 'expert-invitations.png'), fullPage: true });
      }
      await card.locator('[data-testid^="expert-accept-"]').click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await page.locator(`[data-testid="expert-invitations-serving"] [data-testid="expert-invitation"][data-case-code="${code}"][data-status="accepted"]`).waitFor();
    }

    // 3. The resident follows the case: both experts accepted, the first to accept leads.
    await phone.goto('/portal/track');
    await phone.getByTestId('portal-track-code').fill(code);
    await phone.getByTestId('portal-track-phone').fill(APPLICANT_PHONE);
    await phone.getByTestId('portal-track-submit').click();
    const tracked = phone.getByTestId('portal-track-expert');
    await phone.getByTestId('portal-track-experts').waitFor();
    expect(await tracked.count()).toBe(2);
    expect(await phone.locator('[data-testid="portal-track-expert"][data-status="accepted"]').count()).toBe(2);
    const leadRow = phone.locator('[data-testid="portal-track-expert"][data-lead="true"]');
    expect(await leadRow.count()).toBe(1);
    expect(await leadRow.innerText()).toContain(first.name);
    expect(await leadRow.innerText()).toContain('牵头专家');
    await settle(phone);
    await phone.screenshot({ path: join(TMP_SHOTS, 'portal-track-experts.png'), fullPage: true });

    // 4. The staff case page shows the team: two accepted, one lead badge.
    const found = await api<{ items: { id: string; code: string }[] }>(`/api/cases?q=${encodeURIComponent(code)}`, { username: 'dispatcher' });
    const caseId = found.items.find((c) => c.code === code)!.id;
    const staff = await ui.newPage(DESKTOP);
    await signIn(staff, 'dispatcher');
    await staff.goto(`/cases/${caseId}`);
    const teamCard = staff.getByTestId('expert-team-card');
    await teamCard.locator('[data-testid="expert-member"]').first().waitFor();
    expect(await teamCard.locator('[data-testid="expert-member"][data-status="accepted"]').count()).toBe(2);
    const lead = teamCard.locator('[data-testid="expert-member"][data-lead="true"]');
    expect(await lead.count()).toBe(1);
    expect(await lead.innerText()).toContain(first.name);
    expect(await teamCard.getByTestId('expert-lead-badge').count()).toBe(1);
    // The timeline tells the story: two invitations by the party, two acceptances.
    const timeline = await staff.getByTestId('case-timeline').innerText();
    expect(timeline).toContain('专家接受邀请');
    expect(timeline).toContain(`${first.name}接受邀请，担任牵头专家`);
    await settle(staff);
    await staff.screenshot({ path: join(TMP_SHOTS, 'case-expert-team.png'), fullPage: true });

    // 5. The dispatcher adds a third expert from the ranked suggestions.
    await teamCard.getByTestId('expert-team-propose').click();
    const suggestions = staff.getByTestId('expert-suggestions');
    await suggestions.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await suggestions.innerText()).not.toContain(first.name);
    await suggestions.locator('tbody tr.ant-table-row').first().locator('input[type="checkbox"]').check();
    await staff.getByTestId('propose-experts-ok').click();
    await teamCard.locator('[data-testid="expert-member"][data-status="proposed"]').waitFor();
    expect(await teamCard.locator('[data-testid="expert-member"]').count()).toBe(3);
    expect(await teamCard.getByTestId('expert-countdown').count()).toBe(1);

    // 6. The pool itself: filters, load, a profile drawer.
    await staff.goto('/experts');
    await staff.getByTestId('experts-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await staff.getByTestId('experts-table').locator('tbody tr.ant-table-row').count()).toBe(20);
    await staff.getByTestId('expert-open').first().click();
    await staff.getByTestId('expert-drawer').locator('.ant-descriptions').waitFor();
    await settle(staff);
    await staff.screenshot({ path: join(TMP_SHOTS, 'experts-pool.png') });
  });
});
