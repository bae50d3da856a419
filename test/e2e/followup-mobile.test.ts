// 今日任务 on a phone (390×844, touch) against the real server and its demo district: the
// `grid` worker records one visit online (with a camera photo, downscaled on the device),
// then loses the network, records a second visit and a household screening, which wait
// on the device as 待发送; the network returns and they are sent. One answer is lost on
// the way back (the server recorded it, the phone did not hear): the re-send is
// recognised, and every record exists exactly once, also after re-sending the stored
// submissions by hand and reloading the page. A screening takes the household's members
// (kept on the device with the rest of the form); their ID numbers are checked on the
// phone and by the server, and the profile lists them masked.
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, maskIdNumber } from '../../src/domain/identity.js';
import { type Caller, callApi, jsonApi, signInApi as signInApiAs } from './support/api.js';
import { browserSession, DEMO_PASSWORD, PHONE, TMP_SHOTS } from './support/session.js';

interface TodayVisit {
  id: string;
  planId: string;
  seq: number;
  dueOn: string;
  overdueDays: number;
}
interface TodayScreening {
  campaignId: string;
  gridId: string;
  screened: number;
}
interface Today {
  day: string;
  visits: TodayVisit[];
  screenings: TodayScreening[];
}
interface PlanView {
  id: string;
  status: string;
  visits: { id: string; seq: number; dueOn: string; status: string; stability: string | null; hasPhoto: boolean; mode: string | null }[];
  referrals: { visitId: string | null; reason: string }[];
}
interface Stored {
  queued: { clientId: string; kind: 'visit' | 'screening'; targetId: string; body: Record<string, unknown> }[];
  failed: unknown[];
}

interface Profile {
  members: { name: string; relation: string; idNumber: string | null; phone: string | null }[];
}

const HEAD_NAME = '韩秀梅';
const ADDRESS = '团结大街 88 号院 7 栋 2 单元 301';
const idNumber = (first17: string) => first17 + idNumberCheckChar(first17);
const MEMBER_ID = idNumber('15020319780412003');

describe('今日任务: the grid worker on a phone, online and offline', () => {
  const ui = browserSession();

  const signInApi = (username: string) => signInApiAs(ui.server.url, username);
  const call = <T>(who: Caller, method: string, path: string, body?: unknown) => callApi<T>(ui.server.url, who, method, path, body);
  const json = <T>(who: Caller, method: string, path: string, body?: unknown) => jsonApi<T>(ui.server.url, who, method, path, body);

  /** A phone (390×844, touch) signed in as the grid worker through the login page. */
  async function gridOnPhone(): Promise<Page> {
    const page = await ui.newPage(PHONE, { hasTouch: true, isMobile: true });
    await page.goto('/login');
    await page.getByTestId('login-username').fill('grid');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').tap();
    await page.getByTestId('page-title').first().waitFor();
    return page;
  }

  async function shot(page: Page, name: string) {
    await page.screenshot({ path: join(TMP_SHOTS, name), fullPage: true });
  }

  /** A 2400×1800 JPEG "camera photo", made by the browser itself. */
  async function cameraPhoto(page: Page): Promise<Buffer> {
    // (a string: the test runs in node, which has no DOM types)
    const dataUrl = (await page.evaluate(`(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 2400;
      canvas.height = 1800;
      const ctx = canvas.getContext('2d');
      const gradient = ctx.createLinearGradient(0, 0, 2400, 1800);
      gradient.addColorStop(0, '#8fb3de');
      gradient.addColorStop(1, '#e6d3a3');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, 2400, 1800);
      ctx.fillStyle = '#1f4e8c';
      ctx.font = '160px sans-serif';
      ctx.fillText('回访现场', 600, 900);
      return canvas.toDataURL('image/jpeg', 0.95);
    })()`)) as string;
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  }

  const plan = (who: Caller, id: string) => json<PlanView>(who, 'GET', `/api/followup/plans/${id}`);
  const storedOutbox = async (page: Page): Promise<Stored | null> => {
    const raw = (await page.evaluate(`(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('concord.outbox.v1.'));
      return key ? localStorage.getItem(key) : null;
    })()`)) as string | null;
    return raw ? (JSON.parse(raw) as Stored) : null;
  };
  const scrollWidth = async (page: Page) => Number(await page.evaluate('document.documentElement.scrollWidth'));

  it('records a visit online, a visit and a screening offline, each exactly once', async () => {
    const grid = await signInApi('grid');
    const before = await json<Today>(grid, 'GET', '/api/followup/today');
    expect(before.visits.length, 'the demo gives the grid account visits due today').toBeGreaterThanOrEqual(2);
    expect(before.screenings.length, 'the demo campaign covers the grid account').toBeGreaterThanOrEqual(1);
    expect(before.visits.some((v) => v.overdueDays > 0), 'and one overdue visit').toBe(true);

    const page = await gridOnPhone();

    // 1. 今日任务 from the menu (a drawer on a phone).
    const campaignLoaded = page.waitForResponse((r) => /\/api\/screening\/campaigns\/[^/?]+$/.test(new URL(r.url()).pathname) && r.status() === 200);
    await page.locator('.app-header-trigger').tap();
    const sider = page.getByTestId('app-sider');
    await sider.getByText('回访排查', { exact: true }).tap();
    await sider.getByText('今日任务', { exact: true }).tap();
    await page.getByTestId('today-page').waitFor();
    await page.getByTestId('today-visit').first().waitFor();
    await campaignLoaded; // the campaign's checklist is on the phone before the network goes
    const cards = page.getByTestId('today-visit');
    expect(await cards.count()).toBe(before.visits.length);
    // Late visits first, with the days late on a red badge.
    const firstOverdue = [...before.visits].sort((a, b) => b.overdueDays - a.overdueDays)[0]!;
    expect(await cards.first().getAttribute('data-visit-id')).toBe(firstOverdue.id);
    expect(await cards.first().getByTestId('today-visit-overdue').innerText()).toBe(`逾期 ${firstOverdue.overdueDays} 天`);
    // Nothing wider than the phone.
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'followup-mobile-today.png');

    // 2. Online: the first visit, stable, in person, with a photo.
    const visitA = firstOverdue;
    await cards.first().tap();
    const form = page.getByTestId('visit-form');
    await form.waitFor();
    await page.getByTestId('visit-photo-input').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) });
    await page.getByTestId('visit-photo-preview').waitFor();
    expect(await form.getByText(/^1280×960，\d+ KB$/).count()).toBe(1);
    await page.getByTestId('visit-stability-stable').tap();
    await page.getByTestId('visit-notes').fill('当事人双方关系缓和，赡养费已按协议按月支付，无新的矛盾苗头。');
    // 转介帮扶 from the visit: the first resource of the catalogue.
    await page.getByTestId('visit-assistance-on').tap();
    const resource = page.getByTestId('visit-assistance').locator('.ant-checkbox-wrapper').first();
    await resource.tap();
    await page.getByTestId('visit-assistance-reason').fill('女方情绪低落，夜间失眠，建议心理疏导。');
    // The submit button sits at the bottom of the screen, within thumb reach.
    const submit = page.getByTestId('visit-submit');
    const box = (await submit.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(PHONE.height - 90);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await shot(page, 'followup-mobile-visit-form.png');
    await submit.tap();
    await page.getByText(/回访记录已提交/).first().waitFor();
    await page.getByTestId('today-page').waitFor();
    await page.locator(`[data-visit-id="${visitA.id}"]`).waitFor({ state: 'detached' });

    const planA = await plan(grid, visitA.planId);
    const doneA = planA.visits.find((v) => v.id === visitA.id)!;
    expect(doneA).toMatchObject({ status: 'done', stability: 'stable', mode: 'in_person', hasPhoto: true });
    expect(planA.referrals.filter((r) => r.visitId === visitA.id).map((r) => r.reason)).toEqual(['女方情绪低落，夜间失眠，建议心理疏导。']);
    const photo = await fetch(`${ui.server.url}/api/followup/visits/${visitA.id}/photo`, { headers: { cookie: grid.cookie } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toContain('image/jpeg');
    // The plan goes on: its next visit is due after today.
    if (planA.status === 'active') {
      const next = planA.visits.find((v) => v.seq === visitA.seq + 1);
      expect(next?.status).toBe('due');
      expect(next!.dueOn > before.day).toBe(true);
    }
    const afterA = await json<Today>(grid, 'GET', '/api/followup/today');
    expect(afterA.visits.map((v) => v.id)).not.toContain(visitA.id);

    // 3. Offline: a second visit and a screening wait on the phone.
    await page.context().setOffline(true);
    await page.getByTestId('offline-tag').waitFor();
    const cardB = page.getByTestId('today-visit').first();
    const visitBId = (await cardB.getAttribute('data-visit-id'))!;
    const visitB = before.visits.find((v) => v.id === visitBId)!;
    const planBBefore = await plan(grid, visitB.planId);
    await cardB.tap();
    await form.waitFor();
    await page.getByTestId('visit-mode').getByText('电话回访').tap();
    await page.getByTestId('visit-stability-unstable').tap();
    await page.getByTestId('visit-notes').fill('电话联系当事人，称对方近期又因孩子上学费用分担发生争吵，情绪较激动，需持续关注。');
    await page.getByTestId('visit-submit').tap();
    await page.getByText('无网络，回访记录已暂存本机，联网后自动发送').waitFor();
    await page.getByTestId('today-page').waitFor();
    await page.locator(`[data-visit-id="${visitB.id}"]`).getByTestId('today-visit-pending').waitFor();

    const task = before.screenings[0]!;
    await page.locator(`[data-testid="today-screening"][data-campaign-id="${task.campaignId}"]`).first().tap();
    await page.getByTestId('screening-form').waitFor();
    await page.getByTestId('screening-address').fill(ADDRESS);
    await page.getByTestId('screening-head-name').fill(HEAD_NAME);
    await page.getByTestId('screening-head-phone').fill('13904721188');
    await page.getByTestId('member-add').tap();
    await page.getByTestId('member-card').getByTestId('member-name').fill('王建军');
    await page.getByTestId('member-card').getByTestId('member-id-number').fill(MEMBER_ID);
    await page.getByTestId('risk-fill-none').tap();
    await page.getByTestId('risk-item-violence').getByText('疑似', { exact: true }).tap();
    await page.getByTestId('risk-estimate').getByText('中风险').waitFor();
    await page.getByTestId('screening-submit').tap();
    await page.getByText('无网络，排查结果已暂存本机，联网后自动发送').waitFor();
    await page.getByTestId('today-page').waitFor();
    expect(await page.getByTestId('outbox-count').innerText()).toBe('待发送 2');
    expect(await page.getByTestId('outbox-pending-item').count()).toBe(2);
    await shot(page, 'followup-mobile-offline.png');

    const stored = (await storedOutbox(page))!;
    expect(stored.queued.map((q) => [q.kind, q.targetId])).toEqual([
      ['visit', visitB.id],
      ['screening', task.campaignId],
    ]);
    // The member waits on the device with the rest of the form.
    expect(stored.queued[1]!.body.members).toEqual([{ name: '王建军', relation: 'spouse', idNumber: MEMBER_ID, phone: null }]);
    // Nothing reached the server.
    expect((await plan(grid, visitB.planId)).visits.find((v) => v.id === visitB.id)?.status).toBe('due');

    // 4. The network returns, but the answer to the visit is lost on the way back: the
    //    server has recorded it, the phone keeps it queued.
    let lost!: () => void;
    const answerLost = new Promise<void>((resolve) => (lost = resolve));
    const loseAnswer = async (route: Route) => {
      await route.fetch();
      await route.abort('failed');
      lost();
    };
    await page.route(`**/api/followup/visits/${visitB.id}/record`, loseAnswer);
    await page.context().setOffline(false);
    await answerLost;
    await page.getByTestId('offline-tag').waitFor({ state: 'detached' });
    await page.getByTestId('outbox-send').and(page.locator(':not(.ant-btn-loading)')).waitFor();
    expect(await page.getByTestId('outbox-count').innerText()).toBe('待发送 2');
    await page.unroute(`**/api/followup/visits/${visitB.id}/record`, loseAnswer);

    // 立即发送: the visit is sent again (the server replays it), then the screening.
    await page.getByTestId('outbox-send').tap();
    await page.getByText('已发送 2 条暂存记录').waitFor();
    await page.getByTestId('outbox-bar').waitFor({ state: 'detached' });
    await page.locator(`[data-visit-id="${visitB.id}"]`).waitFor({ state: 'detached' });
    expect(await storedOutbox(page)).toBeNull();

    const exactlyOnce = async () => {
      const planB = await plan(grid, visitB.planId);
      expect(planB.visits.filter((v) => v.id === visitB.id).map((v) => [v.status, v.stability, v.mode])).toEqual([['done', 'unstable', 'phone']]);
      // one visit done, one next visit (or the plan ended): never two
      expect(planB.visits.length).toBe(planBBefore.visits.length + (planB.status === 'active' ? 1 : 0));
      expect(planB.visits.filter((v) => v.status === 'due').length).toBe(planB.status === 'active' ? 1 : 0);
      const screenings = await json<{ items: { headName: string | null; gridId: string; level: string; householdId: string | null }[] }>(
        grid,
        'GET',
        `/api/screening/campaigns/${task.campaignId}/screenings?gridId=${task.gridId}&limit=200`,
      );
      const mine = screenings.items.filter((s) => s.headName === HEAD_NAME);
      expect(mine.map((s) => s.level)).toEqual(['medium']);
      const profile = await json<Profile>(grid, 'GET', `/api/household-profiles/${mine[0]!.householdId}`);
      expect(profile.members).toEqual([{ id: expect.any(String), name: '王建军', relation: 'spouse', idNumber: maskIdNumber(MEMBER_ID), phone: null }]);
      const today = await json<Today>(grid, 'GET', '/api/followup/today');
      expect(today.screenings.find((s) => s.campaignId === task.campaignId && s.gridId === task.gridId)?.screened).toBe(task.screened + 1);
      expect(today.visits.map((v) => v.id)).not.toContain(visitB.id);
    };
    await exactlyOnce();

    // 5. The stored submissions sent again by hand are replayed, not recorded again.
    for (const q of stored.queued) {
      const path = q.kind === 'visit' ? `/api/followup/visits/${q.targetId}/record` : `/api/screening/campaigns/${q.targetId}/screenings`;
      const again = await call<{ replayed: boolean }>(grid, 'POST', path, q.body);
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body.replayed).toBe(true);
    }
    await exactlyOnce();

    // 6. A reload (which flushes on load) changes nothing either.
    await page.reload();
    await page.getByTestId('today-page').waitFor();
    await page.getByTestId('today-visit').first().waitFor();
    expect(await page.getByTestId('outbox-bar').count()).toBe(0);
    await exactlyOnce();

    // 7. The narrowest phones (360 px): the list and a form fit the screen; back closes the form.
    await page.setViewportSize({ width: 360, height: 740 });
    const fits = async () => expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await fits();
    await page.getByTestId('today-screening').first().tap();
    await page.getByTestId('screening-form').waitFor();
    await page.getByTestId('risk-checklist').waitFor();
    await fits();
    await shot(page, 'followup-mobile-360-screening.png');
    await page.goBack();
    await page.getByTestId('today-page').waitFor();
  });

  it('keeps the forms of a session that ended offline, and sends them after signing in again', async () => {
    const grid = await signInApi('grid');
    const task = (await json<Today>(grid, 'GET', '/api/followup/today')).screenings[0]!;
    const page = await gridOnPhone();
    await page.goto('/m/today');
    await page.getByTestId('today-screening').first().tap();
    await page.getByTestId('risk-checklist').waitFor();

    await page.context().setOffline(true);
    await page.getByTestId('screening-address').fill('团结大街 88 号院 7 栋 3 单元 502');
    await page.getByTestId('screening-head-name').fill('包玉兰');
    await page.getByTestId('risk-fill-none').tap();
    await page.getByTestId('screening-submit').tap();
    await page.getByTestId('today-page').waitFor();
    expect(await page.getByTestId('outbox-count').innerText()).toBe('待发送 1');

    // The session ends meanwhile (here: its cookie is gone); the network returns.
    await page.context().clearCookies();
    await page.context().setOffline(false);
    await page.waitForURL('**/login');
    expect((await storedOutbox(page))?.queued.map((q) => q.kind)).toEqual(['screening']);

    // Signing in again brings the worker back to 今日任务, which sends what was kept.
    await page.getByTestId('login-username').fill('grid');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').tap();
    await page.getByTestId('today-page').waitFor();
    await page.getByText('已发送 1 条暂存记录').waitFor();
    expect(await storedOutbox(page)).toBeNull();
    const screenings = await json<{ items: { headName: string | null; level: string }[] }>(
      grid,
      'GET',
      `/api/screening/campaigns/${task.campaignId}/screenings?gridId=${task.gridId}&limit=200`,
    );
    expect(screenings.items.filter((s) => s.headName === '包玉兰').map((s) => s.level)).toEqual(['low']);
  });

  it('screens a household with its members: ID numbers checked on the phone and by the server, the profile lists them masked', async () => {
    const grid = await signInApi('grid');
    const task = (await json<Today>(grid, 'GET', '/api/followup/today')).screenings[0]!;
    const page = await gridOnPhone();
    await page.goto('/m/today');
    await page.locator(`[data-testid="today-screening"][data-campaign-id="${task.campaignId}"]`).first().tap();
    await page.getByTestId('risk-checklist').waitFor();
    await page.getByTestId('screening-address').fill('团结大街 88 号院 9 栋 1 单元 102');
    await page.getByTestId('screening-head-name').fill('乔丽娟');
    await page.getByTestId('risk-fill-none').tap();
    await page.getByTestId('risk-item-violence').getByText('疑似', { exact: true }).tap();

    const spouseId = idNumber('15020319760305103'); // ends in X
    const childId = idNumber('15020320080917122');
    const cards = page.getByTestId('member-card');
    await page.getByTestId('member-add').tap();
    await cards.nth(0).getByTestId('member-name').fill('乔建国');
    // A mistyped ID number is caught on the phone, before anything is sent or kept.
    await cards.nth(0).getByTestId('member-id-number').fill(`${spouseId.slice(0, 17)}1`);
    await page.getByTestId('screening-submit').tap();
    await cards.nth(0).getByText('身份证号码有误，请核对（18位，末位为校验码）').waitFor();
    await cards.nth(0).getByTestId('member-id-number').fill(spouseId.toLowerCase()); // kept upper-case, as the server stores it

    // The second member, a child, with the same ID number: only the server knows, and
    // its refusal stands beside that member's ID number.
    await page.getByTestId('member-add').tap();
    await cards.nth(1).getByTestId('member-name').fill('乔小雨');
    await cards.nth(1).getByTestId('member-relation').tap();
    await page.locator('.ant-select-dropdown:visible').getByText('子女', { exact: true }).tap();
    await cards.nth(1).getByTestId('member-id-number').fill(spouseId);
    await cards.nth(1).getByTestId('member-phone').fill('139 0472 5566');
    await page.getByTestId('screening-submit').tap();
    await cards.nth(1).getByText('身份证号码与第 1 位成员重复').waitFor();
    expect(await cards.nth(0).locator('.ant-form-item-explain-error').count()).toBe(0);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'followup-mobile-screening-members.png');

    await cards.nth(1).getByTestId('member-id-number').fill(childId);
    await page.getByTestId('screening-submit').tap();
    await page.getByText('排查结果已提交：中风险').waitFor();
    await page.getByTestId('today-page').waitFor();

    const screenings = await json<{ items: { headName: string | null; householdId: string | null }[] }>(
      grid,
      'GET',
      `/api/screening/campaigns/${task.campaignId}/screenings?gridId=${task.gridId}&limit=200`,
    );
    const householdId = screenings.items.find((s) => s.headName === '乔丽娟')?.householdId;
    expect(householdId, 'a medium-risk household gets a profile').toBeTruthy();

    // The profile lists both members, ID numbers and phone masked.
    await page.goto(`/follow-ups/households/${householdId}`);
    const rows = page.getByTestId('profile-members').locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(new RegExp(`乔建国\\s+配偶\\s+${maskIdNumber(spouseId).replace(/\*/g, '\\*')}`));
    expect(await rows.nth(1).innerText()).toMatch(new RegExp(`乔小雨\\s+子女\\s+${maskIdNumber(childId).replace(/\*/g, '\\*')}\\s+139\\*{4}5566`));
    const text = await page.getByTestId('profile-members').innerText();
    expect(text).not.toContain(spouseId);
    expect(text).not.toContain(childId);
  });
});
