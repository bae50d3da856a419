// 物业: fees, service quality, common-area income and the owners' right to the accounts, parking.
import type { GuideNode, GuideOption } from '../types.js';
import { bi, HOTLINE_12345, law, litigation, mediation, urgent } from './common.js';

const THREE_PARTY: GuideOption = mediation(
  '物业纠纷往往涉及很多户，中心可以邀请物业、业主委员会和社区居委会一起坐下来，把账对清、把整改落实。',
  'Property disputes often concern many households: the center can bring the property manager, the owners’ committee and the residents’ committee together to check the accounts and agree on fixes.',
);

const DISCLOSE = law(
  'civil_code',
  [943],
  '物业应当定期公开服务事项、负责人员、质量要求、收费项目和标准、履行情况，以及维修资金使用情况、共有部分的经营与收益情况，并向业主大会、业主委员会报告。',
  'The property manager must regularly publish its services, staff in charge, quality standards, charges, how it has performed, the use of the maintenance fund and the income from shared parts, and report them to the owners’ assembly and committee.',
);

export const PROPERTY: readonly GuideNode[] = [
  {
    kind: 'question',
    id: 'property',
    title: bi('和物业之间是什么问题？', 'What is the problem with the property manager?'),
    answers: [
      { label: bi('物业费', 'Property fees'), hint: bi('收费标准、涨价、欠费催缴', 'Rates, increases, demands for arrears'), next: 'property.fees' },
      { label: bi('服务不到位', 'Poor service'), hint: bi('保洁、安保、维修、电梯', 'Cleaning, security, repairs, lifts'), next: 'property.service' },
      { label: bi('公共收益和账目公开', 'Common-area income and the accounts'), hint: bi('电梯广告、场地出租等收入去哪了', 'Where lift advertising and rental income go'), next: 'property.income' },
      { label: bi('停车位、停车费', 'Parking spaces and fees'), next: 'property.parking' },
    ],
  },
  {
    kind: 'leaf',
    id: 'property.fees',
    category: 'property_management',
    serviceMode: 'online',
    title: bi('物业费：收多少、该不该交', 'Property fees: how much, and must I pay?'),
    summary: bi(
      '物业按约定提供了服务，业主就应当交物业费；对服务不满意，应当投诉、协商、调解，而不是一直拖着不交。物业也不能用停水停电的办法催费。',
      'If the property manager provides the agreed services, owners must pay the fee; if you are unhappy with the service, complain, negotiate or mediate rather than simply not paying. The manager may not cut off water or power to collect fees either.',
    ),
    law: [
      law('civil_code', [944], '业主应当按约定交物业费，不能以没有接受或者不需要某项服务为由拒交。逾期不交的，物业可以催告，合理期限后仍不交可以起诉或申请仲裁；但物业不得用停止供电、供水、供热、供燃气等方式催交。', 'Owners must pay as agreed and cannot refuse because they did not use, or do not need, a service. If an owner is late, the manager can demand payment and, after a reasonable time, sue or go to arbitration — but may not cut off power, water, heating or gas to force payment.'),
      DISCLOSE,
      law('property_regs', null, '物业服务收费应当遵循合理、公开以及费用与服务水平相适应的原则。', 'Property fees must be reasonable, public and in line with the level of service.'),
    ],
    selfHelp: [
      bi('找出物业服务合同（或前期物业服务合同）和收费公示，核对收费项目和标准。', 'Find the property service contract (or the developer’s initial one) and the posted rates, and check the items and amounts.'),
      bi('对服务有意见的，用书面方式（信件、微信、App 留言）向物业提出，保留记录。', 'Put complaints about the service in writing (letter, WeChat, app message) and keep a copy.'),
      bi('物业费调价一般要按合同约定或经业主共同决定，不能由物业单方面说涨就涨。', 'Fee increases generally need the contract’s procedure or a joint decision of the owners; the manager cannot simply raise them.'),
      bi('长期拖欠可能被起诉并承担违约金，不要把拒交当成唯一的办法。', 'Long arrears can lead to a lawsuit and late-payment penalties; refusing to pay should not be your only tool.'),
    ],
    options: [
      THREE_PARTY,
      HOTLINE_12345,
      litigation('物业可以起诉追缴物业费；业主也可以起诉要求物业按合同提供服务、退还多收的费用。', 'The manager can sue for unpaid fees; owners can sue for the contracted service or the return of overcharges.'),
    ],
    bring: [
      bi('物业服务合同、收费公示', 'The property service contract and posted rates'),
      bi('缴费票据', 'Payment receipts'),
      bi('服务问题的照片视频、投诉记录', 'Photos, videos and records of complaints about the service'),
      bi('物业的催费通知', 'The manager’s payment demands'),
    ],
    urgent: urgent(bi('物业以停水、停电、锁门等方式催费，或催费时发生冲突：拨打 110，并向 12345 反映。', 'If the manager cuts water or power or locks you out over fees, or a collection turns into a confrontation: call 110 and report it to 12345.')),
    prefill: bi('与物业在物业费问题上有纠纷，希望调解。', 'I have a dispute with the property manager over fees; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'property.service',
    category: 'property_management',
    serviceMode: 'online',
    title: bi('物业服务不到位', 'Poor property services'),
    summary: bi(
      '物业要按合同维修养护共用部位、做好清洁绿化和小区秩序，发现违法行为要制止并报告。服务不到位，业主可以要求整改；业主共同决定，可以换物业。',
      'The property manager must maintain the shared parts, keep the estate clean, green and orderly, and stop and report illegal acts. Owners can demand improvements and, by joint decision, replace the manager.',
    ),
    law: [
      law('civil_code', [942], '物业应当按照约定妥善维修、养护、清洁、绿化和经营管理共有部分，维护小区基本秩序，采取合理措施保护业主的人身和财产安全。', 'The manager must properly maintain, clean, green and manage the shared parts as agreed, keep basic order and take reasonable steps to protect owners’ safety and property.'),
      law('civil_code', [278], '选聘和解聘物业服务企业，由业主共同决定。', 'Hiring and dismissing the property management company is decided jointly by the owners.'),
      law('civil_code', [946], '业主依照法定程序共同决定解聘物业的，可以解除物业服务合同，一般应当提前 60 日书面通知物业。', 'When owners decide by the legal procedure to dismiss the manager, they can end the contract, generally giving 60 days’ written notice.'),
      DISCLOSE,
    ],
    selfHelp: [
      bi('拍照录像：垃圾不清运、电梯故障、路灯不亮、门禁失灵……记下日期。', 'Photograph and film the problems — rubbish not collected, broken lifts, lights out, faulty entry gates — with dates.'),
      bi('先向物业客服书面报修或投诉，保留工单号。', 'Report it to the manager’s service desk in writing first and keep the ticket number.'),
      bi('同样问题的住户多，可以通过业主委员会或社区一起和物业沟通。', 'If many households have the same problem, raise it together through the owners’ committee or the community.'),
    ],
    options: [
      THREE_PARTY,
      HOTLINE_12345,
      {
        kind: 'other',
        name: bi('业主大会决定', 'Decide in the owners’ assembly'),
        text: bi('经业主共同决定，可以要求物业限期整改，或依法解聘、另选物业。社区居委会和街道可以指导召开业主大会。', 'Owners can jointly demand improvements by a deadline, or dismiss the manager and choose another. The residents’ committee and the street office can guide you in calling the owners’ assembly.'),
        basis: { law: 'civil_code', articles: [278, 946] },
      },
      litigation(),
    ],
    bring: [
      bi('物业服务合同', 'The property service contract'),
      bi('报修、投诉记录和工单号', 'Repair requests, complaints and ticket numbers'),
      bi('现场照片、视频', 'Photos and videos'),
      bi('住户联名材料（如有）', 'Letters signed by several households (if any)'),
    ],
    urgent: urgent(bi('电梯困人、燃气泄漏、起火：拨打电梯内的救援电话或 119，不要等物业处理。', 'Trapped in a lift, a gas leak or a fire: call the lift’s rescue number or 119 — do not wait for the manager.')),
    prefill: bi('小区物业服务不到位，希望协调整改。', 'The property services in my estate are poor; I would like help to get them fixed.'),
  },
  {
    kind: 'leaf',
    id: 'property.income',
    category: 'property_management',
    serviceMode: 'online',
    title: bi('公共收益和账目公开', 'Common-area income and the accounts'),
    summary: bi(
      '电梯广告、公共场地出租、占用公共道路的停车费等，利用业主共有部分挣来的钱，扣除合理成本后归全体业主所有。业主有权知道收了多少、花在哪里。',
      'Money earned from the owners’ shared parts — lift advertising, renting out common space, parking on shared roads — belongs to all owners after reasonable costs. Owners have the right to know how much came in and where it went.',
    ),
    law: [
      law('civil_code', [282], '建设单位、物业服务企业或者其他管理人利用业主共有部分产生的收入，扣除合理成本之后，属于业主共有。', 'Income that the developer, the property manager or another manager earns from the owners’ shared parts belongs to the owners jointly, after reasonable costs.'),
      DISCLOSE,
      law('civil_code', [278], '改变共有部分的用途、利用共有部分从事经营活动、使用维修资金，由业主共同决定。', 'Changing the use of shared parts, using them for business, and spending the maintenance fund are decided jointly by the owners.'),
      law('civil_code', [271], '业主对专有部分以外的共有部分享有共有和共同管理的权利。', 'Owners jointly own and jointly manage the parts of the building outside their own flats.'),
    ],
    selfHelp: [
      bi('向物业书面申请查阅公共收益的收支明细和相关合同（广告合同、场地租赁合同），写明要查哪段时间，保留申请记录。', 'Ask the manager in writing to see the income and spending of the common-area income and the related contracts (advertising, rentals), say which period, and keep a copy of your request.'),
      bi('联系业主委员会，或请社区居委会协调组织对账。', 'Contact the owners’ committee, or ask the residents’ committee to organize a check of the accounts.'),
      bi('把小区里的广告位、出租的场地、收费车位拍照记下来，便于核对。', 'Photograph the advertising spots, rented-out spaces and paid parking in the estate so the figures can be checked.'),
    ],
    options: [
      THREE_PARTY,
      {
        kind: 'administrative',
        name: bi('向街道办、住建部门反映', 'The street office or the housing department'),
        text: bi('物业拒不公开的，可以向街道办事处、住建（房管）部门反映，或拨打 12345，要求督促物业公开。', 'If the manager refuses to disclose, report it to the street office or the housing department, or call 12345, and ask them to make it disclose.'),
      },
      litigation('业主委员会或业主可以起诉，要求物业公布收支情况、返还属于业主的收益。', 'The owners’ committee or owners can sue for disclosure of the accounts and the return of income that belongs to the owners.'),
    ],
    bring: [
      bi('查阅申请以及物业的答复', 'Your request to see the accounts and the manager’s reply'),
      bi('小区广告位、出租场地的照片', 'Photos of advertising spots and rented-out spaces'),
      bi('物业服务合同', 'The property service contract'),
      bi('业主大会决议（如有）', 'Decisions of the owners’ assembly (if any)'),
    ],
    urgent: urgent(),
    prefill: bi('要求物业公开小区公共收益和账目，希望协调。', 'I want the property manager to disclose the estate’s common-area income and accounts; I would like help.'),
  },
  {
    kind: 'leaf',
    id: 'property.parking',
    category: 'property_management',
    serviceMode: 'online',
    title: bi('停车位和停车费', 'Parking spaces and fees'),
    summary: bi(
      '小区规划的车位、车库应当首先满足业主的需要。占用业主共有的道路或场地划出的车位属于全体业主共有，收的停车费也是公共收益。',
      'Planned parking spaces and garages must first serve the owners. Spaces marked out on the owners’ shared roads or grounds belong to all owners, and the fees collected are common-area income.',
    ),
    law: [
      law('civil_code', [275], '规划用于停车的车位、车库的归属，由当事人通过出售、附赠或者出租等方式约定；占用业主共有的道路或者其他场地用于停放汽车的车位，属于业主共有。', 'Who owns planned parking spaces and garages is agreed by sale, gift or lease; spaces on the owners’ shared roads or other shared ground belong to the owners jointly.'),
      law('civil_code', [276], '规划用于停车的车位、车库应当首先满足业主的需要。', 'Planned parking spaces and garages must first meet the owners’ needs.'),
      law('civil_code', [282], '利用共有道路、场地收取的停车费，扣除合理成本后属于业主共有。', 'Parking fees collected on shared roads and grounds belong to the owners jointly, after reasonable costs.'),
    ],
    selfHelp: [
      bi('查看购房合同、车位买卖或租赁合同、小区停车管理规定。', 'Check your purchase contract, any parking space sale or lease, and the estate’s parking rules.'),
      bi('车位被占、车被堵：先联系物业协调，拍照记录；不要以堵还堵，更不要损坏别人的车。', 'Space taken or car blocked in: ask the manager to sort it and take photos; do not block back, and never damage another car.'),
      bi('对停车收费有疑问：向物业要收费依据，看是否公示。', 'Doubts about parking charges: ask the manager for the basis of the charge and whether it was posted.'),
    ],
    options: [THREE_PARTY, HOTLINE_12345, litigation()],
    bring: [
      bi('车位合同、停车缴费凭证', 'Parking contracts and payment receipts'),
      bi('照片、视频', 'Photos and videos'),
      bi('小区停车管理规定', 'The estate’s parking rules'),
    ],
    urgent: urgent(bi('因车位发生争吵推搡、车辆被故意损坏：拨打 110。', 'If a parking row turns physical or a car is deliberately damaged: call 110.')),
    prefill: bi('小区停车位或停车费纠纷，希望协调。', 'I have a dispute over parking in my estate; I would like help.'),
  },
];
