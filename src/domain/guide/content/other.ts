// 其他: everything the six common types do not cover leads straight to filing.
import type { GuideNode } from '../types.js';
import { bi, HOTLINE_12345, law, litigation, mediation, urgent } from './common.js';

export const OTHER: readonly GuideNode[] = [
  {
    kind: 'leaf',
    id: 'other.general',
    category: 'other',
    serviceMode: 'online',
    title: bi('其他矛盾纠纷', 'Other disputes'),
    summary: bi(
      '合同、借款、损害赔偿等其他矛盾纠纷，也可以在线申请调解。中心会按问题类型安排调解员或相关部门。',
      'Contracts, loans, compensation for damage and other disputes can also be brought online. The center assigns a mediator or the department concerned.',
    ),
    law: [
      law('people_mediation', [3], '人民调解在双方自愿、平等的基础上进行，不会阻止您通过仲裁、行政、司法等途径维护自己的权利。', 'People’s mediation rests on both sides agreeing to it as equals, and does not stop you protecting your rights through arbitration, the authorities or the courts.'),
      law('people_mediation', [4], '人民调解不收取任何费用。', 'People’s mediation is free of charge.'),
      law('civil_code', [188], '向法院请求保护民事权利的诉讼时效一般为 3 年。', 'The general limitation period for civil claims in court is 3 years.'),
    ],
    selfHelp: [
      bi('想清楚您希望得到什么结果：道歉、赔钱、还钱、停止某种行为……', 'Decide what outcome you want: an apology, compensation, repayment, someone to stop doing something…'),
      bi('整理证据：合同、借条、收据、照片、聊天记录。', 'Gather your evidence: contracts, IOUs, receipts, photos, chats.'),
      bi('先和对方心平气和地谈一次，把您的要求写下来发给对方。', 'Talk calmly to the other side once, and send them your request in writing.'),
    ],
    options: [mediation(), HOTLINE_12345, litigation()],
    bring: [
      bi('身份证', 'Your ID card'),
      bi('合同、借条、收据等凭证', 'Contracts, IOUs, receipts'),
      bi('照片、聊天记录', 'Photos and chats'),
      bi('对方的姓名或单位名称、联系方式', 'The other side’s name or organization and contact details'),
    ],
    urgent: urgent(),
  },
];
