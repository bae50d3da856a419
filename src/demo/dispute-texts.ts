/**
 * Chinese text material for the demo cases: per category, the kinds of dispute a
 * district center sees, each with title, facts, claims and the shape of its parties;
 * per channel, how an account opens; and the reasons and notes of the timeline
 * (returns, pauses, referrals, feedback …).
 *
 * Templates use {placeholders} filled by `fillTemplate` (see `TemplateVars`). People
 * appear as 王某某 (surname + 某某), never with their full generated name, so that the
 * lists and descriptions carry no personal data. Demo data only.
 */
import type { CategoryCode } from './district.js';
import type { Channel } from '../domain/case/taxonomy.js';
import type { Outcome, ReferralDestination, Satisfaction } from '../domain/case/lifecycle.js';

/** Who the applicant is. */
export type ApplicantShape =
  | 'person' // one resident
  | 'persons' // two residents (a couple, siblings, a family)
  | 'owners' // many owners of a compound (a mass dispute), represented by residents
  | 'workers' // many workers, represented by residents
  | 'company'; // an organisation

/** Who the respondent is. */
export type RespondentShape =
  | 'person' // another resident
  | 'property_company' // the property company of the compound
  | 'employer' // a company employing the applicant
  | 'contractor' // a labour contractor (a person)
  | 'shop' // an individual business (个体工商户)
  | 'company' // a local company
  | 'developer' // a real-estate developer
  | 'hospital'; // a hospital or clinic

export interface DisputeKind {
  key: string;
  /** Ends the case title: 张某某与李某某{title}. */
  title: string;
  weight: number;
  applicant: ApplicantShape;
  respondent: RespondentShape;
  /** Trades for the respondent's shop / company name (健身会所, 家电商场 …). */
  trades?: readonly string[];
  /** Trades for the applicant's company name, when the applicant is a company. */
  applicantTrades?: readonly string[];
  /** Amount in dispute in yuan, and the share of cases that state one. */
  amountYuan?: readonly [number, number];
  amountChance?: number;
  /** People involved for group shapes. */
  group?: readonly [number, number];
  /** Mostly in the towns (villages). */
  rural?: boolean;
  /** Money is typically recovered for the applicant when resolved. */
  recovers?: boolean;
  /** Fits an enterprise of the development zone, on this side (劳资、合同、经营 requests of 法治港湾). */
  enterpriseSide?: 'applicant' | 'respondent';
  facts: readonly string[];
  details?: readonly string[];
  claims: readonly string[];
  /** For fact i, the indexes of the claims that fit it (any claim when absent). */
  claimsByFact?: readonly (readonly number[])[];
}

/** Values for the {placeholders} of the templates. */
export interface TemplateVars {
  /** applicant, e.g. 王某某 (or 景泰花园业主 for a group) */
  A: string;
  /** respondent, e.g. 李某某 or 包头市鑫达物业服务有限公司 */
  B: string;
  /** compound or community, e.g. 景泰花园 */
  place: string;
  /** amount in words, e.g. 3.2万元 */
  amount: string;
  /** people involved */
  n: string;
  /** months 2–10 */
  m: string;
  /** years 2–15 */
  y: string;
  /** days 3–30 */
  d: string;
  road: string;
  village: string;
  project: string;
  job: string;
  station: string;
}

/** Replaces {key} by vars[key]; unknown keys are left as they are. */
export function fillTemplate(template: string, vars: Partial<TemplateVars>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = (vars as Record<string, string | undefined>)[key];
    return v === undefined ? whole : v;
  });
}

/** 8600 → '8600元', 32000 → '3.2万元', 1250000 → '125万元'. */
export function formatYuan(yuan: number): string {
  if (yuan < 10_000) return `${Math.round(yuan)}元`;
  const wan = Math.round(yuan / 1000) / 10;
  return `${Number.isInteger(wan) ? wan.toFixed(0) : wan.toFixed(1)}万元`;
}

export const ROADS = [
  '钢铁大街', '阿尔丁大街', '友谊大街', '团结大街', '少先路', '林荫路', '白云路', '市府东路',
  '黄河西路', '昆工路', '乌兰道', '青年路', '民族西路', '昆河路', '鞍山道', '前进道',
] as const;

export const PROJECTS = [
  '昆河综合治理工程', '钢铁大街西延道路工程', '开发区扩区基础设施项目', '棚户区改造项目', '城区供热管网改造工程',
] as const;

export const JOBS = ['电焊', '搬运', '保洁', '厨师', '保安', '操作', '叉车司机', '水电安装', '钢筋', '仓库管理'] as const;

const TRADES_FITNESS = ['健身会所', '瑜伽馆', '游泳馆', '美容美发店', '教育培训学校', '洗车店', '干洗店'] as const;
const TRADES_GOODS = ['家电商场', '家具城', '手机专卖店', '建材商店', '电动车行', '汽车销售服务有限公司', '超市'] as const;

/** The dispute kinds of each shipped category. */
export const DISPUTE_KINDS: Readonly<Record<CategoryCode, readonly DisputeKind[]>> = {
  neighbour: [
    {
      key: 'noise',
      title: '邻里噪音纠纷',
      weight: 5,
      applicant: 'person',
      respondent: 'person',
      facts: [
        '{A}反映，其楼上住户{B}家中长期在夜间发出拖拽家具、跺脚等声响，严重影响家人休息。',
        '{A}称楼下邻居{B}在家中开设棋牌室，每天营业至深夜，吵闹声不断。',
        '{A}反映，邻居{B}自{m}个月前开始装修，经常在午休和夜间施工，多次沟通未果。',
        '{A}反映，隔壁住户{B}家中的孩子每天练习架子鼓，噪音穿透墙壁，家中老人无法入睡。',
      ],
      details: ['{A}曾多次上门沟通，并请物业出面劝说，但情况没有改善。', '双方曾因此在楼道内发生激烈争吵。'],
      claims: ['要求对方控制噪音，不得在休息时间施工或娱乐。', '希望中心出面协调，恢复正常的生活秩序。'],
    },
    {
      key: 'leak',
      title: '房屋漏水纠纷',
      weight: 5,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [800, 20_000],
      amountChance: 0.7,
      recovers: true,
      facts: [
        '{A}家位于{place}，因楼上{B}家卫生间防水层老化，导致其家中天花板、墙面多处渗水发霉。',
        '{A}称楼上住户{B}家暖气管道爆裂，造成其家中吊顶脱落、木地板泡水变形，损失约{amount}。',
        '{A}反映，楼上{B}家厨房下水管道渗漏已有{m}个月，其家中橱柜受潮变形。',
      ],
      details: ['{B}认为漏水原因不明，不同意承担维修费用。', '{B}同意维修，但对赔偿金额有异议。'],
      claims: ['要求对方修复防水层，并赔偿损失{amount}。', '要求对方尽快维修，并承担墙面重新粉刷的费用。', '要求对方赔偿损失{amount}。'],
      claimsByFact: [[0, 1], [2], [1]],
    },
    {
      key: 'passage',
      title: '通道占用纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      facts: [
        '{A}反映，邻居{B}长期在楼道内堆放纸箱、旧家具等杂物，堵塞消防通道。',
        '{A}称邻居{B}在单元门口私自安装铁栅栏，影响其正常通行。',
        '{A}与{B}为前后院邻居，因{B}在院墙外加盖小房占用公共通道发生争执。',
      ],
      details: ['社区曾两次上门劝说，{B}清理后又再次堆放。'],
      claims: ['要求对方清理杂物，恢复通道畅通。', '要求拆除违规搭建，恢复原状。'],
      claimsByFact: [[0], [1], [1]],
    },
    {
      key: 'pets',
      title: '宠物饲养纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [300, 6_000],
      amountChance: 0.5,
      recovers: true,
      facts: [
        '{A}反映，邻居{B}饲养的大型犬外出时未拴绳，上月将其孩子扑倒摔伤，花去医疗费{amount}。',
        '{A}称对门邻居{B}家中饲养多只猫狗，楼道内异味严重，且犬吠声昼夜不断。',
      ],
      claims: ['要求对方文明养犬，赔偿医疗费{amount}。', '要求对方妥善饲养宠物，保持楼道卫生。'],
      claimsByFact: [[0], [1]],
    },
    {
      key: 'fixtures',
      title: '相邻关系纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      facts: [
        '{A}反映，邻居{B}将空调外机安装在其卧室窗户正下方，噪音和热风影响其居住。',
        '{A}称楼下住户{B}在窗外加装的雨棚导致雨水溅入其家中。',
        '{A}反映，邻居{B}在共用墙体上打孔安装置物架，造成墙体开裂。',
        '{A}与{B}因小区地下车位前堆放电动车充电设施发生争执。',
      ],
      claims: ['要求对方移除或调整相关设施。', '希望双方在中心主持下协商解决，和睦相处。'],
    },
    {
      key: 'quarrel',
      title: '邻里纠纷',
      weight: 4,
      applicant: 'person',
      respondent: 'person',
      facts: [
        '{A}与{B}系同一单元邻居，因孩子在楼道玩耍发生口角，后双方家人多次争吵，矛盾逐渐升级。',
        '{A}与{B}因楼下公共绿地种菜问题发生争执，双方互不相让。',
        '{A}反映，邻居{B}在业主微信群中发表针对其家人的不当言论，双方关系紧张。',
      ],
      details: ['双方曾因此报警，派出所出警后进行了口头调解。'],
      claims: ['要求对方赔礼道歉。', '希望中心从中调和，化解双方心结。'],
    },
  ],
  family: [
    {
      key: 'divorce',
      title: '离婚纠纷',
      weight: 4,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [50_000, 800_000],
      amountChance: 0.45,
      facts: [
        '{A}与丈夫{B}结婚{y}年，因{B}长期在外地工作，夫妻分居多年，感情逐渐淡漠，近期因家庭开支问题多次争吵。',
        '{A}称其与妻子{B}婚后因性格不合经常争吵，现{B}提出离婚，双方在共同房产分割上分歧较大。',
        '{A}与{B}系夫妻，因{B}沉迷网络赌博欠下债务，{A}提出离婚，双方就债务承担发生争议。',
      ],
      details: ['双方育有一子，正在上初中。', '双方共同财产主要为一套住房，价值约{amount}。'],
      claims: ['希望在调解员帮助下理性协商离婚事宜。', '要求依法分割夫妻共同财产，房产价值约{amount}。', '希望先做心理疏导，看看婚姻能否挽回。'],
    },
    {
      key: 'custody',
      title: '子女抚养纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [3_000, 60_000],
      amountChance: 0.6,
      recovers: true,
      facts: [
        '{A}与{B}已于{y}年前协议离婚，孩子随{A}生活，{B}近{m}个月未按约定支付抚养费。',
        '{A}与{B}离婚后因孩子探视时间安排问题多次发生争执，孩子情绪受到影响。',
      ],
      claims: ['要求{B}按时支付拖欠的抚养费{amount}。', '要求明确探视的时间和方式。'],
      claimsByFact: [[0], [1]],
    },
    {
      key: 'elders',
      title: '赡养纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      facts: [
        '{A}年过七旬，育有三名子女，因子女之间对赡养费用分担意见不一，老人生活缺乏保障。',
        '{A}反映，其子{B}长期不履行赡养义务，既不探望也不支付生活费，老人患病住院期间无人照料。',
        '{A}老伴去世后独自生活，子女{B}等人对老人由谁照料、房屋由谁继承意见分歧。',
      ],
      claims: ['要求子女每月支付赡养费，轮流照料老人生活。', '希望中心组织子女协商，签订赡养协议。'],
    },
    {
      key: 'domestic',
      title: '家庭矛盾纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      facts: [
        '{A}与儿媳{B}因家务分工和孩子教育问题长期不和，近期矛盾激化，发生推搡。',
        '{A}与丈夫{B}因其酗酒问题经常争吵，家中曾多次报警。',
        '{A}与{B}系夫妻，因{B}长期异地分居、很少回家，双方积怨颇深。',
      ],
      details: ['网格员在婚恋家庭矛盾排查中已将该户列为重点关注对象。'],
      claims: ['希望调解员帮助双方沟通，缓和家庭关系。', '要求{B}戒酒并保证不再动手。'],
      claimsByFact: [[0], [1], [0]],
    },
    {
      key: 'betrothal',
      title: '彩礼返还纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [30_000, 200_000],
      amountChance: 1,
      recovers: true,
      rural: true,
      facts: [
        '{A}之子与{B}之女经人介绍订婚，{A}家支付彩礼{amount}，后双方因琐事解除婚约，就彩礼返还问题协商未果。',
        '{A}与{B}同居后准备结婚，已支付彩礼{amount}，后双方感情破裂，{B}家拒绝返还彩礼。',
      ],
      claims: ['要求返还彩礼{amount}。', '要求按照当地习俗返还大部分彩礼。'],
    },
  ],
  property_management: [
    {
      key: 'fees',
      title: '物业费纠纷',
      weight: 4,
      applicant: 'company',
      respondent: 'person',
      amountYuan: [1_200, 15_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{B}系{place}业主，因对电梯频繁故障、绿化无人维护不满，已{y}年未缴纳物业费，{A}多次催缴未果。',
        '{A}反映，{place}业主{B}以车库漏水未修为由拒交物业费，累计拖欠{amount}。',
      ],
      details: ['{B}表示物业公司整改服务后愿意补交。'],
      claims: ['{A}要求{B}补交物业费{amount}。', '双方希望由中心组织协商，明确整改和缴费方案。'],
    },
    {
      key: 'service',
      title: '物业服务纠纷',
      weight: 4,
      applicant: 'person',
      respondent: 'property_company',
      facts: [
        '{A}反映，{place}近期频繁停水，地下室长期积水，物业公司{B}迟迟不予处理。',
        '{A}称{place}单元门禁损坏{m}个月无人维修，楼道照明不亮，存在安全隐患。',
        '{A}反映，{B}未按合同约定清运垃圾，小区环境脏乱，业主意见很大。',
      ],
      claims: ['要求物业公司限期整改，履行服务合同。', '要求物业公司公开服务标准和收费明细。'],
    },
    {
      key: 'income',
      title: '公共收益纠纷',
      weight: 0.4,
      applicant: 'owners',
      respondent: 'property_company',
      group: [30, 320],
      amountYuan: [20_000, 300_000],
      amountChance: 0.8,
      recovers: true,
      facts: [
        '{place}业主反映，小区电梯广告、停车位出租等公共收益多年未向业主公开，业主对收益去向存在较大质疑。',
        '{place}{n}户业主联名反映，物业公司{B}将小区公共用房出租，租金收入未纳入公共收益。',
      ],
      details: ['业主代表表示，希望推行“酬金共治”，让每一分钱都在阳光下公开。'],
      claims: ['要求{B}公开近三年公共收益收支情况，并将结余{amount}返还业主。', '要求建立公共收益公示制度，定期公开账目。'],
    },
    {
      key: 'parking',
      title: '停车管理纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'property_company',
      facts: [
        '{A}反映，{B}未经业主大会同意，擅自将小区公共绿地改建为停车位并对外出租。',
        '{A}称{B}大幅上调小区地面停车费，且未履行公示程序。',
      ],
      claims: ['要求恢复绿地原状，停止收费。', '要求按原标准收取停车费，并公示收费依据。'],
      claimsByFact: [[0], [1]],
    },
    {
      key: 'handover',
      title: '物业交接纠纷',
      weight: 0.2,
      applicant: 'owners',
      respondent: 'property_company',
      group: [80, 500],
      facts: [
        '{place}业主大会选聘新物业公司后，原物业公司{B}拒绝撤场，并拒不移交相关资料和设施设备。',
        '{place}业主委员会反映，原物业公司{B}撤场时未移交维修资金账目，部分设备被拆走。',
      ],
      claims: ['要求{B}按规定办理交接，移交全部资料。', '要求住建部门和中心共同督促完成交接。'],
    },
  ],
  tenancy: [
    {
      key: 'arrears',
      title: '租金纠纷',
      weight: 4,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [2_000, 60_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}将位于{place}的一套住房出租给{B}，租期一年，{B}已拖欠租金{m}个月共计{amount}。',
        '{A}将临街商铺出租给{B}经营餐馆，{B}以生意不好为由拖欠租金{amount}。',
      ],
      claims: ['要求{B}支付拖欠租金并腾退房屋。', '要求{B}在一个月内付清欠租{amount}。'],
    },
    {
      key: 'deposit',
      title: '押金返还纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [800, 8_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}租住{B}位于{place}的房屋，租期届满退租后，{B}以房屋墙面污损为由拒绝退还押金{amount}。',
        '{A}因工作调动提前一个月告知房东{B}退租，{B}扣留全部押金{amount}。',
      ],
      claims: ['要求{B}退还押金{amount}。'],
    },
    {
      key: 'termination',
      title: '房屋租赁合同纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'company',
      trades: ['房地产经纪有限公司', '住房租赁有限公司'],
      amountYuan: [3_000, 40_000],
      amountChance: 0.8,
      recovers: true,
      facts: [
        '{A}通过{B}承租{place}的一套住房，入住后发现房屋存在严重渗漏，要求解除合同遭拒。',
        '{A}反映，{B}在租期内以房东收回房屋为由要求其限期搬离，且不退还已交的半年租金。',
      ],
      claims: ['要求解除租赁合同，退还剩余租金{amount}。', '要求对方按合同约定承担违约责任。'],
    },
    {
      key: 'public_rental',
      title: '公租房租金纠纷',
      weight: 0.3,
      applicant: 'owners',
      respondent: 'property_company',
      group: [20, 120],
      amountYuan: [10_000, 120_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{place}公租房承租户反映，受托管理的{B}收取租金后未按规定上缴，部分租金去向不明。',
        '{place}{n}户公租房承租人反映，{B}擅自提高公租房管理费，与政府核定标准不符。',
      ],
      claims: ['要求{B}退还多收的费用{amount}，并公开租金收缴情况。', '要求{B}公开租金收缴情况，将截留的租金{amount}如数返还。'],
      claimsByFact: [[1], [0]],
    },
  ],
  property_rights: [
    {
      key: 'inheritance',
      title: '房屋继承纠纷',
      weight: 4,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [150_000, 1_200_000],
      amountChance: 0.6,
      facts: [
        '{A}与{B}系兄妹关系，父母去世后留有位于{place}的住房一套，双方就房屋继承份额发生争议。',
        '{A}的父亲生前立有遗嘱，将房屋留给{A}，{B}对遗嘱真实性提出异议。',
      ],
      details: ['房屋现由{B}居住，估值约{amount}。'],
      claims: ['要求依法分割遗产房屋。', '希望兄弟姐妹之间协商解决，不伤和气。'],
    },
    {
      key: 'homestead',
      title: '宅基地纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      rural: true,
      facts: [
        '{A}与{B}系{village}村民，因宅基地界址不清，{B}翻建房屋时占用了{A}家约两米宽的土地。',
        '{A}反映，邻居{B}在其宅基地旁修建围墙，双方对界址存在争议。',
      ],
      claims: ['要求对方拆除越界建筑，恢复原有界址。', '请求依据原始宅基地证书确认界址。'],
    },
    {
      key: 'certificate',
      title: '不动产权证办理纠纷',
      weight: 0.3,
      applicant: 'owners',
      respondent: 'developer',
      group: [20, 260],
      facts: [
        '{place}{n}户业主反映，购房已{y}年，开发商{B}至今未能为业主办理不动产权证书。',
        '{A}于{y}年前购买{B}开发的商品房，因开发商未缴清土地出让金，房产证至今无法办理。',
      ],
      claims: ['要求开发商限期办理不动产权证书。', '要求开发商承担逾期办证的违约责任。'],
    },
    {
      key: 'trademark',
      title: '商标使用纠纷',
      weight: 1,
      applicant: 'company',
      respondent: 'shop',
      applicantTrades: ['餐饮管理有限公司'],
      trades: ['餐饮店', '烧烤店', '奶茶店'],
      amountYuan: [10_000, 100_000],
      amountChance: 0.7,
      facts: ['{A}反映，{B}未经许可在店铺招牌上使用与其注册商标近似的标识，造成消费者混淆。'],
      claims: ['要求{B}停止使用近似标识，并赔偿损失{amount}。'],
    },
  ],
  labour: [
    {
      key: 'wages',
      title: '拖欠工资纠纷',
      enterpriseSide: 'respondent',
      weight: 5,
      applicant: 'person',
      respondent: 'employer',
      amountYuan: [3_000, 60_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}在{B}从事{job}工作{m}个月，离职后公司一直未结清工资{amount}。',
        '{A}反映，{B}以资金周转困难为由已连续{m}个月拖欠其工资，共计{amount}。',
      ],
      claims: ['要求{B}一次性支付拖欠工资{amount}。'],
    },
    {
      key: 'wages_group',
      title: '拖欠工资纠纷',
      enterpriseSide: 'respondent',
      weight: 0.5,
      applicant: 'workers',
      respondent: 'employer',
      group: [8, 80],
      amountYuan: [80_000, 1_200_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}等{n}名工人在{B}承建的工地务工，工程完工后，{B}以工程款未结算为由拖欠工资共计{amount}。',
        '{A}等{n}名员工反映，{B}停产后未结清最后{m}个月的工资，共计{amount}。',
      ],
      details: ['部分工人情绪激动，曾聚集在公司门口讨要工资。'],
      claims: ['要求{B}在春节前付清全部工资。', '要求{B}制定欠薪清偿计划并按期支付。'],
    },
    {
      key: 'contractor',
      title: '拖欠劳务费纠纷',
      weight: 1,
      applicant: 'workers',
      respondent: 'contractor',
      group: [3, 25],
      amountYuan: [20_000, 300_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}等{n}人跟随包工头{B}在某小区从事外墙保温施工，{B}拖欠劳务费{amount}后拒接电话。',
        '{A}等{n}人受雇于{B}从事装修工程，工程结束后{B}仅支付了部分劳务费。',
      ],
      claims: ['要求{B}结清劳务费{amount}。'],
    },
    {
      key: 'dismissal',
      title: '解除劳动合同纠纷',
      enterpriseSide: 'respondent',
      weight: 3,
      applicant: 'person',
      respondent: 'employer',
      amountYuan: [10_000, 120_000],
      amountChance: 0.9,
      recovers: true,
      facts: [
        '{A}在{B}工作{y}年，公司以经营调整为由单方解除劳动合同，未支付经济补偿。',
        '{A}反映，{B}以其多次迟到为由将其辞退，{A}认为公司处理不当。',
      ],
      claims: ['要求{B}支付经济补偿金{amount}。', '要求恢复劳动关系或依法支付赔偿金。'],
      claimsByFact: [[0, 1], [1]],
    },
    {
      key: 'injury',
      title: '工伤待遇纠纷',
      enterpriseSide: 'respondent',
      weight: 2,
      applicant: 'person',
      respondent: 'employer',
      amountYuan: [20_000, 300_000],
      amountChance: 0.9,
      recovers: true,
      facts: [
        '{A}在{B}车间作业时左手受伤，住院治疗{d}天，公司仅支付了部分医疗费，对后续工伤待遇不予认可。',
        '{A}在{B}工地从高处坠落受伤，已认定为工伤，双方就一次性伤残补助金数额发生争议。',
      ],
      claims: ['要求{B}依法支付工伤待遇{amount}。'],
    },
    {
      key: 'insurance',
      title: '社会保险纠纷',
      enterpriseSide: 'respondent',
      weight: 1,
      applicant: 'person',
      respondent: 'employer',
      facts: ['{A}反映，{B}自其入职以来一直未为其缴纳社会保险。', '{A}称{B}按最低标准为其缴纳社保，与实际工资不符。'],
      claims: ['要求{B}依法补缴社会保险。'],
    },
  ],
  contract: [
    {
      key: 'sales',
      title: '买卖合同纠纷',
      enterpriseSide: 'respondent',
      weight: 3,
      applicant: 'company',
      respondent: 'company',
      applicantTrades: ['钢材贸易有限公司', '机电设备有限公司', '建材有限公司'],
      trades: ['商贸有限公司', '钢结构有限公司', '建筑工程有限公司', '机械制造有限公司'],
      amountYuan: [20_000, 2_000_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}向{B}供应钢材一批，货款共计{amount}，{B}收货后以资金紧张为由迟迟未付款。',
        '{A}与{B}签订设备采购合同，{B}交付的设备多次出现故障，双方就退货和货款发生争议。',
      ],
      claims: ['要求{B}支付货款{amount}及逾期利息。', '要求解除合同，退还已付货款。'],
      claimsByFact: [[0], [1]],
    },
    {
      key: 'loan',
      title: '民间借贷纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [10_000, 500_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}于{y}年前借给朋友{B}人民币{amount}，约定一年内归还，到期后{B}以各种理由推脱。',
        '{A}称其亲戚{B}以做生意为由向其借款{amount}，至今未还，近期已联系不上。',
      ],
      claims: ['要求{B}归还借款{amount}。', '同意分期归还，但要求签订还款协议。'],
    },
    {
      key: 'construction',
      title: '建设工程合同纠纷',
      enterpriseSide: 'respondent',
      weight: 2,
      applicant: 'company',
      respondent: 'company',
      applicantTrades: ['建筑工程有限公司', '市政工程有限公司', '钢结构有限公司'],
      trades: ['新材料有限公司', '机械制造有限公司', '物流有限公司'],
      amountYuan: [100_000, 3_000_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}承接了{B}厂区道路硬化工程，工程已验收合格，{B}尚欠工程款{amount}。',
        '{A}为{B}分包厂房钢结构工程，双方就工程量结算存在分歧。',
      ],
      claims: ['要求{B}支付剩余工程款{amount}。', '要求委托第三方审计后结算。'],
      claimsByFact: [[0], [1]],
    },
    {
      key: 'decoration',
      title: '装修合同纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'company',
      trades: ['装饰工程有限公司', '装饰设计有限公司'],
      amountYuan: [8_000, 150_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}与{B}签订家庭装修合同，合同价{amount}，施工中出现墙面开裂、地砖空鼓等质量问题，双方就整改和付款发生争议。',
        '{A}反映，{B}收取装修预付款后施工进度严重滞后，已超出约定工期{d}天。',
      ],
      claims: ['要求{B}返工整改并赔偿损失。', '要求解除合同，退还未施工部分的款项。'],
      claimsByFact: [[0], [1]],
    },
    {
      key: 'transport',
      title: '运输合同纠纷',
      enterpriseSide: 'applicant',
      weight: 1,
      applicant: 'company',
      respondent: 'company',
      applicantTrades: ['商贸有限公司', '建材有限公司'],
      trades: ['物流有限公司', '运输有限公司'],
      amountYuan: [10_000, 400_000],
      amountChance: 1,
      recovers: true,
      facts: ['{A}委托{B}运输一批货物，运输途中货物受损，双方就赔偿责任发生争议。', '{A}委托{B}运输的货物延误{d}天送达，造成下游客户索赔。'],
      claims: ['要求{B}赔偿货物损失{amount}。', '要求{B}承担违约责任，赔偿损失{amount}。'],
      claimsByFact: [[0], [1]],
    },
  ],
  business: [
    {
      key: 'partnership',
      title: '合伙纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [30_000, 800_000],
      amountChance: 1,
      facts: [
        '{A}与{B}合伙经营一家餐馆，因经营亏损，双方对投资款退还和债务分担发生争议。',
        '{A}与{B}合伙开办汽修厂，{A}退伙后，双方就退伙结算金额{amount}存在分歧。',
      ],
      claims: ['要求对合伙财产进行清算，返还投资款。'],
    },
    {
      key: 'shareholders',
      title: '股东权益纠纷',
      enterpriseSide: 'respondent',
      weight: 1,
      applicant: 'person',
      respondent: 'company',
      trades: ['商贸有限公司', '科技有限公司', '餐饮管理有限公司'],
      amountYuan: [100_000, 3_000_000],
      amountChance: 0.8,
      facts: ['{A}系{B}股东，持股百分之三十，公司连续{y}年未分红且拒绝其查阅财务账簿。'],
      claims: ['要求查阅公司财务账簿，并按出资比例分配利润。'],
    },
    {
      key: 'supplier',
      title: '供货纠纷',
      enterpriseSide: 'respondent',
      weight: 2,
      applicant: 'company',
      respondent: 'company',
      applicantTrades: ['食品有限公司', '商贸有限公司', '化工有限公司'],
      trades: ['超市有限公司', '餐饮管理有限公司', '新材料有限公司'],
      amountYuan: [20_000, 600_000],
      amountChance: 1,
      recovers: true,
      facts: ['{A}长期为{B}供应原料，因{B}单方面终止合作，双方就未结货款{amount}和库存处理发生争议。'],
      claims: ['要求{B}结清货款并按约定回收库存。'],
    },
    {
      key: 'transfer',
      title: '店铺转让纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [20_000, 200_000],
      amountChance: 1,
      recovers: true,
      facts: ['{A}以{amount}转让费接手{B}经营的美容店，接手后发现店铺租赁合同即将到期且房东不同意续租。'],
      claims: ['要求{B}退还部分转让费。'],
    },
  ],
  consumer: [
    {
      key: 'prepaid',
      title: '预付卡消费纠纷',
      weight: 4,
      applicant: 'person',
      respondent: 'shop',
      trades: TRADES_FITNESS,
      amountYuan: [500, 20_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}在{B}办理会员卡，充值{amount}，后该店突然停业，剩余金额无法退还。',
        '{A}为孩子在{B}预交了一年课时费{amount}，机构更换场地后无法继续上课，要求退费遭拒。',
      ],
      details: ['据了解，同一门店还有数十名消费者遇到相同情况。'],
      claims: ['要求退还剩余预付款{amount}。'],
    },
    {
      key: 'goods',
      title: '商品质量纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'shop',
      trades: TRADES_GOODS,
      amountYuan: [500, 30_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}在{B}购买的冰箱使用不到三个月即出现不制冷问题，商家多次维修未果且拒绝退换。',
        '{A}在{B}购买的电动车电池续航严重不足，与宣传不符。',
        '{A}在{B}定制的橱柜板材与合同约定不符，散发刺鼻气味。',
      ],
      claims: ['要求退货退款{amount}。', '要求更换同型号合格商品。'],
    },
    {
      key: 'service',
      title: '服务消费纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'shop',
      trades: ['美容美发店', '汽车维修服务部', '家政服务部', '摄影工作室'],
      amountYuan: [300, 15_000],
      amountChance: 0.9,
      recovers: true,
      facts: [
        '{A}在{B}办理祛斑项目后面部出现红肿过敏，与商家协商赔偿未果。',
        '{A}将车辆送至{B}维修，取车后发现更换的配件并非原厂件，且收费明显偏高。',
      ],
      claims: ['要求退还服务费并赔偿损失{amount}。'],
    },
    {
      key: 'online',
      title: '网购消费纠纷',
      weight: 1,
      applicant: 'person',
      respondent: 'shop',
      trades: ['家具店', '电器商行', '服装店'],
      amountYuan: [200, 12_000],
      amountChance: 1,
      recovers: true,
      facts: ['{A}通过网络平台向本地商家{B}购买家具，到货后发现与描述严重不符，商家拒绝退货。'],
      claims: ['要求退货退款{amount}。'],
    },
  ],
  damages: [
    {
      key: 'traffic',
      title: '交通事故赔偿纠纷',
      weight: 4,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [2_000, 200_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}驾驶电动车在{road}与{B}驾驶的小型轿车发生碰撞，{A}右腿骨折住院治疗{d}天，双方就赔偿数额协商未果。',
        '{A}在{road}步行过马路时被{B}驾驶的车辆刮倒受伤，交警认定{B}负主要责任。',
      ],
      details: ['肇事车辆投保了交强险，保险公司已垫付部分医疗费。'],
      claims: ['要求{B}赔偿医疗费、误工费等共计{amount}。'],
    },
    {
      key: 'injury',
      title: '人身损害赔偿纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [1_000, 50_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{A}与{B}因琐事发生肢体冲突，{A}面部受伤，花去医疗费{amount}。',
        '{A}的孩子在小区内玩耍时被{B}家的孩子推倒，造成门牙折断。',
      ],
      claims: ['要求{B}赔偿医疗费{amount}并赔礼道歉。'],
    },
    {
      key: 'property',
      title: '财产损害赔偿纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'company',
      trades: ['建筑工程有限公司', '市政工程有限公司', '管道安装有限公司'],
      amountYuan: [2_000, 80_000],
      amountChance: 1,
      recovers: true,
      facts: [
        '{B}在{place}附近施工时不慎挖断排水管道，导致{A}经营的店铺进水，货物受损约{amount}。',
        '{A}停放在楼下的车辆被{B}施工吊装的材料砸坏，维修费用约{amount}。',
      ],
      claims: ['要求{B}赔偿损失{amount}。'],
    },
    {
      key: 'falling',
      title: '高空坠物损害赔偿纠纷',
      weight: 1,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [1_000, 30_000],
      amountChance: 1,
      recovers: true,
      facts: ['{A}停放在楼下的车辆被楼上{B}家阳台掉落的花盆砸坏，维修费用约{amount}。'],
      claims: ['要求{B}承担维修费用{amount}。'],
    },
  ],
  medical: [
    {
      key: 'treatment',
      title: '医疗损害纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'hospital',
      amountYuan: [20_000, 500_000],
      amountChance: 0.9,
      recovers: true,
      facts: [
        '{A}的母亲在{B}接受髋关节置换手术后出现感染，再次住院治疗{d}天，家属认为医院存在过错。',
        '{A}在{B}拔牙后出现神经损伤，面部麻木，与医院协商赔偿未果。',
      ],
      details: ['家属情绪激动，曾在医院门诊大厅聚集。'],
      claims: ['要求{B}赔偿医疗费、误工费等损失{amount}。', '申请进行医疗损害鉴定，明确责任。'],
    },
    {
      key: 'fees',
      title: '医疗费用纠纷',
      weight: 1,
      applicant: 'person',
      respondent: 'hospital',
      amountYuan: [1_000, 40_000],
      amountChance: 1,
      recovers: true,
      facts: ['{A}对在{B}住院期间的部分收费项目存在异议，认为存在重复收费。'],
      claims: ['要求医院出具费用明细，退还不合理收费。'],
    },
  ],
  land: [
    {
      key: 'requisition',
      title: '征收补偿纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'company',
      trades: ['城市建设投资有限公司', '土地整理有限公司'],
      amountYuan: [50_000, 2_000_000],
      amountChance: 0.8,
      rural: true,
      facts: ['{A}系{village}村民，其承包地被列入{project}征收范围，对补偿标准及地上附着物评估结果有异议。'],
      claims: ['要求重新评估地上附着物，提高补偿标准。'],
    },
    {
      key: 'relocation',
      title: '拆迁安置纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'company',
      trades: ['城市建设投资有限公司', '房地产开发有限公司'],
      amountYuan: [30_000, 800_000],
      amountChance: 0.7,
      facts: ['{A}反映，其位于{place}的平房被纳入{project}范围，对安置房面积和过渡期安置费有异议。'],
      claims: ['要求按实际居住面积安置，补足过渡期安置费。'],
    },
    {
      key: 'contracting',
      title: '土地承包经营纠纷',
      weight: 1,
      applicant: 'person',
      respondent: 'person',
      rural: true,
      amountYuan: [5_000, 100_000],
      amountChance: 0.6,
      facts: ['{A}与{B}系{village}村民，因承包地流转合同到期后土地返还问题发生争议。'],
      claims: ['要求{B}按期返还承包地，并结清流转费用{amount}。'],
    },
  ],
  environment: [
    {
      key: 'smoke',
      title: '油烟噪音污染纠纷',
      weight: 3,
      applicant: 'person',
      respondent: 'shop',
      trades: ['烧烤店', '火锅店', '餐馆'],
      facts: [
        '{A}反映，其楼下{B}排放的油烟直冲住户窗户，夏季夜间营业噪音扰民。',
        '{A}称{B}的排烟管道紧贴居民楼外墙，油烟和异味进入室内。',
      ],
      claims: ['要求{B}安装油烟净化设备，调整排烟口位置。', '要求{B}夜间十点后停止室外经营。'],
    },
    {
      key: 'dust',
      title: '扬尘污染纠纷',
      weight: 0.5,
      applicant: 'owners',
      respondent: 'company',
      trades: ['建筑工程有限公司', '房地产开发有限公司'],
      group: [20, 150],
      facts: ['{place}附近的{B}工地施工扬尘严重，居民家中窗台每天都落满灰尘。', '{place}{n}户居民反映，{B}工地夜间施工，渣土车往来频繁，噪音和扬尘扰民。'],
      claims: ['要求{B}落实围挡、洒水等降尘措施，夜间停止施工。'],
    },
    {
      key: 'odor',
      title: '异味污染纠纷',
      weight: 1,
      applicant: 'person',
      respondent: 'shop',
      trades: ['汽修厂', '洗车店', '废品收购站'],
      facts: ['{A}反映附近{B}喷漆作业产生刺鼻气味，家中孩子出现咳嗽症状。'],
      claims: ['要求{B}整改，停止露天作业。'],
    },
  ],
  other: [
    {
      key: 'reputation',
      title: '名誉纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'person',
      facts: ['{A}与{B}因微信群内言语侮辱发生争执，{A}认为{B}的言论损害了其名誉。'],
      claims: ['要求{B}在群内公开道歉，消除影响。'],
    },
    {
      key: 'funeral',
      title: '丧葬事宜纠纷',
      weight: 1,
      applicant: 'person',
      respondent: 'person',
      facts: ['{A}与{B}系兄弟，因母亲丧葬费用分担和墓地选址发生争执。'],
      claims: ['希望中心组织家庭成员协商，妥善处理丧葬事宜。'],
    },
    {
      key: 'misc',
      title: '其他民间纠纷',
      weight: 2,
      applicant: 'person',
      respondent: 'person',
      amountYuan: [500, 20_000],
      amountChance: 0.4,
      facts: ['{A}与{B}因共同出资购买的农机具使用和收益分配发生争议。', '{A}与{B}因代为保管的物品丢失发生争执。'],
      claims: ['希望中心帮助双方厘清责任，协商解决。'],
    },
  ],
};

/** A first sentence of the account, by channel ({station} for enterprise stations). */
export const OPENINGS: Readonly<Record<Channel, readonly string[]>> = {
  window: ['{A}到区综治中心一站式接待窗口申请调解。', '{A}来到中心窗口求助。', '当事人{A}到窗口登记，请求中心协调处理。'],
  hotline: ['{A}拨打中心热线电话求助。', '中心热线接到{A}来电。', '{A}通过热线电话反映诉求。'],
  online: ['{A}通过网上平台提交调解申请。', '{A}在线提交纠纷调解申请，选择线上调解服务。', '{A}通过手机端提交了调解申请。'],
  grid_report: ['网格员在日常走访中发现该纠纷并上报。', '网格员入户排查时了解到以下情况。', '楼栋长向网格员反映后，网格员核实并上报。', '单元长发现苗头后，网格员上门了解并上报。'],
  enterprise_station: ['{station}登记企业诉求。', '{A}到{station}反映诉求。', '{station}在驻点服务中受理该诉求。'],
  department_referral: ['12345政务服务热线转办。', '派出所出警后认为属于民间纠纷，移交中心调解。', '区住建局在物业纠纷排查中发现并移送中心。', '市场监管所转来消费投诉。', '区人社局劳动保障监察大队移送中心调解。'],
  court_referral: ['区人民法院立案前委派中心进行诉前调解。', '法院诉前委派，当事人同意先行调解。'],
};

/** Which department-referral opening fits a category (index into OPENINGS.department_referral). */
export const REFERRAL_OPENING_BY_CATEGORY: Readonly<Partial<Record<CategoryCode, number>>> = {
  neighbour: 1,
  damages: 1,
  property_management: 2,
  tenancy: 2,
  consumer: 3,
  labour: 4,
};

/** Emotional cues and background, added to some accounts. */
export const EMOTIONS: readonly string[] = [
  '当事人情绪较为激动，表示若问题得不到解决将继续向上反映。',
  '双方积怨较深，曾多次发生口角。',
  '{A}表示已多次协商无果，希望中心主持公道。',
  '双方均表示愿意在中心主持下协商解决。',
  '{A}说起此事时几度哽咽，希望尽快有个结果。',
  '该纠纷已持续{m}个月，双方关系十分紧张。',
  '{A}表示只想讨个说法，不想闹上法庭。',
];

/** Why an assignee returns a case for rerouting. */
export const RETURN_REASONS: readonly string[] = [
  '不属于本单位职责范围，请重新分流',
  '当事人住所不在本辖区，建议分流至属地调解工作站',
  '案件涉及劳动争议仲裁事项，建议分流至人社部门',
  '本单位本周承办案件已满，申请改派',
  '案情涉及专业问题，建议分流至专业调解组织',
];

/** Why the handling clock is paused (waiting on a party). */
export const PAUSE_REASONS: readonly string[] = [
  '等待当事人补充提交证据材料',
  '当事人外出务工，约定返回后再行调解',
  '等待伤情鉴定结果',
  '等待房屋漏水原因检测报告',
  '当事人住院治疗，暂缓调解',
  '等待相关部门出具核查意见',
];

export const WITHDRAW_REASONS: readonly string[] = [
  '双方已自行和解，申请人申请撤回',
  '申请人决定直接向法院起诉',
  '对方已主动履行，申请人撤回申请',
  '申请人因个人原因不再要求调解',
];

export const RESOLVED_NOTES: Readonly<Record<Outcome, readonly string[]>> = {
  agreement: [
    '经调解，双方自愿达成调解协议，签订人民调解协议书。',
    '在调解员主持下，双方就赔偿数额和履行期限达成一致，签订调解协议书。',
    '经释法明理、多轮协商，双方达成和解并签订书面协议。',
  ],
  oral_agreement: [
    '经调解，双方达成口头协议，当场履行完毕。',
    '双方握手言和，当场表示今后互谅互让。',
    '经调解员耐心疏导，双方达成口头协议，已即时履行。',
  ],
  other: [
    '经协调，相关问题已整改到位，申请人表示认可。',
    '经调解员柔性疏导，双方冰释前嫌，重归于好。',
    '经多方协调，对方已按要求处理，纠纷化解。',
  ],
};

/** Referral notes: destination and what the parties were told (the case's `referral_note`). */
export const REFERRAL_NOTES: Readonly<Record<ReferralDestination, readonly string[]>> = {
  litigation: [
    '双方分歧较大，调解未果，已告知当事人通过诉讼途径解决。',
    '经多次调解未能达成一致，引导当事人向区人民法院起诉。',
  ],
  arbitration: [
    '涉及劳动争议，调解未果，引导当事人申请劳动争议仲裁。',
    '合同约定了仲裁条款，告知当事人向包头仲裁委员会申请仲裁。',
  ],
  department: [
    '属于行政职能范围，已转交主管部门依法处理。',
    '涉及违法行为，已移交相关执法部门处理。',
  ],
};

export const FEEDBACK_NOTES: Readonly<Record<Satisfaction, readonly string[]>> = {
  satisfied: [
    '当事人对调解结果表示满意。',
    '回访时当事人表示协议已履行完毕，非常满意。',
    '当事人对中心的高效处理表示感谢。',
    '当事人送来锦旗表示感谢。',
  ],
  neutral: ['当事人认为处理时间较长，但对结果基本认可。', '协议部分履行，当事人表示再观察。'],
  dissatisfied: ['当事人反映对方未按协议履行，问题仍未解决。', '当事人对处理结果不满意，要求重新处理。'],
};

/** Why a handler reopens a concluded case on their own (a reopening by feedback is worded by the case service). */
export const MANUAL_REOPEN_REASONS: readonly string[] = ['协议未按期履行，当事人申请再次调解', '履行过程中出现新的争议，重新组织调解'];

/** Surname + 某某, as titles and accounts show people. */
export function maskedName(name: string): string {
  return `${Array.from(name)[0] ?? ''}某某`;
}
