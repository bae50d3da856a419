// 登记回访 at the desk (the plan page /follow-ups/plans/:id) against the real server and
// its demo district: the dispatcher records a visit that refers the household to an
// assistance resource. An empty referral is refused on the form; a resource switched off
// meanwhile is refused by the server beside the picker, with nothing recorded; once it is
// back in use the same form goes through and the referral shows in the plan's list.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Caller, jsonApi, signInApi as signInApiAs } from './support/api.js';
import { browserSession, settle, signIn, TMP_SHOTS } from './support/session.js';

interface PlanListItem {
  id: string;
  nextVisit: { id: string; seq: number } | null;
}
interface PlanView {
  id: string;
  visits: { id: string; status: string; stability: string | null }[];
  referrals: { resourceId: string; visitId: string | null; reason: string }[];
}
interface Resource {
  id: string;
  name: string;
  provider: string;
  version: number;
}

const REASON = '女方因抚养费纠纷长期失眠、情绪低落，建议转介心理疏导。';

describe('登记回访 at the desk: a visit with a referral to assistance', () => {
  const ui = browserSession();

  const signInApi = (username: string) => signInApiAs(ui.server.url, username);
  const json = <T>(who: Caller, method: string, path: string, body?: unknown) => jsonApi<T>(ui.server.url, who, method, path, body);

  it('refers the household from the desk drawer; the referral shows on the plan', async () => {
    const desk = await signInApi('dispatcher');
    const admin = await signInApi('admin');
    const plans = await json<{ items: PlanListItem[] }>(desk, 'GET', '/api/followup/plans?status=active&limit=50');
    const target = plans.items.find((p) => p.nextVisit);
    expect(target, 'the demo gives the dispatcher active plans with a visit due').toBeTruthy();
    const visitId = target!.nextVisit!.id;
    const resources = await json<{ items: Resource[] }>(desk, 'GET', '/api/assistance/resources?active=true');
    const resource = resources.items[0];
    expect(resource, 'the demo catalogue has resources in use').toBeTruthy();

    const page = await ui.newPage();
    await signIn(page, 'dispatcher');
    await page.goto(`/follow-ups/plans/${target!.id}`);
    await page.getByTestId('plan-record').click();
    const form = page.getByTestId('record-visit-form');
    await form.waitFor();
    await page.getByTestId('visit-stability-unstable').click();
    await page.getByTestId('visit-notes').fill('当事人称近期因抚养费支付时间又有争执，情绪不稳定。');

    // 帮扶需求 switched on with nothing ticked: the form asks for a resource and a reason.
    await page.getByTestId('visit-assistance-on').click();
    await page.getByTestId('visit-submit').click();
    await form.getByText('请至少勾选一项帮扶资源').waitFor();
    await form.getByText('请填写转介原因').waitFor();
    await page.getByTestId('visit-assistance').locator('.ant-checkbox-wrapper').filter({ hasText: resource!.name }).first().click();
    await page.getByTestId('visit-assistance-reason').fill(REASON);
    // Answered: the two messages go.
    await form.getByText('请至少勾选一项帮扶资源').waitFor({ state: 'detached' });
    await form.getByText('请填写转介原因').waitFor({ state: 'detached' });
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'followup-desk-visit-assistance.png'), fullPage: true });

    // The resource is switched off meanwhile: the server's refusal stands beside the picker.
    const off = await json<Resource>(admin, 'PATCH', `/api/assistance/resources/${resource!.id}`, { active: false, version: resource!.version });
    await page.getByTestId('visit-submit').click();
    await form.getByText('帮扶资源不存在或已停用').waitFor();
    const unchanged = await json<PlanView>(desk, 'GET', `/api/followup/plans/${target!.id}`);
    expect(unchanged.visits.find((v) => v.id === visitId)?.status).toBe('due');
    expect(unchanged.referrals.filter((r) => r.visitId === visitId)).toEqual([]);

    // Back in use: the same form is recorded, with its referral.
    await json<Resource>(admin, 'PATCH', `/api/assistance/resources/${resource!.id}`, { active: true, version: off.version });
    await page.getByTestId('visit-submit').click();
    await form.waitFor({ state: 'detached' });
    const referrals = page.getByTestId('plan-referrals');
    await referrals.getByText(REASON, { exact: false }).waitFor();
    expect(await referrals.innerText()).toContain(`${resource!.name} · ${resource!.provider}`);

    const after = await json<PlanView>(desk, 'GET', `/api/followup/plans/${target!.id}`);
    expect(after.visits.find((v) => v.id === visitId)).toMatchObject({ status: 'done', stability: 'unstable' });
    expect(after.referrals.filter((r) => r.visitId === visitId).map((r) => [r.resourceId, r.reason])).toEqual([[resource!.id, REASON]]);
    await page.screenshot({ path: join(TMP_SHOTS, 'followup-desk-plan-referrals.png'), fullPage: true });
  });
});
