import { expect } from 'vitest';
import { type Agent, login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { bj, type CaseWorld, caseWorld, relogin } from '../cases/helpers.js';

/**
 * The case world plus what staffing needs: a rotating court (Wednesdays), two law
 * firms and a social organisation on call with one liaison each, and a second center
 * with its own dispatcher and mediator (to show that boards stay with their center).
 */
export async function staffingWorld(opts: { now?: string } = {}) {
  const w = await caseWorld(opts);
  const repo = w.t.ctx.repos.units;
  const now = w.t.ctx.clock.now();
  const center = w.d.center;
  const dept = (name: string, code: string, type: string, tier: 'rotating' | 'on_call', weekdays: number[] | null) =>
    repo.insert({ parentId: center.id, kind: 'department', name, code, centerId: center.id, departmentType: type, staffingTier: tier, rosterWeekdays: weekdays }, now, center);
  const court = await dept('驻中心人民法庭', '990001-BM002', 'court', 'rotating', [3]);
  const firm = await dept('北辰律师事务所', '990001-BM003', 'law_firm', 'on_call', null);
  const otherFirm = await dept('正衡律师事务所', '990001-BM004', 'law_firm', 'on_call', null);
  const socialOrg = await dept('心桥心理咨询服务中心', '990001-BM005', 'social_organization', 'on_call', null);
  const center2 = await repo.insert({ parentId: w.d.district.id, kind: 'center', name: '测试区开发区综治中心', code: '990001-ZZ02' }, now, w.d.district);
  // Its own case-code prefix, so that the two centers' numbers do not collide.
  await w.t.database.db.updateTable('org_units').set({ case_code_prefix: 'CSKF' }).where('id', '=', center2.id).execute();

  const judge = await makeUser(w.t.ctx, 'judge1', [{ role: 'department_liaison', unitId: court.id }], { displayName: '驻庭法官' });
  const lawyer = await makeUser(w.t.ctx, 'lawyer1', [{ role: 'department_liaison', unitId: firm.id }], { displayName: '北辰律师' });
  const otherLawyer = await makeUser(w.t.ctx, 'lawyer2', [{ role: 'department_liaison', unitId: otherFirm.id }], { displayName: '正衡律师' });
  const counsellor = await makeUser(w.t.ctx, 'counsellor1', [{ role: 'department_liaison', unitId: socialOrg.id }], { displayName: '心理咨询师' });
  const dispatcher2 = await makeUser(w.t.ctx, 'dispatcher2', [{ role: 'dispatcher', unitId: center2.id }], { displayName: '开发区窗口' });
  const mediator2c = await makeUser(w.t.ctx, 'mediator2c', [{ role: 'mediator', unitId: center2.id }], { displayName: '开发区调解员' });

  const agents: Record<string, Agent> = {};
  const names = ['judge1', 'lawyer1', 'lawyer2', 'counsellor1', 'dispatcher2', 'mediator2c'];
  for (const n of names) agents[n] = await login(w.t.app, n, PASSWORD);

  return {
    ...w,
    units: { court, firm, otherFirm, socialOrg, center2 },
    more: { judge: judge.id, lawyer: lawyer.id, otherLawyer: otherLawyer.id, counsellor: counsellor.id, dispatcher2: dispatcher2.id, mediator2c: mediator2c.id },
    judge: agents.judge1!,
    lawyer: agents.lawyer1!,
    otherLawyer: agents.lawyer2!,
    counsellor: agents.counsellor1!,
    dispatcher2: agents.dispatcher2!,
    mediator2c: agents.mediator2c!,
    /** Moves the clock (Beijing wall time) and signs everyone in again. */
    async jumpTo(local: string) {
      w.t.clock.set(bj(local));
      await relogin(w);
      for (const n of names) {
        const fresh = await login(w.t.app, n, PASSWORD);
        agents[n]!.cookie = fresh.cookie;
        agents[n]!.csrfToken = fresh.csrfToken;
      }
    },
  };
}

export type StaffingWorld = Awaited<ReturnType<typeof staffingWorld>>;
export type { CaseWorld };

/** A 200 answer's body. */
export async function json<T = any>(res: Promise<{ statusCode: number; body: string; json(): unknown }> | { statusCode: number; body: string; json(): unknown }, status = 200): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}
