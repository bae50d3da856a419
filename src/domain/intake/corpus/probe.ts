import type { CorpusEntry } from './types.js';

/**
 * A fresh-text probe: accounts written after the classifier, the risk lexicon and their
 * settings were final, never used to train or tune anything. Not part of CORPUS. The
 * eval script reports on it beside the held-out split, because the risk lexicon was
 * written while reading the corpus: the held-out figure for risk is optimistic, and this
 * small probe is the more honest estimate of how the rules do on new wording.
 * Keep it out of training; add new probes rather than editing this one.
 */
export const FRESH_PROBE: readonly CorpusEntry[] = [
  { category: 'family', risk: 'high', text: '他老婆要跟他离婚，他就天天蹲在丈母娘家楼下，昨天还往楼上扔酒瓶子，说不让他见老婆孩子就跟他们全家拼到底。' },
  { category: 'labour', risk: 'high', text: '工头卷钱跑了以后，二十几个民工在工地的活动板房里不走，说要是下周还拿不到钱，就把工地的钢材全拉走卖了抵工钱。' },
  { category: 'neighbour', risk: 'high', text: '隔壁嫌我家的狗叫，往我家院子里扔了毒肉，狗死了，我老公气得拿着铁锨要去找他，被我死死拉住了。' },
  { category: 'medical', risk: 'high', text: '医院说孩子抢救无效，孩子他爸当场就把诊室的门踹烂了，他们家的亲戚还在陆陆续续往医院赶。' },
  { category: 'land', risk: 'high', text: '征收办的人来丈量土地，老王家的儿子拿着镰刀站在地头，谁上前就跟谁急。' },
  { category: 'tenancy', risk: 'high', text: '房东连续三天半夜带人来敲门，租客的小孩吓得不敢睡觉，租客说再来一次他就拿刀出来。' },
  { category: 'consumer', risk: 'high', text: '几十个老年人被一家“养生会所”骗了一百多万，老人们在会所门口哭成一片，有人说钱要不回来就死在这里。' },
  { category: 'contract', risk: 'high', text: '欠钱的那家人换了手机号搬了家，债主找到他们老家，把他家的大门给拆了，两家在村里对骂了一下午。' },
  { category: 'business', risk: 'high', text: '饭店老板跑路欠了供货的二十多万，供货商们把饭店的锅碗瓢盆全装车拉走了，跟饭店的服务员打成一片。' },
  { category: 'environment', risk: 'high', text: '养鸡场的臭味熏得全村人受不了，村里几十个人扛着锄头去了养鸡场，说今天不关门就把鸡舍推平。' },
  { category: 'other', risk: 'high', text: '小孩在学校被同学打坏了眼睛，家长带着七大姑八大姨堵在校长办公室，校长半天出不来。' },
  { category: 'damages', risk: 'high', text: '两辆车剐蹭了，一方下车就把对方司机拽出来打，围观的人越来越多，路都堵死了。' },
  { category: 'family', risk: 'low', text: '我跟老公商量着把我妈接过来住，他有点不情愿，想问问社区有没有人能帮着做做工作。' },
  { category: 'labour', risk: 'medium', text: '干了半年的保安，公司一直说下个月给交社保，到现在也没交，问了好几次都是推。' },
  { category: 'tenancy', risk: 'low', text: '合同到期不续租了，房东说押金要等他检查完房子再退，想问问一般多久能退。' },
  { category: 'consumer', risk: 'low', text: '在超市买的鸡蛋有好几个是坏的，拿着小票去换，超市说过了当天不换。' },
  { category: 'neighbour', risk: 'low', text: '楼下的小孩每天下午练小号，声音有点大，我们家老人午休总被吵醒。' },
  { category: 'environment', risk: 'medium', text: '小区旁边的工地晚上还在浇混凝土，噪音很大，打了几次环保热线都没人管。' },
  { category: 'property_management', risk: 'low', text: '物业通知下周停水一天检修管道，可是没说具体是哪天，想问问清楚。' },
  { category: 'other', risk: 'low', text: '我的身份证在办事大厅丢了，工作人员说没看见，想问问能不能调一下监控。' },
];
