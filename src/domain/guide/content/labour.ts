// 劳动: wage arrears (a separate path for construction sites), dismissal, injury at work,
// social insurance and written contracts. 劳动监察 and 劳动仲裁, with their time limits.
import type { Bi, GuideNode, GuideOption } from '../types.js';
import { bi, law, litigation, mediation, urgent } from './common.js';

const LABOUR_MEDIATION: GuideOption = mediation(
  '劳动争议可以由街道、乡镇的人民调解组织调解：中心有劳动争议调解员，可以约用人单位当面核对、商量付款。自调解组织收到申请之日起 15 日内没有达成协议的，可以直接申请仲裁；就拖欠工资、工伤医疗费、经济补偿或赔偿金达成协议后单位不履行的，可以拿调解协议书向法院申请支付令。',
  'Labour disputes can be mediated by the people’s mediation organizations of streets and towns: the center’s labour mediators can meet the employer with you to check the figures and agree payment. If there is no agreement within 15 days of the application, you can go straight to arbitration; if the employer breaks an agreement on unpaid wages, injury medical costs, severance or compensation, you can take it to the court for a payment order.',
);

/** 劳动仲裁: free, 45 (+15) days, court within 15 days of the award (劳动争议调解仲裁法). */
function arbitration(timeLimit: Bi): GuideOption {
  return {
    kind: 'arbitration',
    name: bi('申请劳动仲裁', 'Apply for labour arbitration'),
    text: bi(
      '向劳动合同履行地或者用人单位所在地的劳动人事争议仲裁委员会申请。仲裁不收费。仲裁庭一般自受理之日起 45 日内结案，复杂的可以延长，但最多延长 15 日。对裁决不服的，一般可以在收到裁决书之日起 15 日内向法院起诉。',
      'Apply to the labour dispute arbitration commission where the work is done or where the employer is based. Arbitration is free. It is normally decided within 45 days of acceptance, extendable by at most 15 days. If you disagree with the award, you can usually sue in court within 15 days of receiving it.',
    ),
    timeLimit,
    basis: { law: 'labour_disputes', articles: [21, 27, 43, 53] },
  };
}

const ONE_YEAR = bi(
  '仲裁时效为 1 年，从知道或者应当知道自己的权利被侵害之日起计算。',
  '1 year from the day you knew, or should have known, that your rights were infringed.',
);

const ONE_YEAR_WAGES = bi(
  '仲裁时效为 1 年。还在这家单位上班时被拖欠工资，不受 1 年的限制；但离职（劳动关系终止）后，要在终止之日起 1 年内申请。',
  '1 year. While you still work there, unpaid wages are not subject to the 1-year limit; but once the employment has ended you must apply within 1 year of the end.',
);

const INSPECTION: GuideOption = {
  kind: 'administrative',
  name: bi('向劳动保障监察投诉（12333）', 'Complain to labour inspection (12333)'),
  text: bi(
    '到当地人社部门的劳动保障监察机构投诉，或拨打 12333。监察机构可以责令单位限期支付工资；逾期不付的，可以责令单位按应付金额的 50% 至 100% 加付赔偿金。',
    'Complain to the labour inspection office of the local human resources and social security bureau, or call 12333. It can order the employer to pay by a deadline, and if it still does not, to pay an extra 50% to 100% of the amount owed.',
  ),
  timeLimit: bi('违法行为在 2 年内未被发现、也没有人举报投诉的，监察机构不再查处，所以要尽早投诉；违法行为持续的，从结束之日算起。', 'Inspection does not act on violations that went unnoticed and unreported for 2 years, so complain early; for continuing violations the 2 years run from when they stop.'),
  basis: { law: 'labour_contract', articles: [85] },
};

const PROOF_OF_EMPLOYMENT = bi(
  '劳动合同，或者能证明您在这里工作的材料：工牌、工作服、考勤记录、工作群聊天截图、同事证言',
  'Your employment contract, or anything that shows you worked there: staff card, uniform, attendance records, work-chat screenshots, colleagues’ statements',
);

export const LABOUR: readonly GuideNode[] = [
  {
    kind: 'question',
    id: 'labour',
    title: bi('工作上遇到了什么问题？', 'What is the problem at work?'),
    answers: [
      { label: bi('拖欠工资、加班费', 'Unpaid wages or overtime'), next: 'labour.wages_site' },
      { label: bi('被辞退、被解除劳动合同', 'Dismissed, or contract ended'), next: 'labour.dismissal' },
      { label: bi('工作中受伤（工伤）', 'Injured at work'), next: 'labour.injury' },
      { label: bi('没交社保、没签劳动合同', 'No social insurance, no written contract'), next: 'labour.insurance' },
    ],
  },
  {
    kind: 'question',
    id: 'labour.wages_site',
    title: bi('您是在建筑工地、工程项目上干活吗？', 'Do you work on a construction site or building project?'),
    hint: bi('工程建设领域的农民工工资有专门的保障规定。', 'Wages on building projects have special protection rules.'),
    answers: [
      { label: bi('是，在工地或工程项目上', 'Yes, on a site or building project'), next: 'labour.wages_construction' },
      { label: bi('不是，在公司、工厂、商店、饭店等', 'No — in a company, factory, shop, restaurant…'), next: 'labour.wages' },
    ],
  },
  {
    kind: 'leaf',
    id: 'labour.wages',
    category: 'labour',
    serviceMode: 'online',
    title: bi('拖欠工资、加班费', 'Unpaid wages and overtime'),
    summary: bi(
      '按时足额发工资是用人单位的法定义务。被拖欠工资，可以协商、到中心调解、向劳动监察投诉，也可以申请劳动仲裁——仲裁时效是 1 年，别拖。',
      'Paying wages in full and on time is the employer’s legal duty. If you are owed wages you can negotiate, mediate at the center, complain to labour inspection or apply for labour arbitration — arbitration has a 1-year time limit, so do not wait.',
    ),
    law: [
      law('labour_contract', [30], '用人单位应当及时足额支付劳动报酬；拖欠或者未足额支付的，劳动者可以依法向法院申请支付令。', 'Employers must pay wages on time and in full; if they do not, the worker can ask the court for a payment order.'),
      law('labour_contract', [85], '未及时足额支付劳动报酬的，由劳动行政部门责令限期支付；逾期不支付的，责令按应付金额 50% 以上 100% 以下加付赔偿金。', 'If wages are not paid in full and on time, the labour department orders payment by a deadline; if the employer still does not pay, it must add 50% to 100% of the amount owed as compensation.'),
      law('labour_contract', [38, 46], '单位未及时足额支付劳动报酬的，劳动者可以解除劳动合同，并可以要求经济补偿。', 'If wages are not paid in full and on time, the worker can end the contract and claim severance pay.'),
      law('labour_disputes', [27], '劳动仲裁时效为 1 年；劳动关系存续期间因拖欠劳动报酬发生争议的不受此限，但劳动关系终止的，应当自终止之日起 1 年内提出。', 'The arbitration time limit is 1 year; claims for unpaid wages during employment are not bound by it, but once employment ends they must be brought within 1 year of the end.'),
    ],
    selfHelp: [
      bi('算清楚：欠了哪几个月、每月应发多少、加班多少小时。', 'Work out which months are owed, how much each month, and how many hours of overtime.'),
      bi('收集证据：劳动合同、工牌、考勤、工资条、银行流水、工作群聊天记录、同事证言。', 'Gather evidence: contract, staff card, attendance, payslips, bank statements, work chats, colleagues’ statements.'),
      bi('书面向单位催要（微信、短信都可以），最好让单位确认欠款金额，出具欠条或工资结算单。', 'Ask the employer in writing (WeChat or text is fine) and try to get the amount confirmed, ideally as an IOU or a wage statement.'),
      bi('很多人一起被欠薪的，不要堵门、拉横幅，可以推选代表一起到中心登记，中心会合并协调处理。', 'If many of you are owed, do not block gates or hang banners; choose representatives and register together at the center, which handles such cases jointly.'),
    ],
    options: [LABOUR_MEDIATION, INSPECTION, arbitration(ONE_YEAR_WAGES), litigation('单位拖欠工资事实清楚、没有其他争议的，也可以直接向法院申请支付令。', 'Where the debt is clear and undisputed, you can also ask the court directly for a payment order.')],
    bring: [
      bi('身份证', 'Your ID card'),
      PROOF_OF_EMPLOYMENT,
      bi('工资条、银行流水', 'Payslips and bank statements'),
      bi('欠条、工资结算单', 'IOUs or wage statements'),
      bi('催要工资的聊天记录', 'Messages asking for your wages'),
    ],
    urgent: urgent(bi('讨薪时与单位发生冲突、被威胁，或有人扬言采取极端行为：立即拨打 110。', 'If a wage claim turns into a confrontation or threats, or someone talks of drastic action: call 110 at once.')),
    prefill: bi('用人单位拖欠我的工资，希望帮助追讨。', 'My employer owes me wages; I would like help getting paid.'),
  },
  {
    kind: 'leaf',
    id: 'labour.wages_construction',
    category: 'labour',
    serviceMode: 'online',
    title: bi('工地欠薪（农民工工资）', 'Unpaid wages on a construction site'),
    summary: bi(
      '工程建设领域的农民工工资有专门保障：工资要按月足额发到本人手里；分包单位欠薪的，施工总承包单位要先行清偿。可以向劳动监察投诉（12333），也可以调解或申请仲裁。',
      'Wages on building projects have special protection: they must be paid monthly and in full to the worker personally, and if a subcontractor does not pay, the main contractor must pay first. Complain to labour inspection (12333), mediate, or apply for arbitration.',
    ),
    law: [
      law('migrant_wages', null, '农民工工资应当以货币形式，通过银行转账或者现金支付给农民工本人，不得以实物或者有价证券等代替。', 'Migrant workers’ wages must be paid in money, by bank transfer or cash, to the worker personally — never in goods or vouchers.'),
      law('migrant_wages', null, '分包单位拖欠农民工工资的，由施工总承包单位先行清偿；把工程转包、违法分包给个人（“包工头”）或者没有资质的单位导致欠薪的，由建设单位或者施工总承包单位清偿。', 'If a subcontractor fails to pay, the main contractor pays first; if the work was passed on illegally to an individual gang boss or an unqualified firm, the developer or main contractor pays.'),
      law('migrant_wages', null, '施工现场应当设立维权信息告示牌，写明项目负责人、投诉举报电话等。', 'Every site must post a board with the project managers and the numbers for complaints.'),
      law('labour_disputes', [27], '劳动仲裁时效为 1 年；离职后讨要工资的，应当自劳动关系终止之日起 1 年内申请。', 'The arbitration time limit is 1 year; after leaving, wage claims must be brought within 1 year of the end of the work.'),
    ],
    selfHelp: [
      bi('记下工程项目名称、地址、总包单位（看工地门口的告示牌）、包工头的姓名和电话。', 'Note the project name, address, main contractor (see the board at the site gate) and the gang boss’s name and phone.'),
      bi('保留考勤表、工资结算单、包工头写的欠条、聊天和转账记录、工友证言。', 'Keep attendance sheets, wage statements, the gang boss’s IOUs, chats and transfers, and workmates’ statements.'),
      bi('不要爬塔吊、堵路、围堵讨薪——既危险，也可能违法；欠薪可以通过正规渠道要回来。', 'Do not climb cranes, block roads or besiege offices — it is dangerous and may be illegal; wages can be recovered through proper channels.'),
      bi('工友一起被欠薪的，可以推选代表一起到中心登记。', 'If your workmates are owed too, choose representatives and register together at the center.'),
    ],
    options: [
      { ...INSPECTION, text: bi('向项目所在地人社部门的劳动保障监察机构投诉，或拨打 12333。监察机构可以责令总包单位先行清偿，逾期不付的还要加付赔偿金。', 'Complain to the labour inspection office where the project is, or call 12333. It can order the main contractor to pay first, with an extra penalty if it still does not.') },
      LABOUR_MEDIATION,
      arbitration(ONE_YEAR_WAGES),
      litigation(),
    ],
    bring: [
      bi('身份证', 'Your ID card'),
      bi('考勤表、工资结算单或欠条', 'Attendance sheets, wage statements or IOUs'),
      bi('工程项目名称、总包单位、包工头信息', 'The project name, the main contractor, the gang boss’s details'),
      bi('一起被欠薪的工友名单和联系方式', 'A list of workmates who are owed, with contacts'),
      bi('聊天、转账记录', 'Chats and transfer records'),
    ],
    urgent: urgent(bi('有人扬言跳楼、爬塔吊或用其他极端方式讨薪：立即拨打 110 和 120。', 'If someone threatens to jump, climbs a crane or takes other drastic action over wages: call 110 and 120 at once.')),
    prefill: bi('在工地干活被拖欠工资，希望帮助追讨。', 'I am owed wages for work on a construction site; I would like help getting paid.'),
  },
  {
    kind: 'leaf',
    id: 'labour.dismissal',
    category: 'labour',
    serviceMode: 'online',
    title: bi('被辞退、被解除劳动合同', 'Dismissal'),
    summary: bi(
      '单位解除劳动合同要有法定理由、走法定程序。合法解除的，多数情况下要支付经济补偿；违法解除的，可以要求继续履行合同，或者要求按经济补偿标准的 2 倍支付赔偿金。',
      'An employer needs a legal reason and the legal procedure to dismiss you. A lawful dismissal usually comes with severance pay; an unlawful one lets you demand your job back or compensation at twice the severance rate.',
    ),
    law: [
      law('labour_contract', [40], '劳动者患病或非因工负伤医疗期满后不能从事原工作也不能从事另行安排的工作、不能胜任工作经培训或调岗后仍不能胜任、客观情况发生重大变化协商变更不成的，单位提前 30 日书面通知或者额外支付 1 个月工资后，可以解除合同。', 'An employer may dismiss with 30 days’ written notice, or one month’s extra pay, when the worker cannot do any work offered after medical leave for illness or a non-work injury, remains unfit after training or a new post, or when a major change of circumstances makes the contract impossible and no new terms can be agreed.'),
      law('labour_contract', [42], '患职业病或因工负伤丧失或部分丧失劳动能力、在医疗期内、女职工在孕期产期哺乳期、在本单位连续工作满 15 年且距法定退休年龄不足 5 年等情形，单位不得依上述理由或者裁员解除合同。', 'Workers disabled by occupational disease or work injury, on medical leave, pregnant, on maternity leave or nursing, or with 15 years’ service and less than 5 years to retirement, may not be dismissed on those grounds or in lay-offs.'),
      law('labour_contract', [46, 47], '经济补偿按在本单位工作的年限计算：每满 1 年支付 1 个月工资；6 个月以上不满 1 年的按 1 年算；不满 6 个月的支付半个月工资。', 'Severance is one month’s wages per full year of service; six months or more counts as a year; less than six months earns half a month.'),
      law('labour_contract', [48, 87], '违法解除的，劳动者要求继续履行的，单位应当继续履行；不要求或者无法继续履行的，单位按经济补偿标准的 2 倍支付赔偿金。', 'After an unlawful dismissal the employer must take the worker back if they want; otherwise it pays compensation at twice the severance rate.'),
      law('labour_contract', [50], '单位应当在解除或者终止劳动合同时出具证明，并在 15 日内办理档案和社会保险关系转移手续。', 'The employer must give a certificate of termination and transfer your personnel file and social insurance within 15 days.'),
    ],
    selfHelp: [
      bi('要求单位出具书面解除通知，写明理由和日期；只是口头通知的，录音或保留聊天记录。', 'Ask for written notice stating the reason and date; if you were only told verbally, record it or keep the messages.'),
      bi('不要轻易签“自愿离职”或“协商解除”的文件，签之前看清楚、想清楚。', 'Do not sign “voluntary resignation” or “mutual termination” papers lightly — read and think first.'),
      bi('保存劳动合同、工资流水、考勤、社保记录，以及单位说明解除理由的材料。', 'Keep your contract, wage records, attendance, social insurance records and whatever the employer gave as the reason.'),
    ],
    options: [LABOUR_MEDIATION, arbitration(ONE_YEAR), litigation()],
    bring: [
      bi('身份证', 'Your ID card'),
      PROOF_OF_EMPLOYMENT,
      bi('解除通知、录音或聊天记录', 'The dismissal notice, recordings or messages'),
      bi('工资流水、社保缴费记录', 'Wage records and social insurance records'),
    ],
    urgent: urgent(),
    prefill: bi('被用人单位解除劳动合同，认为不合法，希望调解。', 'My employer has dismissed me and I believe it was unlawful; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'labour.injury',
    category: 'labour',
    serviceMode: 'offline',
    title: bi('工作中受伤（工伤）', 'Injured at work'),
    summary: bi(
      '先治伤，再认定工伤。工伤由人社部门认定：单位应当在 30 日内申请；单位不申请的，本人或家属可以在 1 年内自己申请。认定以后，再谈待遇和赔偿。',
      'Get treatment first, then have it recognized as a work injury. The human resources and social security bureau decides: the employer must apply within 30 days; if it does not, you or your family can apply yourselves within 1 year. Benefits and compensation follow the decision.',
    ),
    law: [
      law('work_injury', [14], '在工作时间和工作场所内因工作原因受到事故伤害，上下班途中受到非本人主要责任的交通事故伤害等，应当认定为工伤。', 'Injuries from accidents at work, during working hours and because of the work, and traffic accidents on the way to or from work where you were not mainly to blame, are work injuries.'),
      law('work_injury', [17], '单位应当自事故伤害发生之日起 30 日内申请工伤认定；单位不申请的，工伤职工或者其近亲属、工会组织可以在事故伤害发生之日起 1 年内直接申请。', 'The employer must apply for recognition within 30 days of the accident; if it does not, the worker, close relatives or the trade union can apply directly within 1 year.'),
      law('work_injury', [62], '应当参加工伤保险而没有参加的单位，职工发生工伤的，由单位按照规定的工伤保险待遇项目和标准支付费用。', 'An employer that should have had work-injury insurance but did not must itself pay the benefits the insurance would have paid.'),
    ],
    selfHelp: [
      bi('先去医院治疗，告诉医生是在工作中受的伤，保留病历、诊断证明和票据。', 'Get treatment first, tell the doctor it happened at work, and keep the records, diagnosis and receipts.'),
      bi('记下受伤的时间、地点、经过和在场的同事，请他们留下联系方式。', 'Write down when, where and how it happened and who was there, and get their contacts.'),
      bi('催单位申请工伤认定；单位不申请的，自己在 1 年内向人社部门申请，千万别错过。', 'Press the employer to apply for recognition; if it does not, apply yourself to the bureau within 1 year — do not miss it.'),
      bi('伤情稳定后，按规定申请劳动能力鉴定。', 'Once your condition is stable, apply for a work-capacity assessment as the rules provide.'),
    ],
    options: [
      {
        kind: 'administrative',
        name: bi('申请工伤认定', 'Apply for work-injury recognition'),
        text: bi('向单位所在地的人社部门（社会保险行政部门）提出申请。认定结论是享受工伤待遇的前提。', 'Apply to the human resources and social security bureau where the employer is. Recognition is the basis for all work-injury benefits.'),
        timeLimit: bi('单位 30 日内申请；单位不申请的，本人或家属自事故发生之日起 1 年内申请。', 'The employer within 30 days; otherwise you or your family within 1 year of the accident.'),
        basis: { law: 'work_injury', articles: [17] },
      },
      mediation('认定工伤后，赔偿数额、支付方式等可以调解。签协议前把法定的工伤待遇算清楚，协议金额不应低于法定标准。', 'Once the injury is recognized, the amount and payment of compensation can be mediated. Work out the statutory benefits before signing; the agreement should not give you less.'),
      arbitration(ONE_YEAR),
      litigation(),
    ],
    bring: [
      bi('身份证', 'Your ID card'),
      bi('病历、诊断证明、医疗费票据', 'Medical records, diagnosis, medical receipts'),
      PROOF_OF_EMPLOYMENT,
      bi('事故经过说明、证人联系方式', 'An account of the accident and witnesses’ contacts'),
      bi('工伤认定决定书（如已认定）', 'The recognition decision (if already made)'),
    ],
    urgent: urgent(bi('伤势严重：立即拨打 120。单位阻止就医、扣押证件或威胁您：拨打 110。', 'Serious injury: call 120 at once. If the employer stops you getting treatment, keeps your papers or threatens you: call 110.')),
    prefill: bi('在工作中受伤，涉及工伤认定和待遇，希望帮助。', 'I was injured at work and need help with recognition and benefits.'),
  },
  {
    kind: 'leaf',
    id: 'labour.insurance',
    category: 'labour',
    serviceMode: 'online',
    title: bi('没交社保、没签劳动合同', 'No social insurance, no written contract'),
    summary: bi(
      '单位应当和您签书面劳动合同，并在用工之日起 30 日内给您办社保登记、按时缴费。超过 1 个月没签合同的，可以要求 2 倍工资；不交社保的，可以投诉，也可以解除合同并要求经济补偿。',
      'Your employer must sign a written contract with you and register you for social insurance within 30 days of starting, then pay contributions on time. After more than a month without a contract you can claim double wages; if contributions are not paid you can complain, or resign and claim severance.',
    ),
    law: [
      law('labour_contract', [10, 82], '建立劳动关系应当订立书面劳动合同；自用工之日起超过 1 个月不满 1 年未订立的，单位应当向劳动者每月支付 2 倍工资。', 'Employment needs a written contract; if none is signed between one month and one year after starting, the employer must pay double wages for each month.'),
      law('social_insurance', [58], '用人单位应当自用工之日起 30 日内为职工办理社会保险登记。', 'Employers must register workers for social insurance within 30 days of starting.'),
      law('social_insurance', [63], '单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳或者补足。', 'If an employer does not pay contributions in full and on time, the collection agency orders it to pay or make up the shortfall by a deadline.'),
      law('labour_contract', [38, 46], '单位未依法缴纳社会保险费的，劳动者可以解除劳动合同并要求经济补偿。', 'If the employer does not pay social insurance as required, the worker can end the contract and claim severance.'),
    ],
    selfHelp: [
      bi('通过当地社保 App、“掌上12333”或社保窗口查一下自己的缴费记录。', 'Check your contribution record in the local social insurance app, the “掌上12333” app or at a social insurance counter.'),
      bi('保存能证明劳动关系的材料：工资流水、工牌、考勤、工作群记录。', 'Keep proof of employment: wage records, staff card, attendance, work chats.'),
      bi('书面要求单位补签合同、补缴社保。', 'Ask the employer in writing to sign a contract and pay the missing contributions.'),
      bi('交社保是法定义务，签了“自愿放弃社保”的承诺，也不能免除单位的缴费义务。', 'Social insurance is a legal duty: a signed “I give up social insurance” statement does not release the employer from paying.'),
    ],
    options: [
      {
        kind: 'administrative',
        name: bi('投诉要求补缴社保（12333）', 'Complain to have contributions paid (12333)'),
        text: bi('要求补缴社保，可以向社会保险费征收机构或劳动保障监察机构投诉，也可以拨打 12333 咨询。', 'To have missing contributions paid, complain to the social insurance collection agency or labour inspection, or call 12333 for advice.'),
        basis: { law: 'social_insurance', articles: [63] },
      },
      LABOUR_MEDIATION,
      arbitration(ONE_YEAR),
      litigation(),
    ],
    bring: [
      bi('身份证', 'Your ID card'),
      PROOF_OF_EMPLOYMENT,
      bi('工资流水', 'Wage records'),
      bi('社保缴费记录查询单', 'Your social insurance contribution record'),
      bi('要求补签合同、补缴社保的书面记录', 'Your written requests for a contract and contributions'),
    ],
    urgent: urgent(),
    prefill: bi('用人单位未签劳动合同或未缴社保，希望调解。', 'My employer has not signed a contract with me or not paid social insurance; I would like mediation.'),
  },
];
