/**
 * The definition of every KPI (SPEC §3.10), in one place, as data: the API returns it with
 * the figures and the dashboards show it next to each one. compute.ts implements exactly
 * these texts; change both together.
 *
 * Common rules, stated once in `period`: local days (Asia/Shanghai), `to` inclusive; every
 * figure is computed from the case timelines as they stand when asked, over the cases the
 * caller may see that match the filters.
 */

export type KpiKey =
  | 'period'
  | 'registered'
  | 'accepted'
  | 'concluded'
  | 'resolved'
  | 'closureRate'
  | 'resolutionRate'
  | 'responseMinutes'
  | 'onTimeResponseRate'
  | 'durationDays'
  | 'durationWorkingDays'
  | 'satisfactionRate'
  | 'reboundRate'
  | 'moneyRecoveredFen'
  | 'followUpOnTimeRate'
  | 'screeningCoverage'
  | 'byChannel'
  | 'byCategory'
  | 'byStatus'
  | 'sample';

export type KpiUnit = 'count' | 'rate' | 'working_minutes' | 'days' | 'working_days' | 'fen' | 'counts';

export interface KpiDefinition {
  zh: string;
  en: string;
  formula: string;
  unit: KpiUnit | null;
  /** false: the module that feeds this figure does not exist yet; the figure is null (all are available now) */
  available: boolean;
}

/** Days after a resolution within which a linked new case counts as a rebound. */
export const REBOUND_WINDOW_DAYS = 180;
/** Groups with fewer cases than this are shown but not ranked. */
export const MIN_RANKED_SAMPLE = 20;

const PCT = 'Median and 90th percentile interpolate linearly between ranks (as PostgreSQL percentile_cont).';
const PCT_ZH = '中位数和第90百分位数按相邻序位线性插值（同 PostgreSQL percentile_cont）。';

export const KPI_DEFINITIONS: Readonly<Record<KpiKey, KpiDefinition>> = Object.freeze({
  period: {
    zh: '统计期按北京时间的自然日计算，起止日均包含在内。各项指标按查询时案件时间线的实际情况计算，只统计调用者有权查看且符合筛选条件的案件。比率的分母为 0 时不显示（null）。',
    en: 'The period is a run of local days (Asia/Shanghai), both ends included. Figures are computed from the case timelines as they stand when asked, over the cases the caller may see that match the filters. A rate whose denominator is 0 is null.',
    formula: '[from 00:00, to + 1 day 00:00) Asia/Shanghai',
    unit: null,
    available: true,
  },
  registered: {
    zh: '登记量：登记时间在统计期内的案件数。',
    en: 'Registered: cases registered in the period.',
    formula: 'count(case: registered_at ∈ period)',
    unit: 'count',
    available: true,
  },
  accepted: {
    zh: '受理量：首次受理时间在统计期内的案件数（退回后再次受理不重复计算）。',
    en: 'Accepted: cases first accepted in the period (a return and re-acceptance does not count again).',
    formula: 'count(case: first accepted event ∈ period)',
    unit: 'count',
    available: true,
  },
  concluded: {
    zh: '办结量：统计期内首次受理的案件中，目前处于办结状态的案件数。办结指已化解、已转办或已撤回（其后已归档的仍计入）；重新处置后尚未再次办结的不计入。',
    en: 'Concluded: of the cases first accepted in the period, those that stand concluded now: resolved, referred or withdrawn (archived afterwards still counts); a reopened case that has not concluded again does not.',
    formula: 'count(accepted case: latest of {resolved, referred, withdrawn, reopened} is not reopened)',
    unit: 'count',
    available: true,
  },
  resolved: {
    zh: '化解量：办结案件中，最近一次办结结果为"已化解"的案件数（已归档案件按归档前的办结结果计）。',
    en: 'Resolved: concluded cases whose latest conclusion is "resolved" (an archived case counts by its conclusion before archiving).',
    formula: 'count(concluded case: latest conclusion = resolved)',
    unit: 'count',
    available: true,
  },
  closureRate: {
    zh: '办结率 = 办结量 ÷ 受理量，均指统计期内首次受理的案件。',
    en: 'Closure rate = concluded ÷ accepted, both over the cases first accepted in the period.',
    formula: 'concluded / accepted',
    unit: 'rate',
    available: true,
  },
  resolutionRate: {
    zh: '化解成功率 = 化解量 ÷ 办结量（按最近一次办结结果），统计期内首次受理的案件。',
    en: 'Resolution rate = resolved ÷ concluded (by the latest conclusion), over the cases first accepted in the period.',
    formula: 'resolved / concluded',
    unit: 'rate',
    available: true,
  },
  responseMinutes: {
    zh: `响应时长：从登记到首次受理的工作时间（分钟），按工作日历计算，节假日、周末和下班时间不计（调休上班日计入）；中止计时只发生在受理之后，不影响响应时长。统计期内登记且已受理的案件；撤回时尚未受理的案件不计入。${PCT_ZH}`,
    en: `Response time: working minutes from registration to first acceptance on the working calendar (holidays, weekends and out-of-office hours do not count; make-up working days do). Pauses come after acceptance and do not change it. Over the cases registered in the period that have been accepted; a case withdrawn before acceptance is left out. ${PCT}`,
    formula: 'workingMinutesBetween(registered_at, first accepted)',
    unit: 'working_minutes',
    available: true,
  },
  onTimeResponseRate: {
    zh: '按时响应率 = 在响应时限内受理的案件数 ÷ 已受理案件数，统计期内登记的案件。响应时限取现行案件规则（默认登记后30个工作分钟），与案件上显示的响应期限一致：不晚于到期时刻受理即为按时，恰好到期仍为按时；到期时刻为下班时间（17:30）的，下班后或次日受理为超时。',
    en: 'On-time response rate = cases accepted within the response budget ÷ cases accepted, over the cases registered in the period. The budget is the current case policy (30 working minutes by default), the same response deadline the case shows: accepted no later than its due time is on time, exactly at it included; when it falls due at closing time (17:30), acceptance after hours or the next morning is late.',
    formula: 'count(first accepted ≤ response due time) / count(accepted)',
    unit: 'rate',
    available: true,
  },
  durationDays: {
    zh: `办理时长（自然日）：从登记到最近一次办结的自然日数（含小数，24小时为1日），最近一次办结在统计期内的案件，含撤回。${PCT_ZH}`,
    en: `Duration (calendar days): days, with decimals (24 h = 1 day), from registration to the latest conclusion, over the cases whose standing conclusion falls in the period, withdrawals included. ${PCT}`,
    formula: '(conclusion.at − registered_at) / 24 h',
    unit: 'days',
    available: true,
  },
  durationWorkingDays: {
    zh: `办理时长（工作日）：同上，按工作日历计算的办公分钟数 ÷ 每日办公分钟数（08:30–17:30 即 540 分钟）。${PCT_ZH}`,
    en: `Duration (working days): as above, in office minutes on the working calendar ÷ office minutes per day (08:30–17:30: 540). ${PCT}`,
    formula: 'workingMinutesBetween(registered_at, conclusion.at) / office minutes per day',
    unit: 'working_days',
    available: true,
  },
  satisfactionRate: {
    zh: '满意率 = 评价为"满意"的案件数 ÷ 有评价的案件数。统计期内有反馈评价的案件，每案取期内最近一次评价；"一般"和"不满意"均不计为满意。',
    en: 'Satisfaction rate = cases rated "satisfied" ÷ cases rated, over the cases with feedback in the period, taking each case\'s latest rating in the period; "neutral" and "dissatisfied" do not count as satisfied.',
    formula: 'count(latest rating in period = satisfied) / count(rated in period)',
    unit: 'rate',
    available: true,
  },
  reboundRate: {
    zh: `反弹率 = 化解后${REBOUND_WINDOW_DAYS}日内登记了关联新案件（新案件关联到本案）的案件数 ÷ 化解案件数。统计期内化解（最近一次办结为已化解且在期内）的案件；化解后不满${REBOUND_WINDOW_DAYS}日的案件，该比率还可能上升。`,
    en: `Rebound rate = resolved cases for which a linked new case (linking to them) was registered within ${REBOUND_WINDOW_DAYS} days after the resolution ÷ resolved cases, over the cases resolved in the period (standing conclusion "resolved", in the period). For resolutions less than ${REBOUND_WINDOW_DAYS} days old the rate may still rise.`,
    formula: `count(resolved: linked case registered ∈ [resolved_at, resolved_at + ${REBOUND_WINDOW_DAYS} d]) / count(resolved in period)`,
    unit: 'rate',
    available: true,
  },
  moneyRecoveredFen: {
    zh: '挽回金额：最近一次办结在统计期内的案件的挽回金额合计，单位为分（整数）。',
    en: 'Money recovered: the sum of money recovered over the cases whose standing conclusion falls in the period, in integer fen.',
    formula: 'sum(money_recovered_fen: conclusion.at ∈ period)',
    unit: 'fen',
    available: true,
  },
  followUpOnTimeRate: {
    zh: '回访按时率 = 按时完成的回访数 ÷ 应完成的回访数。统计对象为计划回访日在统计期内的回访：已完成的，以及至今未完成且已逾期（计划回访日早于今天）的；计划回访日为今天或以后、尚未完成的不计入，已取消的不计入。完成日期（北京时间）不晚于计划回访日即为按时。地域筛选（街道、社区、网格）按回访计划所属网格；类别、渠道、承办人、承办部门筛选只作用于案件回访计划（按其案件），住户回访计划不计入；按类别、渠道、承办人分组时，住户回访计划归入"未指定"组。',
    en: 'Follow-up on-time rate = visits done on time ÷ visits that had to be done: the follow-up visits due on a day of the period that are done, or still open and overdue (due before today); open visits due today or later, and cancelled visits, are left out. On time: done (local day) on or before the due day. Territory filters (street, community, grid) apply through the plan\'s grid; category, channel, handler and department filters apply only through the case of a case plan (household plans are then left out), and grouping by category, channel or handler puts household plans in the "unspecified" group.',
    formula: 'count(visit: due_on ∈ period, done, done day ≤ due_on) / count(visit: due_on ∈ period, done or (open and due_on < today))',
    unit: 'rate',
    available: true,
  },
  screeningCoverage: {
    zh: '排查覆盖率 = 已排查户数 ÷ 应排查户数。统计对象为在统计期内开展（起止日期与统计期有重叠）的排查活动中，调用者有权查看且符合地域筛选（街道、社区、网格）的网格；已排查户数为统计期结束前完成排查的户数，逐网格不超过该网格的应排查户数（一个网格多排查的户数不抵补其他网格）。排查与案件类别、渠道、承办人、承办部门无关：使用这些筛选或按其分组时不适用（null）。',
    en: 'Screening coverage = households screened ÷ target households, over the grids (visible to the caller and within the territory filters: street, community, grid) of the screening campaigns running on at least one day of the period; screened: households screened before the end of the period, at most each campaign grid\'s target (extra households in one grid do not make up for another). Screening has no case category, channel, handler or department: under those filters or groupings the figure does not apply (null).',
    formula: 'Σ min(screened before period end, target) / Σ target, over campaign grids open in the period',
    unit: 'rate',
    available: true,
  },
  byChannel: {
    zh: '按渠道：统计期内登记的案件数，按登记渠道分列。',
    en: 'By channel: cases registered in the period, by intake channel.',
    formula: 'count(registered in period) by channel',
    unit: 'counts',
    available: true,
  },
  byCategory: {
    zh: '按类别：统计期内登记的案件数，按纠纷类别分列。',
    en: 'By category: cases registered in the period, by dispute category.',
    formula: 'count(registered in period) by category',
    unit: 'counts',
    available: true,
  },
  byStatus: {
    zh: '按状态：统计期内登记的案件数，按当前状态分列。',
    en: 'By status: cases registered in the period, by current status.',
    formula: 'count(registered in period) by current status',
    unit: 'counts',
    available: true,
  },
  sample: {
    zh: `样本量：分组内计入任一项指标的案件数（期内登记、首次受理、办结或评价的案件）。少于${MIN_RANKED_SAMPLE}件的分组照常显示，但不参与排名；只因回访或排查数据列出的分组样本量为 0。`,
    en: `Sample: the cases of a group that enter any figure (registered, first accepted, concluded or rated in the period). Groups with fewer than ${MIN_RANKED_SAMPLE} are shown but not ranked (ranked = false); a group listed only for its follow-up visits or screening targets has a sample of 0.`,
    formula: `|registered ∪ accepted ∪ concluded in period ∪ rated| ≥ ${MIN_RANKED_SAMPLE} ⇒ ranked`,
    unit: 'count',
    available: true,
  },
});
