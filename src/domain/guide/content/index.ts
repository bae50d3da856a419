// The shipped guide: one opening question, then a branch for each of the six common
// dispute types (SPEC §3.11) and a way out for everything else.
import type { Guide } from '../types.js';
import { bi } from './common.js';
import { CONSUMER } from './consumer.js';
import { FAMILY } from './family.js';
import { LABOUR } from './labour.js';
import { NEIGHBOUR } from './neighbour.js';
import { OTHER } from './other.js';
import { PROPERTY } from './property.js';
import { TENANCY } from './tenancy.js';

export const GUIDE: Guide = {
  revision: '2026-11-29',
  rootId: 'start',
  nodes: [
    {
      kind: 'question',
      id: 'start',
      title: bi('您遇到的是哪方面的问题？', 'What is your problem about?'),
      hint: bi('选一项最接近的，后面还有一两个问题，大约一分钟。', 'Pick the closest; one or two more questions follow — about a minute.'),
      answers: [
        { label: bi('婚姻家庭', 'Marriage and family'), hint: bi('家暴、离婚、孩子抚养、老人赡养、彩礼', 'Violence at home, divorce, children, elderly parents, betrothal gifts'), next: 'family' },
        { label: bi('邻里之间', 'Neighbours'), hint: bi('噪音、漏水、墙体通道、宠物', 'Noise, leaks, walls and passages, pets'), next: 'neighbour' },
        { label: bi('小区物业', 'Property management'), hint: bi('物业费、服务、公共收益、停车', 'Fees, service, common-area income, parking'), next: 'property' },
        { label: bi('租房', 'Renting a home'), hint: bi('押金、房租、维修、退租、公租房', 'Deposits, rent, repairs, ending a lease, public housing'), next: 'tenancy' },
        { label: bi('工作和工资', 'Work and wages'), hint: bi('欠薪、辞退、工伤、社保', 'Unpaid wages, dismissal, injury, social insurance'), next: 'labour' },
        { label: bi('消费购物', 'Shopping and services'), hint: bi('商品质量、服务、预付卡、网购', 'Faulty goods, services, prepaid cards, online shopping'), next: 'consumer' },
        { label: bi('其他问题', 'Something else'), hint: bi('合同、借款、赔偿等', 'Contracts, loans, compensation…'), next: 'other.general' },
      ],
    },
    ...FAMILY,
    ...NEIGHBOUR,
    ...PROPERTY,
    ...TENANCY,
    ...LABOUR,
    ...CONSUMER,
    ...OTHER,
  ],
};
