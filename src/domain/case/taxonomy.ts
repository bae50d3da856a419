/** Intake channels (SPEC §3.1). */
export const CHANNELS = ['window', 'hotline', 'online', 'grid_report', 'enterprise_station', 'department_referral', 'court_referral'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, { 'zh-CN': string; en: string }> = {
  window: { 'zh-CN': '窗口登记', en: 'Walk-in window' },
  hotline: { 'zh-CN': '热线电话', en: 'Phone hotline' },
  online: { 'zh-CN': '网上申请', en: 'Online portal' },
  grid_report: { 'zh-CN': '网格上报', en: 'Grid report' },
  enterprise_station: { 'zh-CN': '驻企工作站', en: 'Enterprise station' },
  department_referral: { 'zh-CN': '部门移送', en: 'Department referral' },
  court_referral: { 'zh-CN': '法院诉前委派', en: 'Court pre-litigation referral' },
};

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PARTY_ROLES = ['applicant', 'respondent', 'third_party'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_KINDS = ['person', 'organization'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The shipped top-level categories (SPEC §3.1) with default handling deadlines in working days; more are configuration. */
export const SHIPPED_CATEGORIES: readonly { code: string; zh: string; en: string; handlingDays: number }[] = [
  { code: 'family', zh: '婚恋家庭纠纷', en: 'Family', handlingDays: 15 },
  { code: 'neighbour', zh: '邻里纠纷', en: 'Neighbours', handlingDays: 10 },
  { code: 'property_management', zh: '物业纠纷', en: 'Property management', handlingDays: 15 },
  { code: 'tenancy', zh: '房屋租赁纠纷', en: 'Tenancy', handlingDays: 15 },
  { code: 'property_rights', zh: '产权纠纷', en: 'Property rights', handlingDays: 30 },
  { code: 'labour', zh: '劳资纠纷', en: 'Labour', handlingDays: 15 },
  { code: 'contract', zh: '合同纠纷', en: 'Contract', handlingDays: 30 },
  { code: 'business', zh: '经营纠纷', en: 'Business', handlingDays: 30 },
  { code: 'consumer', zh: '消费维权', en: 'Consumer rights', handlingDays: 10 },
  { code: 'damages', zh: '损害赔偿纠纷', en: 'Damages', handlingDays: 20 },
  { code: 'medical', zh: '医疗纠纷', en: 'Medical', handlingDays: 30 },
  { code: 'land', zh: '土地征迁纠纷', en: 'Land and requisition', handlingDays: 30 },
  { code: 'environment', zh: '环境污染纠纷', en: 'Environment', handlingDays: 20 },
  { code: 'other', zh: '其他', en: 'Other', handlingDays: 15 },
];
