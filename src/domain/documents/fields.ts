/**
 * The placeholders a document template may use, per kind, with what they hold in
 * Chinese: the reference shown to whoever edits a template, and the whitelist an
 * uploaded template is checked against.
 */

export const DOCUMENT_KINDS = ['application', 'minutes', 'agreement', 'follow_up_record', 'judicial_confirmation_application'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  application: '人民调解申请书',
  minutes: '调解笔录',
  agreement: '人民调解协议书',
  follow_up_record: '回访记录',
  judicial_confirmation_application: '司法确认申请书',
};

/** A placeholder: `{name}`; with `loop`, a section `{#name}…{/name}` repeated per item. */
export interface FieldDef {
  name: string;
  zh: string;
  loop?: readonly FieldDef[];
}

const PARTY: readonly FieldDef[] = [
  { name: 'no', zh: '序号（1、2、3…）' },
  { name: 'role', zh: '身份：申请人 / 被申请人 / 第三人' },
  { name: 'name', zh: '姓名或单位名称' },
  { name: 'gender', zh: '性别（由身份证号推得，单位为空）' },
  { name: 'ethnicity', zh: '民族（系统不采集，留空供填写）' },
  { name: 'birthDate', zh: '出生日期（由身份证号推得，如 1990年1月1日）' },
  { name: 'idNumber', zh: '公民身份号码或统一社会信用代码（完整）' },
  { name: 'address', zh: '住址或住所地' },
  { name: 'phone', zh: '联系电话' },
  { name: 'line', zh: '一句话的当事人情况（如“申请人：王某，男，1990年1月1日出生，公民身份号码……”）' },
];

const TERM: readonly FieldDef[] = [
  { name: 'no', zh: '条款序号（一、二、三…）' },
  { name: 'description', zh: '条款内容' },
  { name: 'kind', zh: '条款类别：给付 / 作为 / 不作为 / 其他' },
  { name: 'obligor', zh: '义务人' },
  { name: 'obligee', zh: '权利人' },
  { name: 'amount', zh: '金额（小写，如 ¥12,000.00；无金额为空）' },
  { name: 'amountCapital', zh: '金额（大写，如 人民币壹万贰仟元整；无金额为空）' },
  { name: 'dueDate', zh: '履行期限（如 二〇二六年十二月三十一日；无期限为空）' },
  { name: 'fulfilled', zh: '履行情况：已履行 / 未履行' },
  { name: 'text', zh: '完整条款句（含义务人、金额大小写和期限）' },
];

const COMMON: readonly FieldDef[] = [
  { name: 'docNumber', zh: '文书编号（案件编号-文书代号-版本）' },
  { name: 'caseCode', zh: '案件编号' },
  { name: 'caseTitle', zh: '案件名称' },
  { name: 'category', zh: '纠纷类别' },
  { name: 'description', zh: '纠纷简要情况（登记时的陈述）' },
  { name: 'caseAddress', zh: '纠纷发生地' },
  { name: 'disputeAmount', zh: '涉及金额（小写）' },
  { name: 'disputeAmountCapital', zh: '涉及金额（大写）' },
  { name: 'registeredDate', zh: '登记日期（中文大写日期）' },
  { name: 'centerName', zh: '综治中心名称' },
  { name: 'committeeName', zh: '人民调解委员会名称' },
  { name: 'handlingUnitName', zh: '承办单位' },
  { name: 'mediatorName', zh: '人民调解员（承办人）' },
  { name: 'today', zh: '制作日期（如 二〇二六年十一月二十九日）' },
  { name: 'applicantNames', zh: '申请人姓名（顿号分隔）' },
  { name: 'respondentNames', zh: '被申请人姓名（顿号分隔）' },
  { name: 'parties', zh: '全部当事人（循环）', loop: PARTY },
  { name: 'applicants', zh: '申请人（循环）', loop: PARTY },
  { name: 'respondents', zh: '被申请人及第三人（循环）', loop: PARTY },
];

const AGREEMENT: readonly FieldDef[] = [
  { name: 'agreementSummary', zh: '协议所涉纠纷简要情况' },
  { name: 'terms', zh: '协议条款（循环，按序号）', loop: TERM },
  { name: 'totalAmount', zh: '协议总金额（小写）' },
  { name: 'totalAmountCapital', zh: '协议总金额（大写）' },
  { name: 'concludedDate', zh: '协议达成日期（中文大写日期）' },
  { name: 'copies', zh: '协议份数（当事人各一份、调解委员会留存一份）' },
  { name: 'copiesCapital', zh: '协议份数（汉字，如 三）' },
  {
    name: 'signatures',
    zh: '签字情况（循环）',
    loop: [
      { name: 'name', zh: '当事人' },
      { name: 'status', zh: '签字状态：已签字 / 待签字 / 拒绝签字' },
      { name: 'signedDate', zh: '签字日期' },
    ],
  },
];

const MINUTES: readonly FieldDef[] = [
  { name: 'sessionTime', zh: '调解时间（起止）' },
  { name: 'sessionDate', zh: '调解日期（中文大写日期）' },
  { name: 'sessionPlace', zh: '调解地点（调解室、社区或线上会议）' },
  { name: 'sessionMode', zh: '调解方式：中心调解 / 巡回调解 / 企业调解站 / 线上调解' },
  { name: 'recorderName', zh: '记录人' },
  { name: 'outcome', zh: '本次调解结果' },
  { name: 'staffNames', zh: '调解人员（调解员、专家）' },
  {
    name: 'participants',
    zh: '参加人员（循环）',
    loop: [
      { name: 'name', zh: '姓名' },
      { name: 'role', zh: '身份' },
      { name: 'attendance', zh: '到场情况：到场 / 缺席 / 已通知' },
    ],
  },
  { name: 'minutesLines', zh: '笔录内容（循环，每行一段，问：/答：原样保留）', loop: [{ name: 'text', zh: '一段笔录' }] },
];

export const DOCUMENT_FIELDS: Record<DocumentKind, readonly FieldDef[]> = {
  application: [...COMMON, { name: 'claims', zh: '申请事项' }, { name: 'facts', zh: '事实与理由' }],
  minutes: [...COMMON, ...MINUTES],
  agreement: [...COMMON, ...AGREEMENT, { name: 'performance', zh: '履行方式、时限（由条款汇总）' }],
  follow_up_record: [
    ...COMMON,
    { name: 'riskLevel', zh: '风险等级：低 / 中 / 高' },
    { name: 'resolvedDate', zh: '化解日期' },
    { name: 'hasObligations', zh: '有协议义务时为真（条件段落）' },
    ...AGREEMENT.filter((f) => f.name !== 'signatures'),
  ],
  judicial_confirmation_application: [
    ...COMMON,
    ...AGREEMENT,
    { name: 'courtName', zh: '受理法院' },
    { name: 'appliedDate', zh: '申请日期（中文大写日期）' },
    { name: 'claims', zh: '申请事项' },
    { name: 'facts', zh: '事实与理由' },
  ],
};

/**
 * The placeholders of a parsed template that the kind does not know, as written
 * (`parties.gendr`). `tags` is docxtemplater's structured tag tree: a name maps to the
 * tags used inside its section. Inside a loop both the loop's own fields and every
 * outer field resolve (docxtemplater looks names up the scope chain); a section over
 * a plain field is a condition (`{#phone}电话：{phone}{/phone}`).
 */
export function unknownPlaceholders(kind: DocumentKind, tags: Record<string, unknown>): string[] {
  const unknown: string[] = [];
  const walk = (node: Record<string, unknown>, scopes: readonly (readonly FieldDef[])[], path: string) => {
    for (const [name, inner] of Object.entries(node)) {
      let found: FieldDef | undefined;
      for (let i = scopes.length - 1; i >= 0 && !found; i--) found = scopes[i]!.find((f) => f.name === name);
      if (!found) {
        unknown.push(path ? `${path}.${name}` : name);
        continue;
      }
      const children = inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : {};
      if (Object.keys(children).length) walk(children, found.loop ? [...scopes, found.loop] : scopes, path ? `${path}.${name}` : name);
    }
  };
  walk(tags, [DOCUMENT_FIELDS[kind]], '');
  return unknown;
}
