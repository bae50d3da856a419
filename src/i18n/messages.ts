/** Server-side messages in the two locales. Keys are stable; zh-CN is the default. */
export const messages = {
  'zh-CN': {
    validation_failed: '提交的内容有误，请检查标注的字段',
    invalid_json: '请求内容不是有效的 JSON',
    body_too_large: '请求内容过大（上限 {limit}）',
    unsupported_media_type: '不支持的内容类型',
    unauthorized: '请先登录',
    session_expired: '登录已过期，请重新登录',
    bad_credentials: '用户名或密码错误',
    locked: '登录失败次数过多，账号已临时锁定，请 {minutes} 分钟后再试',
    account_disabled: '账号已停用，请联系系统管理员',
    csrf_failed: '页面已过期，请刷新后重试',
    forbidden: '无权访问该资源',
    not_found: '请求的资源不存在',
    route_not_found: '接口不存在：{method} {path}',
    conflict: '数据已被他人修改，请刷新后重试',
    duplicate: '{field}已存在',
    not_allowed_in_production: '生产环境不允许此操作',
    internal: '系统繁忙，请稍后再试',
    unit_not_found: '组织机构不存在',
    parent_kind_invalid: '“{kind}”不能设在“{parentKind}”之下',
    invalid_unit: '组织机构不存在或不可用',
    user_not_found: '用户不存在',
    rate_limited: '请求过于频繁，请稍后再试',
    invalid_transition: '案件当前状态“{status}”下不能执行“{action}”',
    archive_incomplete: '卷宗不完整，暂不能归档',
    case_not_found: '案件不存在',
    portal_no_match: '未找到与该案件编号和手机号码相符的案件',
    attachment_too_large: '附件过大（上限 {limit}）',
    attachment_type: '不支持的附件类型：{type}',
    reveal_forbidden: '您的角色无权查看完整个人信息',
    archived_readonly: '案件已归档，卷宗已冻结，仅可添加批注',
    group_conflict: '所选案件不能合并为涉众案件，请查看标注的原因',
    group_member_not_found: '该案件不是此涉众案件的成员',
    expert_account_required: '当前账号未关联专家智库成员',
    expert_not_pending: '该邀请已答复、已撤回或已超过答复期限',
    expert_case_closed: '案件已办结或归档，不能再调整专家团队',
    expert_not_serving: '只有已接受邀请的专家才能担任牵头专家',
    expert_not_seated: '该专家已不在本案专家团队中',
    slot_full: '该时段已约满，请选择其他时段',
    already_booked: '该企业当天已有预约，如需改约请先取消原预约',
    reception_changed: '接待安排已调整，请刷新后重新选择时段',
    booking_no_match: '未找到与该预约编号和手机号码相符的预约',
    booking_not_cancellable: '该预约已取消、已到场或时段已开始，不能取消',
    booking_status_invalid: '只能更改“已预约”状态的预约',
    booking_too_early: '接待日到来后才能登记是否到场',
    booking_too_late: '接待日已过，不能再取消',
    booking_already_registered: '该预约已登记为案件',
    booking_not_registrable: '已取消或未到场的预约不能登记为案件',
    oncall_not_pending: '该随驻请求已答复、过期或撤销，不能再次答复',
    oncall_invalid_state: '随驻请求当前状态下不能执行该操作',
    oncall_duplicate: '已向该单位发出随驻请求，正在等待答复或协助中',
    oncall_case_closed: '案件已办结或归档，不能再发起随驻请求',
    roster_conflict: '值班表已被他人修改，请刷新后重新编排',
  },
  en: {
    validation_failed: 'Some fields are invalid; please check the marked fields',
    invalid_json: 'The request body is not valid JSON',
    body_too_large: 'The request body is too large (limit {limit})',
    unsupported_media_type: 'Unsupported content type',
    unauthorized: 'Please sign in first',
    session_expired: 'Your session has expired; please sign in again',
    bad_credentials: 'Wrong username or password',
    locked: 'Too many failed sign-ins; the account is locked. Try again in {minutes} minutes',
    account_disabled: 'This account is disabled; contact the administrator',
    csrf_failed: 'The page has expired; reload it and try again',
    forbidden: 'You are not allowed to access this resource',
    not_found: 'The requested resource does not exist',
    route_not_found: 'No such endpoint: {method} {path}',
    conflict: 'Someone else changed this record; reload and try again',
    duplicate: '{field} already exists',
    not_allowed_in_production: 'Not allowed in production',
    internal: 'Something went wrong; please try again later',
    unit_not_found: 'Organisation unit not found',
    parent_kind_invalid: 'A "{kind}" cannot be placed under a "{parentKind}"',
    invalid_unit: 'The organisation unit does not exist or is unavailable',
    user_not_found: 'User not found',
    rate_limited: 'Too many requests; please slow down',
    invalid_transition: 'Cannot {action} a case in status "{status}"',
    archive_incomplete: 'The dossier is incomplete and cannot be archived yet',
    case_not_found: 'Case not found',
    portal_no_match: 'No case matches this case code and phone number',
    attachment_too_large: 'Attachment too large (limit {limit})',
    attachment_type: 'Unsupported attachment type: {type}',
    reveal_forbidden: 'Your role may not see full personal data',
    archived_readonly: 'The case is archived and its dossier frozen; only annotations can be added',
    group_conflict: 'These cases cannot be gathered into a group case; see the reasons given',
    group_member_not_found: 'This case is not a member of this group case',
    expert_account_required: 'This account is not linked to an expert of the pool',
    expert_not_pending: 'This invitation has already been answered, was withdrawn or is past its deadline',
    expert_case_closed: 'The case is concluded or archived; its expert team can no longer change',
    expert_not_serving: 'Only an expert who accepted can lead the team',
    expert_not_seated: 'This expert is no longer on the case team',
    slot_full: 'That slot is fully booked; choose another',
    already_booked: 'This enterprise already has a booking that day; cancel it first to book another slot',
    reception_changed: 'The reception schedule has changed; reload and choose a slot again',
    booking_no_match: 'No booking matches this booking code and phone number',
    booking_not_cancellable: 'The booking is cancelled or attended, or its slot has started; it cannot be cancelled',
    booking_status_invalid: 'Only a booking still in status "booked" can change',
    booking_too_early: 'Attendance can be recorded from the reception day on',
    booking_too_late: 'The reception day has passed; it can no longer be cancelled',
    booking_already_registered: 'This booking has already been registered as a case',
    booking_not_registrable: 'A cancelled or missed booking cannot be registered as a case',
    oncall_not_pending: 'This on-call request has already been answered, has expired or was cancelled',
    oncall_invalid_state: 'This cannot be done to the on-call request in its current status',
    oncall_duplicate: 'A request to this unit is already pending or under way',
    oncall_case_closed: 'The case is concluded or archived; no new on-call request can be made',
    roster_conflict: 'Someone else changed this roster; reload it and edit again',
  },
} as const;

export type Locale = keyof typeof messages;

/** Labels that messages can name through a `label:<key>` parameter. */
const LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    'status.registered': '已登记', 'status.routed': '已分流', 'status.accepted': '已受理', 'status.handling': '处置中',
    'status.resolved': '已化解', 'status.referred': '已转办', 'status.withdrawn': '已撤回', 'status.archived': '已归档',
    'action.route': '分流', 'action.accept': '受理', 'action.return': '退回', 'action.start': '开始处置', 'action.pause': '暂停计时',
    'action.resume': '恢复计时', 'action.resolve': '办结（化解）', 'action.refer': '转办', 'action.withdraw': '撤回',
    'action.feedback': '回访反馈', 'action.archive': '归档', 'action.reopen': '重新处置',
  },
  en: {
    'status.registered': 'registered', 'status.routed': 'routed', 'status.accepted': 'accepted', 'status.handling': 'handling',
    'status.resolved': 'resolved', 'status.referred': 'referred', 'status.withdrawn': 'withdrawn', 'status.archived': 'archived',
    'action.route': 'route', 'action.accept': 'accept', 'action.return': 'return', 'action.start': 'start', 'action.pause': 'pause',
    'action.resume': 'resume', 'action.resolve': 'resolve', 'action.refer': 'refer', 'action.withdraw': 'withdraw',
    'action.feedback': 'record feedback on', 'action.archive': 'archive', 'action.reopen': 'reopen',
  },
};
export type MessageKey = keyof (typeof messages)['zh-CN'];

/** Picks the locale from an Accept-Language header: English when asked first, Chinese otherwise. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = messages[locale][key] ?? messages['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = String(params[name] ?? `{${name}}`);
    return v.startsWith('label:') ? (LABELS[locale][v.slice(6)] ?? v.slice(6)) : v;
  });
}
