/**
 * The narrative of the monthly report, in the language of government work reports
 * (「本月共登记矛盾纠纷…件，同比…，化解成功率…」). Every number comes from the report's
 * figures; a figure without data is said to have none, never estimated. Pure.
 */
import { countChange, percent, rateChange, yuan } from '../../domain/reports/monthly.js';
import type { MonthlyReport } from './monthly-report.js';
import { dayLabel, monthLabel, share, showChange } from './report-rows.js';

export interface NarrativeSection {
  heading: string;
  paragraphs: string[];
}

const list = (items: string[]) => items.join('、');

export function narrative(r: MonthlyReport): NarrativeSection[] {
  const c = r.current;
  const p = r.previous;
  const y = r.lastYear;
  const month = monthLabel(r.periods.month);
  const upto = r.periods.partial ? `（截至${dayLabel(r.periods.current.to)}，与上月、去年同期同口径比较）` : '';

  // A comparison with nothing is not a rise: say there was nothing instead.
  const against = (base: number, name: string, word: string) =>
    base === 0 ? (c.registered === 0 ? `${word}持平` : `${name}无登记案件`) : `${word}${showChange(countChange(c.registered, base))}（${name}${base}件）`;
  const overview =
    `${month}${upto}，${r.center.name}共登记矛盾纠纷${c.registered}件，${against(y.registered, '去年同期', '同比')}，` +
    `${against(p.registered, '上月', '环比')}；本月首次受理${c.accepted}件，其中已办结${c.concluded}件，办结率${percent(c.closureRate)}` +
    (c.closureRate !== null && y.closureRate !== null ? `，同比${showChange(rateChange(c.closureRate, y.closureRate))}` : '') +
    `；化解成功${c.resolved}件，化解成功率${percent(c.resolutionRate)}。`;

  const timing: string[] = [];
  timing.push(
    c.onTimeResponseRate === null
      ? `本月登记的案件尚无受理记录，按时响应率暂无数据。`
      : `按照登记后${r.responseBudgetText}内受理的响应时限，本月登记并已受理的${r.sla.responded}件中按时响应${r.sla.onTime}件，按时响应率${percent(c.onTimeResponseRate)}，超时响应${r.sla.late}件；响应时长中位数${c.responseMinutes.median?.toFixed(1) ?? '—'}个工作分钟。`,
  );
  if (c.durationDays.median !== null) {
    timing.push(`本月办结的${c.bases.concludedInPeriod}件案件，办理时长中位数${c.durationDays.median.toFixed(1)}天，90%的案件在${c.durationDays.p90!.toFixed(1)}天内办结。`);
  }

  const people: string[] = [];
  people.push(
    c.satisfactionRate === null
      ? '本月暂无群众评价。'
      : `本月收到群众评价${c.bases.rated}件，其中满意${c.bases.satisfied}件，满意率${percent(c.satisfactionRate)}。`,
  );
  people.push(`本月办结案件为群众挽回经济损失${yuan(c.moneyRecoveredFen)}元` + (c.reboundRate === null ? '。' : `；本月化解的案件中，化解后又登记关联新案件的反弹率为${percent(c.reboundRate)}。`));

  const kinds: string[] = [];
  const topCats = r.categories.filter((x) => x.count > 0).slice(0, 3);
  if (topCats.length) {
    kinds.push(`从纠纷类型看，${list(topCats.map((x) => `${x.name}${x.count}件（占${share(x.count, c.registered)}）`))}${topCats.length === 1 ? '居首位' : `居前${topCats.length === 2 ? '两' : '三'}位`}。`);
  }
  const topChannels = r.channels.filter((x) => x.count > 0).slice(0, 3);
  if (topChannels.length) {
    kinds.push(`从登记渠道看，${list(topChannels.map((x) => `${x.name}${x.count}件`))}。`);
  }
  const ranked = r.streets.filter((s) => s.ranked && s.key !== null && s.kpis.closureRate !== null);
  const small = r.streets.filter((s) => !s.ranked).length;
  if (ranked.length) {
    const best = [...ranked].sort((a, b) => b.kpis.closureRate! - a.kpis.closureRate! || b.sample - a.sample)[0]!;
    kinds.push(`分街道（镇）看，${ranked.length}个样本充足的街道（镇）中，${best.label}办结率最高，为${percent(best.kpis.closureRate)}` + (small ? `；另有${small}个街道（镇）样本不足，不参与排名。` : '。'));
  } else if (small) {
    kinds.push(`本月各街道（镇）案件样本均不足，不作排名。`);
  }
  if (!kinds.length) kinds.push('本月未登记矛盾纠纷。');

  const risk: string[] = [];
  if (r.riskGrids.length) {
    const drivers = (f: MonthlyReport['riskGrids'][number]['figures']) =>
      [
        f.open.high ? `高风险未结案件${f.open.high}件` : '',
        f.open.medium ? `中风险未结案件${f.open.medium}件` : '',
        f.highRiskHouseholds ? `高风险户${f.highRiskHouseholds}户` : '',
        f.overdueVisits ? `逾期未回访${f.overdueVisits}次` : '',
      ].filter(Boolean);
    risk.push(
      `截至${dayLabel(r.asOf)}，风险指数居前的网格为${list(r.riskGrids.slice(0, 5).map((g) => `${g.name}（风险指数${g.score}${drivers(g.figures).length ? `：${drivers(g.figures).join('，')}` : ''}）`))}，需重点关注。`,
    );
  } else {
    risk.push(`截至${dayLabel(r.asOf)}，本月登记的案件所在网格均无未办结的风险案件。`);
  }
  const v = r.followup.visits;
  risk.push(
    v.due === 0
      ? '本月无到期回访。'
      : `本月到期回访${v.due}次，按时完成${v.onTime}次，回访按时率${percent(c.followUpOnTimeRate)}` + (v.overdue ? `，仍有${v.overdue}次逾期未回访。` : '。'),
  );
  const s = r.followup.screenings;
  const coverage = s.target > 0 ? `排查覆盖率${percent(c.screeningCoverage)}（应排查${s.target}户，已排查${s.done}户）` : '';
  risk.push(
    s.screened === 0
      ? `本月未开展入户风险排查${coverage ? `，${coverage}` : ''}。`
      : `本月开展入户风险排查${s.screened}户，发现高风险${s.high}户${coverage ? `；${coverage}` : ''}。`,
  );

  const mass =
    r.mass.count === 0
      ? ['本月未登记涉众矛盾纠纷。']
      : [`本月登记涉众矛盾纠纷${r.mass.count}件，涉及群众${r.mass.people}人，涉及金额${yuan(r.mass.amountFen)}元；${list(r.mass.items.slice(0, 3).map((m) => `“${m.title}”（${m.people_count}人）`))}${r.mass.count > 3 ? '等' : ''}。`];

  return [
    { heading: '一、总体情况', paragraphs: [overview, ...people] },
    { heading: '二、响应与办理时效', paragraphs: timing },
    { heading: '三、纠纷类型、渠道与区域分布', paragraphs: kinds },
    { heading: '四、风险研判与回访排查', paragraphs: risk },
    { heading: '五、涉众矛盾纠纷', paragraphs: mass },
  ];
}
