// 消费: faulty goods (三包), services, prepaid cards, online shopping (七日无理由退货); 12315.
import type { GuideNode } from '../types.js';
import { bi, CONSUMER_12315, law, litigation, mediation, urgent } from './common.js';

const FRAUD = law(
  'consumer',
  [55],
  '经营者有欺诈行为的，消费者可以要求增加赔偿购买商品价款或者服务费用的 3 倍；增加赔偿的金额不足 500 元的，为 500 元。',
  'If the seller committed fraud, you can claim extra compensation of three times the price paid; at least 500 yuan.',
);

const WAYS = law(
  'consumer',
  [39],
  '消费争议可以和经营者协商，请消费者协会或者依法成立的其他调解组织调解，向行政部门投诉，按仲裁协议申请仲裁，或者向法院起诉。',
  'Consumer disputes can be settled by negotiating with the seller, mediation by the consumers’ association or another lawful mediation body, a complaint to the authorities, arbitration if agreed, or a lawsuit.',
);

const SHOP_MEDIATION = mediation('商家在本地的，中心可以约商家一起协商退换、维修或赔偿。', 'If the business is local, the center can bring it to the table to agree on a return, repair or compensation.');

export const CONSUMER: readonly GuideNode[] = [
  {
    kind: 'question',
    id: 'consumer',
    title: bi('消费中遇到了什么问题？', 'What went wrong with your purchase?'),
    answers: [
      { label: bi('买到的东西有质量问题', 'Faulty goods'), hint: bi('家电、手机、食品、家具等', 'Appliances, phones, food, furniture'), next: 'consumer.goods' },
      { label: bi('服务不满意', 'Unsatisfactory service'), hint: bi('装修、美容美发、培训、维修等', 'Renovation, beauty salons, training, repairs'), next: 'consumer.services' },
      { label: bi('预付卡、会员卡退不了', 'Prepaid or membership card problems'), next: 'consumer.prepaid' },
      { label: bi('网上购物', 'Online shopping'), next: 'consumer.online' },
    ],
  },
  {
    kind: 'leaf',
    id: 'consumer.goods',
    category: 'consumer',
    serviceMode: 'online',
    title: bi('商品质量问题（三包）', 'Faulty goods and the “three guarantees”'),
    summary: bi(
      '商品有质量问题，可以按国家规定或者约定要求退货、换货、修理。没有规定和约定的，收到商品 7 日内可以退货；列入三包范围的商品，按三包规定处理。',
      'For faulty goods you can ask for a return, replacement or repair under national rules or what was agreed. Without such rules or terms you can return goods within 7 days of receiving them; goods covered by the “three guarantees” follow those rules.',
    ),
    law: [
      law('consumer', [24], '商品不符合质量要求的，可以依照国家规定、当事人约定退货，或者要求更换、修理；没有国家规定和约定的，可以自收到商品之日起 7 日内退货，7 日后符合法定解除合同条件的可以及时退货，不符合的可以要求更换、修理。', 'Goods not up to standard can be returned, replaced or repaired under national rules or the agreement; otherwise you can return them within 7 days of receipt, later if the legal conditions to cancel the contract are met, or else ask for replacement or repair.'),
      law('consumer', [23], '汽车、电脑、电视、冰箱、空调、洗衣机等耐用商品以及装修服务，自接受之日起 6 个月内发现瑕疵、发生争议的，由经营者承担举证责任。', 'For durable goods such as cars, computers, televisions, fridges, air conditioners and washing machines, and for renovation work, a defect found within 6 months is for the seller to disprove.'),
      law('three_guarantees', null, '列入三包范围的商品，一般售出 7 日内出现性能故障可以选择退货，15 日内可以选择换货；三包有效期内修理两次仍不能正常使用的，可以要求换货或者退货。汽车等另有专门规定。', 'For goods covered by the “three guarantees”, a performance fault within 7 days of sale generally allows a return, and within 15 days a replacement; if two repairs within the guarantee period fail, you can ask for a replacement or refund. Cars and some goods have their own rules.'),
      FRAUD,
      law('food_safety', [148], '买到不符合食品安全标准的食品，除赔偿损失外，还可以要求支付价款 10 倍或者损失 3 倍的赔偿金；增加赔偿的金额不足 1000 元的，为 1000 元。', 'For food that breaks safety standards you can claim, on top of your losses, ten times the price or three times the loss; at least 1,000 yuan.'),
    ],
    selfHelp: [
      bi('保留购物小票、发票、保修卡、包装和聊天记录；出故障的商品不要自己拆修。', 'Keep receipts, invoices, warranty cards, packaging and messages; do not open up or repair the item yourself.'),
      bi('拍照录像记录故障，必要时请售后或检测机构出具检测报告。', 'Photograph or film the fault; if needed get a report from after-sales or a testing body.'),
      bi('先找商家，明确提出退货、换货、修理或赔偿的要求。', 'Go back to the seller first and say clearly whether you want a return, replacement, repair or compensation.'),
    ],
    options: [CONSUMER_12315, SHOP_MEDIATION, litigation('金额不大的，法院可以适用小额诉讼程序，审理较快。', 'For small amounts the court can use the quicker small-claims procedure.')],
    bring: [
      bi('发票或购物凭证', 'Invoice or proof of purchase'),
      bi('保修卡、三包凭证', 'Warranty card or guarantee certificate'),
      bi('故障照片、视频，检测报告', 'Photos and videos of the fault, test reports'),
      bi('与商家沟通的记录', 'Messages exchanged with the seller'),
    ],
    urgent: urgent(bi('商品造成人身伤害（如起火、爆炸、食物中毒）：先就医或拨打 120、119，保存好商品和票据。', 'If a product injures someone (fire, explosion, food poisoning): get medical help or call 120 or 119 first, and keep the product and receipts.')),
    prefill: bi('购买的商品存在质量问题，与商家协商不成，希望调解。', 'Goods I bought are faulty and the seller will not put it right; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'consumer.services',
    category: 'consumer',
    serviceMode: 'online',
    title: bi('服务不满意（装修、美容、培训、维修等）', 'Services: renovation, beauty, training, repairs…'),
    summary: bi(
      '商家要按约定提供服务，不能虚假宣传。服务不符合约定的，可以要求重做、履行约定或者退钱；造成损失的，可以要求赔偿。',
      'A business must provide the service as agreed and may not advertise falsely. If the service falls short you can ask for it to be redone, performed as agreed or refunded, and for compensation for any loss.',
    ),
    law: [
      law('consumer', [16], '经营者应当依法履行义务；和消费者有约定的，应当按照约定履行，但约定不得违反法律。', 'Businesses must meet their legal obligations and keep their agreements with consumers, which may not break the law.'),
      law('consumer', [20], '经营者提供的商品或者服务信息应当真实、全面，不得作虚假或者引人误解的宣传。', 'Information about goods and services must be true and complete; false or misleading advertising is forbidden.'),
      law('consumer', [26], '经营者不得用格式条款、通知、声明、店堂告示等排除或者限制消费者权利、减轻或者免除自己的责任；这类内容无效。', 'Standard terms, notices or shop signs may not exclude consumers’ rights or the business’s own liability; such terms are void.'),
      FRAUD,
    ],
    selfHelp: [
      bi('找出合同、收据、宣传单或聊天记录里的承诺，对照实际服务。', 'Find the promises in the contract, receipts, leaflets or chats and compare them with what you got.'),
      bi('装修问题拍照录像，必要时请第三方检测；美容、医美造成身体伤害的，先就医。', 'Photograph renovation defects and get an independent inspection if needed; for injuries from beauty or cosmetic treatment, see a doctor first.'),
      bi('书面向商家提出整改或退款要求，写明期限。', 'Ask the business in writing to fix it or refund, with a deadline.'),
      bi('“最终解释权归本店所有”之类的条款不一定有效，不要被吓住。', 'Terms like “the shop has the final say” are not necessarily valid — do not be put off.'),
    ],
    options: [CONSUMER_12315, SHOP_MEDIATION, litigation()],
    bring: [
      bi('合同、收据、付款凭证', 'Contract, receipts, proof of payment'),
      bi('宣传材料', 'Advertising material'),
      bi('照片、视频、检测报告', 'Photos, videos, inspection reports'),
      bi('与商家沟通的记录', 'Messages exchanged with the business'),
    ],
    urgent: urgent(),
    prefill: bi('购买的服务不符合约定，与商家协商不成，希望调解。', 'A service I paid for was not as agreed and the business will not put it right; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'consumer.prepaid',
    category: 'consumer',
    serviceMode: 'online',
    title: bi('预付卡、会员卡', 'Prepaid and membership cards'),
    summary: bi(
      '办卡充值后，商家要按约定提供商品或服务；做不到的，应当按您的要求继续履行或者退回预付款，并承担利息和合理费用。商家关门跑路、很多人受损的，要尽快报警。',
      'Once you have paid in advance, the business must provide what it promised; if it cannot, it must either perform or refund your prepayment as you choose, with interest and reasonable costs. If the business vanishes and many people lose money, go to the police quickly.',
    ),
    law: [
      law('consumer', [53], '经营者以预收款方式提供商品或者服务的，应当按照约定提供；未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款，并承担预付款的利息和消费者必须支付的合理费用。', 'A business that takes payment in advance must deliver as agreed; if it does not, it must perform or refund as the consumer chooses, and pay interest on the prepayment and the consumer’s necessary reasonable costs.'),
      law('consumer', [26], '“卡内余额概不退还”“最终解释权归本店所有”等排除消费者权利的格式条款无效。', 'Standard terms such as “balances are non-refundable” or “the shop has the final say” that exclude consumers’ rights are void.'),
    ],
    selfHelp: [
      bi('保管好卡片、充值记录、付款凭证、消费记录和办卡时的宣传承诺。', 'Keep the card, top-up and payment records, your usage history and what was promised when you signed up.'),
      bi('发现商家停业装修、频繁换老板、猛催充值，尽快要求退卡或者把余额用掉。', 'If the business closes “for renovation”, keeps changing owners or pushes hard for top-ups, ask for a refund or use up the balance quickly.'),
      bi('联系其他办卡的顾客，互相留下联系方式。', 'Get in touch with other card holders and exchange contacts.'),
    ],
    options: [
      CONSUMER_12315,
      mediation('中心可以约商家协商退款方案。同一商家被多人投诉的，中心会预警，并和市场监管、公安等部门一起处理。', 'The center can bring the business to agree a refund plan. When many people complain about the same business, the center raises a warning and works with market regulation and the police.'),
      {
        kind: 'police',
        name: bi('商家卷款跑路：报警', 'The business has vanished with the money: call the police'),
        text: bi('商家收款后关门失联、涉嫌诈骗的，拨打 110 或到派出所报案。', 'If the business took the money and disappeared, possibly fraudulently, call 110 or report it at the police station.'),
      },
      litigation(),
    ],
    bring: [
      bi('会员卡、充值和付款凭证', 'The card, top-up and payment records'),
      bi('消费记录', 'Your usage history'),
      bi('宣传材料、办卡合同', 'Advertising and the membership contract'),
      bi('商家名称、地址', 'The business’s name and address'),
      bi('其他受损顾客的名单（如有）', 'A list of other affected customers (if any)'),
    ],
    urgent: urgent(bi('很多人一起维权时，不要聚集围堵、打砸，以免发生冲突、伤及自己。', 'When many people are affected, do not gather to besiege or smash the premises — it can turn violent and hurt you.')),
    prefill: bi('预付卡余额无法退还或商家不能按约定提供服务，希望调解。', 'I cannot get my prepaid balance back, or the business will not provide what it promised; I would like mediation.'),
  },
  {
    kind: 'leaf',
    id: 'consumer.online',
    category: 'consumer',
    serviceMode: 'online',
    title: bi('网上购物', 'Online shopping'),
    summary: bi(
      '网购商品一般享有“七日无理由退货”：收到商品 7 日内可以退货，不用说理由（定做的、鲜活易腐的、拆封的音像制品和软件等数字化商品、报纸期刊等除外）。商品有问题，可以找商家，也可以找平台。',
      'Goods bought online can usually be returned within 7 days of receipt without giving a reason (except made-to-order items, fresh and perishable goods, opened audio-visual and software products, and newspapers and magazines). If there is a problem, go to the seller or the platform.',
    ),
    law: [
      law('consumer', [25], '通过网络等方式购买商品的，有权自收到商品之日起 7 日内退货，且无需说明理由；退回的商品应当完好，经营者应当自收到退回商品之日起 7 日内退款；退货运费由消费者承担，另有约定的按约定。', 'For goods bought online you may return them within 7 days of receipt without a reason; they must be in good condition; the seller must refund within 7 days of getting them back; return postage is yours unless agreed otherwise.'),
      law('consumer', [44], '在网络交易平台购物权益受损的，可以向销售者要求赔偿；平台不能提供销售者真实名称、地址和有效联系方式的，可以向平台要求赔偿。', 'If you suffer loss buying on a platform, claim from the seller; if the platform cannot give the seller’s real name, address and contact details, you can claim from the platform.'),
      law('ecommerce', null, '电商平台应当建立便捷、有效的投诉举报机制；平台知道或者应当知道商家侵害消费者权益而没有采取必要措施的，依法与商家承担连带责任。', 'Platforms must run easy, effective complaint channels; a platform that knew or should have known a seller was harming consumers and did nothing is jointly liable.'),
    ],
    selfHelp: [
      bi('先在平台上申请退货退款或售后，保留订单号、商品页面截图和聊天记录。', 'First request a return, refund or after-sales service on the platform, and keep the order number, product-page screenshots and chats.'),
      bi('商家不处理的，申请平台客服介入。', 'If the seller does not respond, ask the platform’s customer service to step in.'),
      bi('退货的商品保持完好，注意 7 天从签收之日算起。', 'Keep returned goods in good condition; the 7 days run from the day you signed for the parcel.'),
      bi('不要点击“客服”发来的陌生链接，不要按对方要求转账“退款”“理赔”，谨防诈骗。', 'Do not click links from so-called “customer service” or transfer money for a “refund” or “claim” — it is a common scam.'),
    ],
    options: [
      {
        kind: 'other',
        name: bi('平台投诉', 'Complain on the platform'),
        text: bi('在购物平台上申请平台介入；平台应当处理投诉并保留交易记录。', 'Ask the platform to intervene; it must handle complaints and keep the transaction records.'),
      },
      CONSUMER_12315,
      SHOP_MEDIATION,
      litigation(),
    ],
    bring: [
      bi('订单截图、商品页面截图', 'Screenshots of the order and product page'),
      bi('与商家、平台客服的聊天记录', 'Chats with the seller and the platform'),
      bi('快递单、商品照片视频', 'Delivery slips, photos and videos of the goods'),
      bi('付款记录', 'Payment records'),
    ],
    urgent: urgent(bi('已经按“客服”要求转账、怀疑被骗：立即拨打 110 或反诈专线 96110。', 'If you transferred money at a so-called “customer service” request and suspect a scam: call 110 or the 96110 anti-fraud line at once.')),
    prefill: bi('网上购物发生纠纷，与商家、平台协商不成，希望调解。', 'I have a dispute over an online purchase that the seller and platform will not settle; I would like mediation.'),
  },
];
