// 邻里: noise, leaks, shared walls and passageways, pets.
import type { GuideNode } from '../types.js';
import { bi, HOTLINE_12345, law, litigation, mediation, urgent } from './common.js';

const GOOD_NEIGHBOURS = law(
  'civil_code',
  [288],
  '相邻的住户应当按照有利生产、方便生活、团结互助、公平合理的原则，处理好相邻关系。',
  'Neighbours must handle their relations in a way that helps work and daily life, with mutual help, fairness and reason.',
);

const NOT_TIME_BARRED = bi(
  '要求对方停止侵害、排除妨碍、消除危险，不受诉讼时效限制；要求赔偿损失的，一般为 3 年。',
  'A claim that the other side stop the nuisance, remove an obstruction or eliminate a danger has no limitation period; claims for compensation generally have 3 years.',
);

export const NEIGHBOUR: readonly GuideNode[] = [
  {
    kind: 'question',
    id: 'neighbour',
    title: bi('和邻居之间是什么问题？', 'What is the problem with your neighbour?'),
    answers: [
      { label: bi('噪音扰民', 'Noise'), hint: bi('装修、音响、跳舞、深夜走动等', 'Renovation, music, dancing, footsteps at night'), next: 'neighbour.noise' },
      { label: bi('漏水、渗水', 'Leaks and damp'), next: 'neighbour.leak' },
      { label: bi('墙体、通道、采光、私搭乱建', 'Shared walls, passageways, light, illegal structures'), next: 'neighbour.shared' },
      { label: bi('养宠物（狗叫、咬人、卫生）', 'Pets (barking, bites, mess)'), next: 'neighbour.pets' },
    ],
  },
  {
    kind: 'leaf',
    id: 'neighbour.noise',
    category: 'neighbour',
    serviceMode: 'offline',
    title: bi('噪音扰民', 'Noise from neighbours'),
    summary: bi(
      '住在一起难免有声音，但超出合理限度、影响别人休息的，就可以要求对方停止。先好好沟通，不行再找物业、网格员和中心调解。',
      'Living close together means some noise, but noise beyond what is reasonable, that stops others resting, can be stopped. Talk first; if that fails, ask the property manager, your grid worker or the center to mediate.',
    ),
    law: [
      GOOD_NEIGHBOURS,
      law('civil_code', [294], '不得违反国家规定排放噪声等有害物质。', 'No one may emit noise or other harmful substances in breach of national rules.'),
      law('noise', null, '室内装修要遵守规定的作业时间；日常生活中也应当尽量避免噪声干扰周围的人。', 'Home renovation must keep to the permitted working hours; in daily life everyone should avoid disturbing others with noise.'),
      law('public_security', null, '制造噪声干扰他人正常生活，经劝阻仍不改正的，公安机关可以依法处罚。', 'Making noise that disturbs others’ normal life, and carrying on after being asked to stop, can be punished by the police.'),
    ],
    selfHelp: [
      bi('先友善地敲门或留张纸条，说清楚什么时间、什么声音影响了您——很多时候对方并不知道。', 'Knock or leave a friendly note saying what noise bothers you and when — often they simply do not know.'),
      bi('记下噪音出现的日期、时段和持续时间，必要时用手机录音录像。', 'Note the dates, times and how long the noise lasts; record it on your phone if needed.'),
      bi('请物业、楼栋长或网格员帮忙转达和协调。', 'Ask the property manager, building head or grid worker to pass on the message and help.'),
      bi('不要“以噪制噪”，也不要砸门、堵门，以免矛盾升级、自己担责。', 'Do not answer noise with noise, or bang on or block their door: it escalates and may make you liable.'),
    ],
    options: [
      mediation('调解员可以约双方当面谈，把作息、装修时间等写成约定。', 'A mediator can bring you together and put agreed quiet hours or renovation times in writing.'),
      {
        kind: 'other',
        name: bi('找物业、楼栋长、网格员', 'The property manager, building head or grid worker'),
        text: bi('物业有责任劝阻小区内影响他人的行为；网格员熟悉情况，可以上门协调。', 'The property manager must step in against behaviour that disturbs others; the grid worker knows the neighbourhood and can visit.'),
      },
      HOTLINE_12345,
      {
        kind: 'police',
        name: bi('深夜噪音严重、劝阻无效：拨打 110', 'Serious noise at night that will not stop: call 110'),
        text: bi('公安机关可以到场制止、警告，屡教不改的可以处罚。', 'The police can come, stop it and warn; repeated offenders can be punished.'),
      },
      { ...litigation(), timeLimit: NOT_TIME_BARRED },
    ],
    bring: [
      bi('噪音的录音录像和记录（日期、时段）', 'Recordings and a log of the noise (dates, times)'),
      bi('与对方沟通的聊天记录', 'Messages exchanged with the neighbour'),
      bi('物业、网格员协调的记录', 'Records of what the property manager or grid worker did'),
      bi('因此影响健康的就诊记录（如有）', 'Medical records if your health suffered'),
    ],
    urgent: urgent(bi('因噪音争吵升级为推搡、打架或威胁：立即拨打 110，先离开现场。', 'If an argument about noise turns into pushing, fighting or threats: call 110 and walk away.')),
    prefill: bi('邻居噪音影响正常生活，希望协调解决。', 'Noise from a neighbour is disturbing my daily life; I would like help to resolve it.'),
  },
  {
    kind: 'leaf',
    id: 'neighbour.leak',
    category: 'neighbour',
    serviceMode: 'offline',
    title: bi('楼上漏水、墙面渗水', 'Leaks from upstairs or next door'),
    summary: bi(
      '先找到漏点、止住漏水，再谈维修和赔偿。一般是谁家的设施漏水，谁负责修、谁赔损失；公共管道漏水的，由物业负责维修。',
      'First find the leak and stop it; then talk about repairs and compensation. Generally whoever’s pipes leak fixes them and pays for the damage; the property manager repairs shared pipes.',
    ),
    law: [
      law('civil_code', [296], '因用水、排水等利用相邻房屋的，应当尽量避免给邻居造成损害。', 'Anyone using water or drainage in a way that affects a neighbour’s home must avoid causing them damage as far as possible.'),
      law('civil_code', [1165], '因过错侵害他人权益造成损害的，应当承担赔偿责任。', 'Whoever causes harm to another through their fault must compensate for it.'),
      law('civil_code', [942], '物业应当维修、养护小区的共有部分，包括公共管道等共用设施。', 'The property manager must repair and maintain the shared parts of the estate, including shared pipes.'),
    ],
    selfHelp: [
      bi('马上通知楼上住户和物业关阀止水，避免损失扩大。', 'Tell the upstairs neighbour and the property manager at once so the water can be shut off.'),
      bi('拍照录像，记下漏水位置，受损的天花板、墙面、家具和家电，注意留下时间。', 'Photograph and film the leak and the damaged ceiling, walls, furniture and appliances, with the time.'),
      bi('请物业上门查明原因（必要时做闭水试验），并请物业写个书面说明。', 'Ask the property manager to find the cause (a water-tightness test if needed) and to put it in writing.'),
      bi('找师傅估价，保留报价单和发票。', 'Get a repair quote and keep the quote and receipts.'),
    ],
    options: [
      mediation('调解员可以请物业一起到现场，查清漏点，商定维修方案、时间和赔偿。', 'A mediator can bring the property manager to the site, find the leak and agree the repair, its timing and compensation.'),
      {
        kind: 'other',
        name: bi('找物业', 'The property manager'),
        text: bi('公共管道、外墙、屋面漏水属于共有部分，由物业负责维修；业主家里的漏点，物业也可以协助查找。', 'Leaks in shared pipes, outer walls or roofs are the property manager’s to repair; for leaks inside a flat they can help find the cause.'),
        basis: { law: 'civil_code', articles: [942] },
      },
      litigation('需要时可以申请对漏水原因和损失进行鉴定。', 'If needed, the court can have the cause and the damage assessed by experts.'),
    ],
    bring: [
      bi('现场照片、视频', 'Photos and videos of the damage'),
      bi('物业出具的漏水原因说明', 'The property manager’s note on the cause'),
      bi('维修报价单、发票', 'Repair quotes and receipts'),
      bi('受损物品清单和购买凭证', 'A list of damaged items and their receipts'),
      bi('与对方沟通的记录', 'Messages exchanged with the neighbour'),
    ],
    urgent: urgent(bi('漏水可能导致漏电：先关闭电闸，远离积水处的电器。', 'Water can make wiring live: switch off the power and keep away from appliances near the water.')),
    prefill: bi('邻居家漏水造成我家损失，希望协调维修和赔偿。', 'A leak from my neighbour’s home has damaged mine; I would like help with repairs and compensation.'),
  },
  {
    kind: 'leaf',
    id: 'neighbour.shared',
    category: 'neighbour',
    serviceMode: 'offline',
    title: bi('墙体、通道、采光和私搭乱建', 'Shared walls, passageways, light and illegal structures'),
    summary: bi(
      '相邻的房屋要互相给予方便：不能堵住别人必经的通道，盖房、装修不能挡住邻居的通风采光，更不能危及邻居房屋的安全。',
      'Neighbours must give each other reasonable access: you may not block a passage others need, and building or renovating must not cut off a neighbour’s air and light, let alone endanger their home.',
    ),
    law: [
      GOOD_NEIGHBOURS,
      law('civil_code', [291], '邻居因通行等必须经过您的土地的，应当提供必要的便利。', 'If a neighbour must cross your land to get through, you must give them the access they need.'),
      law('civil_code', [293], '建造建筑物不得违反国家工程建设标准，不得妨碍相邻建筑物的通风、采光和日照。', 'Buildings must follow national construction standards and must not block the ventilation, light and sunlight of neighbouring buildings.'),
      law('civil_code', [295], '挖掘、建造、铺设管线、安装设备等，不得危及相邻房屋的安全。', 'Digging, building, laying pipes or installing equipment must not endanger neighbouring buildings.'),
    ],
    selfHelp: [
      bi('先弄清边界和权属：房产证、宅基地证、分户图、小区规划图。', 'Find out where the boundaries are and who owns what: property or homestead certificates, floor plans, the estate plan.'),
      bi('拍照记录被堵的通道、新搭的构筑物、墙体裂缝，注明日期。', 'Photograph the blocked passage, the new structure or the cracks in the wall, with dates.'),
      bi('当面和对方沟通，提出具体的要求，比如拆掉哪一部分、留出多宽的通道。', 'Talk to the neighbour and say exactly what you want: which part to remove, how wide a passage to leave.'),
    ],
    options: [
      mediation('调解员可以到现场查看，请社区、物业一起商量解决办法。', 'A mediator can look at the site with the community and the property manager and work out a solution.'),
      HOTLINE_12345,
      { ...litigation(), timeLimit: NOT_TIME_BARRED },
    ],
    bring: [
      bi('房产证或宅基地证、规划图', 'Property or homestead certificates, plans'),
      bi('现场照片、视频', 'Photos and videos of the site'),
      bi('房屋安全鉴定报告（如有）', 'A building safety report (if any)'),
      bi('与对方沟通的记录', 'Messages exchanged with the neighbour'),
    ],
    urgent: urgent(bi('墙体开裂、可能倒塌等安全隐患：马上远离，报告物业和社区，必要时拨打 119 或 110。', 'Cracked walls or a risk of collapse: keep away, tell the property manager and the community, and call 119 or 110 if needed.')),
    prefill: bi('与邻居在墙体、通道或采光等方面有纠纷，希望协调。', 'I have a dispute with a neighbour over a wall, a passage or light; I would like help.'),
  },
  {
    kind: 'leaf',
    id: 'neighbour.pets',
    category: 'neighbour',
    serviceMode: 'offline',
    title: bi('养宠物引起的纠纷', 'Pets: barking, bites, mess'),
    summary: bi(
      '养宠物不能妨碍别人生活；宠物伤了人，主人一般要承担赔偿责任。被狗咬伤、抓伤，先去医院处理伤口、打疫苗。',
      'Keeping a pet must not disturb others’ lives; if a pet injures someone, the owner is generally liable. If a dog bites or scratches you, get the wound treated and vaccinated first.',
    ),
    law: [
      law('civil_code', [1251], '饲养动物应当遵守法律法规，尊重社会公德，不得妨碍他人生活。', 'Pet owners must obey the law, respect public morals and not disturb others’ lives.'),
      law('civil_code', [1245], '饲养的动物造成他人损害的，饲养人或者管理人应当承担侵权责任；能证明损害是被侵权人故意或重大过失造成的，可以不承担或者减轻责任。', 'The owner or keeper is liable for harm their animal causes, unless they can show the victim caused it intentionally or through gross negligence.'),
      law('civil_code', [1246], '违反管理规定，没有对动物采取安全措施（如遛狗不拴绳）造成他人损害的，饲养人或者管理人应当承担侵权责任。', 'An owner who breaks the rules and takes no safety measures (e.g. walking a dog off the lead) is liable for the harm it causes.'),
    ],
    selfHelp: [
      bi('被咬伤、抓伤：立即用肥皂水和清水冲洗伤口，尽快到医院或狂犬病预防处置门诊处理。', 'Bitten or scratched: wash the wound with soap and running water at once and go to a hospital or rabies-prevention clinic as soon as possible.'),
      bi('记下宠物主人的姓名、住址，拍下宠物的样子；请目击者留下联系方式；保留医疗和疫苗票据。', 'Note the owner’s name and address, photograph the animal, get witnesses’ contacts, and keep medical and vaccine receipts.'),
      bi('狗叫、随地便溺：先和主人沟通，再请物业或网格员提醒。', 'Barking or mess: talk to the owner first, then ask the property manager or grid worker to remind them.'),
    ],
    options: [
      mediation('医疗费、疫苗费、误工费等赔偿可以调解。', 'Compensation for medical and vaccine costs and lost income can be mediated.'),
      {
        kind: 'other',
        name: bi('找物业、社区反映', 'Tell the property manager or community'),
        text: bi('遛狗不拴绳、饲养禁养犬、不清理粪便等，可以向物业、社区反映，也可以拨打 12345 由主管部门处理。', 'Dogs off the lead, banned breeds or uncleared mess can be reported to the property manager or community, or via 12345 to the department in charge.'),
      },
      litigation(),
    ],
    bring: [
      bi('病历、疫苗接种记录、医疗费票据', 'Medical and vaccination records, receipts'),
      bi('现场照片视频、证人联系方式', 'Photos, videos, witnesses’ contacts'),
      bi('误工证明', 'Proof of lost income'),
      bi('与宠物主人沟通的记录', 'Messages exchanged with the owner'),
    ],
    urgent: urgent(bi('有人放狗伤人或双方因宠物打起来：立即拨打 110。', 'If someone sets a dog on people, or a fight breaks out over a pet: call 110.')),
    prefill: bi('邻居饲养宠物引起纠纷，希望协调解决。', 'A neighbour’s pet is causing a dispute; I would like help to resolve it.'),
  },
];
