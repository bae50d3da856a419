import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Agent } from '../../support/app.js';
import { type CaseJson, type CaseWorld, caseWorld, idNo, multipart, ok, register } from '../cases/helpers.js';
import { massWorld, propertyCase } from '../mass-dispute/helpers.js';

export const HEADER = ['序号', '姓名', '身份证号', '联系电话', '住址/房号', '诉求金额(元)', '是否代表'];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN = ['桂兰', '建国', '秀英', '志强', '玉梅', '海军', '丽娟', '国庆', '淑芬', '红霞', '振华', '春燕', '德明', '美玲', '永刚', '晓东', '凤英', '宝山', '翠花', '文斌'];

export interface Household {
  seq: string;
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  claim: string;
  representative: string;
}

/** The i-th household of 幸福家园公租房 (deterministic): a valid ID number, a mobile, a room, the rent owed. */
export function household(i: number): Household {
  const birth = `${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
  return {
    seq: String(i + 1),
    name: SURNAMES[i % SURNAMES.length]! + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!,
    idNumber: idNo(`150203${birth}${String(i).padStart(3, '0')}`),
    phone: `138${String(47200000 + i)}`,
    address: `幸福家园公租房${Math.floor(i / 60) + 1}栋${(Math.floor(i / 6) % 10) + 1}0${(i % 6) + 1}`,
    claim: (1800 + (i % 9) * 150 + (i % 3) * 0.5).toFixed(2),
    representative: i % 50 === 0 ? '是' : '否',
  };
}

export const households = (n: number, from = 0) => Array.from({ length: n }, (_, i) => household(from + i));
export const cells = (h: Household) => [h.seq, h.name, h.idNumber, h.phone, h.address, h.claim, h.representative];

/** An .xlsx as people make it: a header row, then rows (ID numbers as text). */
export async function xlsx(rows: (string | number | null)[][], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const csv = (rows: string[][], header = HEADER) => [header, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

let gbkTable: Map<string, number[]> | undefined;
/** GBK bytes of a text (Node has a GBK decoder but no encoder: the table is built by decoding every code). */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(Uint8Array.from([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const code = gbkTable.get(ch);
      if (!code) throw new Error(`not in GBK: ${ch}`);
      out.push(...code);
    }
  }
  return Buffer.from(out);
}

export function importFile(agent: Agent, caseId: string, filename: string, content: Buffer) {
  const { payload, headers } = multipart({}, { filename, content });
  return agent.request('POST', `/api/cases/${caseId}/households/import`, payload, headers);
}

/** A group case of two member cases, routed to the department and in handling by its mediator. */
export async function groupInHandling(w: CaseWorld): Promise<CaseJson> {
  const a = await register(w.dispatcher, propertyCase({ gridId: w.d.grid1.id, peopleCount: 3 }));
  const b = await register(w.dispatcher, propertyCase({ gridId: w.d.grid1.id, peopleCount: 2 }));
  const res = await w.dispatcher.post('/api/cases/groups', { caseIds: [a.id, b.id], title: '幸福家园公租房 租户欠缴租金纠纷（涉众）', reason: '同一公租房小区欠缴租金，统一化解' });
  expect(res.statusCode, res.body).toBe(201);
  const g = res.json() as CaseJson;
  await ok(w.dispatcher, g.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
  await ok(w.mediator, g.id, { action: 'accept' });
  return ok(w.mediator, g.id, { action: 'start' });
}

export { massWorld };

/** A case world with extra environment (e.g. the notify webhook). */
export const worldWith = (env: Record<string, string>) => caseWorld({ now: '2026-03-02T09:00:00+08:00', env });
