// 房屋租赁: deposits, rent arrears, repairs, ending a lease early, public-rental housing.
import type { GuideNode } from '../types.js';
import { bi, HOTLINE_12345, law, litigation, mediation, urgent } from './common.js';

const NO_SELF_EVICTION = bi(
  '房东强行换锁、断水断电、扔东西或威胁租客搬走：拨打 110。',
  'If a landlord changes the locks, cuts off water or power, throws out belongings or threatens a tenant to force them out: call 110.',
);

export const TENANCY: readonly GuideNode[] = [
  {
    kind: 'question',
    id: 'tenancy',
    title: bi('租房遇到了什么问题？', 'What is the problem with the rental?'),
    hint: bi('房东、租客都可以看。', 'For landlords and tenants alike.'),
    answers: [
      { label: bi('押金不退', 'Deposit not returned'), next: 'tenancy.deposit' },
      { label: bi('拖欠房租', 'Unpaid rent'), next: 'tenancy.arrears' },
      { label: bi('房子坏了没人修', 'Repairs not done'), next: 'tenancy.repairs' },
      { label: bi('提前退租、被要求搬走', 'Ending early, or told to leave'), next: 'tenancy.termination' },
      { label: bi('公租房', 'Public rental housing'), hint: bi('资格、租金、维修、腾退', 'Eligibility, rent, repairs, moving out'), next: 'tenancy.public' },
    ],
  },
  {
    kind: 'leaf',
    id: 'tenancy.deposit',
    category: 'tenancy',
    serviceMode: 'online',
    title: bi('押金不退', 'Deposit not returned'),
    summary: bi(
      '押金是担保，不是房东的收入。租期结束、房子正常交还、房租水电结清后，房东应当按约定退还；要扣钱，得有合同依据和实际损失。',
      'A deposit is security, not the landlord’s income. When the lease ends, the home is handed back in normal condition and rent and bills are paid, the landlord must return it as agreed; any deduction needs a basis in the contract and an actual loss.',
    ),
    law: [
      law('civil_code', [509], '当事人应当按照约定全面履行自己的义务。', 'Each party must fully perform what they agreed.'),
      law('civil_code', [733], '租期届满，租客应当返还房屋，房屋应当符合按照约定或者正常使用后的状态——正常使用的损耗不算损坏。', 'At the end of the lease the tenant returns the home in the state that agreed or normal use leaves it — normal wear and tear is not damage.'),
      law('civil_code', [585], '约定的违约金过分高于实际损失的，可以请求法院或仲裁机构适当减少。', 'If an agreed penalty is far above the actual loss, a court or arbitrator can reduce it.'),
      law('rental_measures', null, '房屋租赁合同一般应当约定租金和押金的数额、支付方式。', 'A lease should normally state the rent and deposit and how they are paid.'),
    ],
    selfHelp: [
      bi('退房时和房东一起验房，对照入住时的交接清单拍照录像，签好退房交接单。', 'Inspect the home together when you move out, photograph it against the move-in inventory, and sign a hand-over note.'),
      bi('把水、电、燃气、物业费结清，保留缴费凭证。', 'Settle water, power, gas and property fees and keep the receipts.'),
      bi('通过中介租的，同时找中介协调，保留中介合同。', 'If you rented through an agency, ask the agency to help too and keep its contract.'),
      bi('用微信或短信书面催要押金，写明金额和期限。', 'Ask for the deposit in writing (WeChat or text) with the amount and a deadline.'),
    ],
    options: [
      mediation(),
      HOTLINE_12345,
      litigation('金额不大的，法院可以适用简易程序或小额诉讼程序，审理较快。', 'For small amounts the court can use the simplified or small-claims procedure, which is quicker.'),
    ],
    bring: [
      bi('租赁合同', 'The lease'),
      bi('押金收据或转账记录', 'Deposit receipt or transfer record'),
      bi('入住和退房交接单、照片', 'Move-in and move-out inventories and photos'),
      bi('水电燃气费结清凭证', 'Proof that utility bills are paid'),
      bi('催要押金的聊天记录', 'Messages asking for the deposit'),
    ],
    urgent: urgent(),
    prefill: bi('租房押金未退还，希望调解。', 'My rental deposit has not been returned; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'tenancy.arrears',
    category: 'tenancy',
    serviceMode: 'online',
    title: bi('拖欠房租', 'Unpaid rent'),
    summary: bi(
      '租客没有正当理由不交或者拖延交房租的，房东可以要求在合理期限内支付；逾期仍不交的，房东可以解除合同。但房东不能用换锁、断水断电、扔东西的办法赶人。',
      'If a tenant does not pay, or pays late, without good reason, the landlord can ask for payment within a reasonable time and end the lease if it still is not paid. But the landlord may not change the locks, cut off utilities or throw out belongings.',
    ),
    law: [
      law('civil_code', [721], '租客应当按照约定的期限支付租金。', 'The tenant must pay rent when agreed.'),
      law('civil_code', [722], '租客无正当理由未支付或者迟延支付租金的，房东可以要求在合理期限内支付；逾期不支付的，房东可以解除合同。', 'If the tenant fails to pay or pays late without good reason, the landlord can demand payment within a reasonable time and may end the lease if it is still unpaid.'),
    ],
    selfHelp: [
      bi('房东：先书面催告（短信、微信），写明欠款金额和最后期限。', 'Landlords: first demand payment in writing (text, WeChat) with the amount and a final date.'),
      bi('租客：确有困难的，主动说明情况，提出分期付款的方案；已交的房租保留转账记录。', 'Tenants: if you are struggling, say so early and offer to pay in instalments; keep records of rent already paid.'),
      bi('双方把账算清：欠几个月、押金能不能抵扣、水电物业费谁承担。', 'Agree the figures together: how many months are owed, whether the deposit can be set off, who pays utilities and fees.'),
    ],
    options: [
      mediation('可以商定分期付款、押金抵扣和搬离时间，写进调解协议。', 'You can agree instalments, deposit set-off and a moving-out date in the mediation agreement.'),
      litigation('房东可以起诉要求支付租金、解除合同、腾退房屋。', 'The landlord can sue for the rent, termination of the lease and vacant possession.'),
    ],
    bring: [
      bi('租赁合同', 'The lease'),
      bi('房租支付记录', 'Rent payment records'),
      bi('催告记录', 'Written demands for payment'),
      bi('房屋交接清单', 'The inventory of the home'),
    ],
    urgent: urgent(NO_SELF_EVICTION),
    prefill: bi('房屋租金拖欠纠纷，希望调解。', 'There is a dispute over unpaid rent; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'tenancy.repairs',
    category: 'tenancy',
    serviceMode: 'online',
    title: bi('房子坏了，谁来修', 'Repairs: who fixes what'),
    summary: bi(
      '合同没有另外约定的，房东负责维修。房东不修，租客可以自己修，费用由房东承担；因为维修影响居住的，可以相应减少租金或者延长租期。',
      'Unless the lease says otherwise, the landlord does the repairs. If the landlord does not, the tenant can have it done at the landlord’s cost; if repairs stop you using the home, rent is reduced or the lease extended accordingly.',
    ),
    law: [
      law('civil_code', [712], '房东应当履行房屋的维修义务，当事人另有约定的除外。', 'The landlord must keep the home in repair, unless agreed otherwise.'),
      law('civil_code', [713], '需要维修时，租客可以要求房东在合理期限内维修；房东不修的，租客可以自行维修，费用由房东负担。因租客过错导致需要维修的，房东不承担维修义务。', 'When repairs are needed the tenant can ask the landlord to do them within a reasonable time; if the landlord does not, the tenant can do them at the landlord’s cost. Damage the tenant caused is not the landlord’s to repair.'),
      law('civil_code', [731], '房屋危及租客的安全或者健康的，租客可以随时解除合同。', 'If the home endangers the tenant’s safety or health, the tenant can end the lease at any time.'),
    ],
    selfHelp: [
      bi('发现问题立刻书面通知房东（微信、短信），拍照录像，给一个合理的维修期限。', 'Tell the landlord in writing at once (WeChat, text), with photos or video, and give a reasonable time to repair.'),
      bi('房东不修、准备自己修之前再通知一次，保留维修发票。', 'Before arranging the repair yourself, notify the landlord once more, and keep the invoice.'),
      bi('自己用坏的东西，一般由租客负责修。', 'What the tenant broke, the tenant normally repairs.'),
    ],
    options: [mediation(), litigation()],
    bring: [
      bi('租赁合同', 'The lease'),
      bi('报修记录', 'Your repair requests'),
      bi('损坏情况的照片、视频', 'Photos and videos of the defects'),
      bi('维修发票', 'Repair invoices'),
    ],
    urgent: urgent(bi('燃气泄漏、电线冒火、房屋结构危险：马上离开，拨打 119，并通知房东和物业。', 'Gas leak, sparking wires or a dangerous structure: get out, call 119 and tell the landlord and the property manager.')),
    prefill: bi('租住的房屋需要维修，与房东协商不成，希望调解。', 'The rented home needs repairs and the landlord and I cannot agree; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'tenancy.termination',
    category: 'tenancy',
    serviceMode: 'online',
    title: bi('提前退租或被要求搬走', 'Ending a lease early, or being told to leave'),
    summary: bi(
      '合同不能说解就解。提前退租的，一般要按合同承担违约责任；房东提前收房也一样。房子卖了，原来的租赁合同继续有效。',
      'A lease cannot simply be broken. A tenant who leaves early is normally liable under the contract, and so is a landlord who takes the home back early. If the home is sold, the lease stays in force.',
    ),
    law: [
      law('civil_code', [563], '出现法定情形，例如对方迟延履行主要义务、经催告后在合理期限内仍不履行的，可以解除合同。', 'A contract can be ended in the cases the law sets out, for example when the other side is late with its main obligation and still fails to perform within a reasonable time after a demand.'),
      law('civil_code', [585], '约定的违约金过分高于实际损失的，可以请求法院或仲裁机构适当减少。', 'If an agreed penalty is far above the actual loss, a court or arbitrator can reduce it.'),
      law('civil_code', [725], '租赁期间房屋所有权发生变动的，不影响租赁合同的效力（“买卖不破租赁”）。', 'A change of ownership during the lease does not affect the lease (“sale does not break a lease”).'),
      law('civil_code', [730], '没有约定租期或者约定不明的，视为不定期租赁，双方可以随时解除合同，但应当在合理期限之前通知对方。', 'If no term was agreed, or it is unclear, the lease is open-ended: either side can end it, with reasonable notice.'),
    ],
    selfHelp: [
      bi('翻出合同，看提前解约的条款、通知期限和违约金。', 'Read the lease: the early-termination clause, the notice period and the penalty.'),
      bi('尽早书面告知对方，商量找人转租、接替，或者折中违约金。', 'Tell the other side in writing as early as possible and discuss a replacement tenant or a reduced penalty.'),
      bi('搬走前办好交接：验房、结清费用、交还钥匙，签交接单。', 'Before moving out: inspect together, settle the bills, return the keys and sign a hand-over note.'),
    ],
    options: [mediation(), litigation()],
    bring: [
      bi('租赁合同', 'The lease'),
      bi('通知对方的记录', 'Your notice to the other side'),
      bi('付款凭证', 'Payment records'),
      bi('交接单', 'The hand-over note'),
    ],
    urgent: urgent(NO_SELF_EVICTION),
    prefill: bi('租房合同提前解除引起纠纷，希望调解。', 'There is a dispute about ending a lease early; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'tenancy.public',
    category: 'tenancy',
    serviceMode: 'offline',
    title: bi('公租房问题', 'Public rental housing'),
    summary: bi(
      '公租房的申请资格、租金、维修和退出由当地住房保障部门管理。对资格审核、收回房屋等决定有意见的，可以向住房保障部门反映或依法复议、起诉；与邻居、运营单位之间的矛盾，可以找中心调解。',
      'Eligibility, rent, repairs and moving out of public rental housing are managed by the local housing security department. Disagree with a decision on eligibility or repossession? Raise it with that department, or seek administrative review or go to court; disputes with neighbours or the operator can be mediated at the center.',
    ),
    law: [
      law('public_rental', null, '公租房承租人不得转借、转租或者擅自调换房屋，不得改变用途，无正当理由不得长期闲置；违反的，应当退回公租房。', 'Public rental tenants may not lend, sublet or swap the home, change its use, or leave it empty for long without good reason; those who do must give it back.'),
      law('public_rental', null, '租金标准由当地政府确定并公布；长期拖欠租金的，可能被要求腾退。', 'Rents are set and published by the local government; long arrears can lead to an order to move out.'),
    ],
    selfHelp: [
      bi('对照租赁合同和当地公租房管理规定，弄清自己的权利和义务。', 'Read your lease and the local public rental rules so you know your rights and duties.'),
      bi('维修问题向公租房运营管理单位书面报修。', 'Report repairs in writing to the housing operator.'),
      bi('家庭收入、住房情况有变化的，按规定及时申报。', 'Report changes in household income or housing as the rules require.'),
      bi('收到腾退或调整租金的通知，看清理由和期限，有异议及时书面提出。', 'If you get a notice to move out or of a rent change, read the reasons and deadlines, and object in writing promptly if you disagree.'),
    ],
    options: [
      {
        kind: 'administrative',
        name: bi('向住房保障部门反映', 'The housing security department'),
        text: bi('资格、租金、维修、腾退等问题，可以到当地住房保障部门或拨打 12345 反映。', 'Raise questions of eligibility, rent, repairs or moving out with the local housing security department, or via 12345.'),
      },
      mediation('与运营单位之间的租金、维修争议，或者与邻居之间的矛盾，可以调解。', 'Disputes with the operator over rent or repairs, and with neighbours, can be mediated.'),
      {
        kind: 'litigation',
        name: bi('行政复议或行政诉讼', 'Administrative review or an administrative lawsuit'),
        text: bi('对住房保障部门作出的取消资格、收回房屋等决定不服的，可以依法申请行政复议或者提起行政诉讼。', 'If you disagree with the housing department’s decision to withdraw eligibility or take the home back, you can apply for administrative review or sue.'),
        timeLimit: bi('行政复议一般自知道该决定之日起 60 日内申请；行政诉讼一般自知道之日起 6 个月内提起。', 'Administrative review: generally within 60 days of learning of the decision; a lawsuit: generally within 6 months.'),
      },
    ],
    bring: [
      bi('公租房租赁合同', 'The public rental lease'),
      bi('资格审核材料', 'Eligibility documents'),
      bi('收到的通知书、决定书', 'Notices and decisions you received'),
      bi('缴费凭证、照片', 'Payment receipts and photos'),
    ],
    urgent: urgent(bi('有人强行换锁、断水断电、扔东西或威胁您搬走：拨打 110。', 'If anyone changes the locks, cuts off water or power, throws out belongings or threatens you to make you leave: call 110.')),
    prefill: bi('关于公租房的问题，希望协调。', 'I have a problem with public rental housing; I would like help.'),
  },
];
