import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentKind } from '../../domain/documents/fields.js';

/**
 * The shipped templates (version 1 of each kind), built in code in the usual layout of
 * the forms of people's mediation. Each `{placeholder}` sits in one run so that Word
 * and WPS keep it intact when an admin edits the downloaded file; a paragraph holding
 * only `{#loop}` or `{/loop}` disappears when rendered, a table row with `{#loop}` in its
 * first cell and `{/loop}` in its last is repeated per item.
 */

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const run = (text: string, o: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, bold: o.bold, size: o.size ?? 24 });
const p = (text: string, o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; size?: number } = {}) =>
  new Paragraph({ alignment: o.align, indent: o.indent ? { firstLine: 480 } : undefined, spacing: { after: 80, line: 360 }, children: [run(text, o)] });
const title = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(text, { bold: true, size: 40 })] });
const number = () => p('编号：{docNumber}', { align: AlignmentType.RIGHT });
const heading = (text: string) => p(text, { bold: true });
const blank = () => p('');
/** A paragraph per item: the loop tags on their own lines vanish when rendered. */
const loop = (name: string, body: string, indent = true) => [p(`{#${name}}`), p(body, { indent }), p(`{/${name}}`)];

const cell = (text: string, o: { bold?: boolean; width?: number } = {}) =>
  new TableCell({ width: o.width ? { size: o.width, type: WidthType.PERCENTAGE } : undefined, children: [p(text, { bold: o.bold, size: 21 })] });
const grid = (rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });

const PARTY_COLUMNS = ['姓名', '性别', '民族', '出生日期', '身份证号', '住址', '联系电话'];
/** Header row and one repeated row of parties (姓名/性别/民族/出生日期/身份证号/住址/联系电话). */
function partyTable(loopName: string) {
  const fields = ['name', 'gender', 'ethnicity', 'birthDate', 'idNumber', 'address', 'phone'];
  const values = fields.map((f, i) => `${i === 0 ? `{#${loopName}}` : ''}{${f}}${i === fields.length - 1 ? `{/${loopName}}` : ''}`);
  return grid([new TableRow({ tableHeader: true, children: PARTY_COLUMNS.map((h) => cell(h, { bold: true })) }), new TableRow({ children: values.map((v) => cell(v)) })]);
}

/** Label / blank rows of a form to fill in by hand. */
function formTable(rows: [string, string][]) {
  return grid(rows.map(([label, value]) => new TableRow({ height: { value: 600, rule: 'atLeast' }, children: [cell(label, { bold: true, width: 24 }), cell(value, { width: 76 })] })));
}

const signatureLines = (who: string) => [blank(), p(`${who}（签名）：`), blank()];

function application() {
  return [
    title('人民调解申请书'),
    number(),
    heading('申请人'),
    partyTable('applicants'),
    blank(),
    heading('被申请人'),
    partyTable('respondents'),
    blank(),
    heading('纠纷简要情况：'),
    p('{description}', { indent: true }),
    heading('当事人申请事项：'),
    p('{claims}', { indent: true }),
    p('申请人自愿申请人民调解，保证所陈述的事实真实，并知悉人民调解不收取任何费用；当事人可以选择或者接受人民调解员，接受调解、拒绝调解或者要求终止调解，自主表达意愿、自愿达成调解协议。', { indent: true }),
    blank(),
    p('此致'),
    p('{committeeName}'),
    ...signatureLines('申请人'),
    p('{today}', { align: AlignmentType.RIGHT }),
  ];
}

function minutes() {
  return [
    title('调解笔录'),
    number(),
    p('时间：{sessionTime}'),
    p('地点：{sessionPlace}'),
    p('调解方式：{sessionMode}'),
    p('案由：{category}（{caseTitle}，案件编号{caseCode}）'),
    p('人民调解员：{mediatorName}　　调解人员：{staffNames}　　记录人：{recorderName}'),
    heading('当事人：'),
    ...loop('parties', '{line}'),
    heading('参加人员：'),
    ...loop('participants', '{name}（{role}，{attendance}）'),
    p('人民调解员：我们是{committeeName}的人民调解员，今天依法对你们之间的纠纷进行调解。根据《中华人民共和国人民调解法》的规定，当事人在人民调解活动中享有选择或者接受人民调解员，接受调解、拒绝调解或者要求终止调解，要求调解公开进行或者不公开进行，自主表达意愿、自愿达成调解协议的权利；同时应当如实陈述纠纷事实，遵守调解现场秩序，尊重人民调解员，尊重对方当事人行使权利。你们听清楚了吗？', { indent: true }),
    heading('调解过程：'),
    ...loop('minutesLines', '{text}'),
    p('调解结果：{outcome}'),
    p('以上笔录已交当事人阅读（或向当事人宣读），当事人确认无误。', { indent: true }),
    ...signatureLines('当事人'),
    p('人民调解员（签名）：　　　　　　　　记录人（签名）：'),
    blank(),
    p('{sessionDate}', { align: AlignmentType.RIGHT }),
  ];
}

function agreement() {
  return [
    title('人民调解协议书'),
    number(),
    ...loop('parties', '{line}'),
    heading('纠纷主要事实、争议事项：'),
    p('{agreementSummary}', { indent: true }),
    heading('经{committeeName}主持调解，当事人自愿达成如下协议：'),
    ...loop('terms', '{no}、{text}'),
    p('协议金额合计：{totalAmount}（{totalAmountCapital}）。', { indent: true }),
    heading('履行方式、时限：'),
    p('{performance}', { indent: true }),
    p('本协议一式{copiesCapital}份，当事人、人民调解委员会各持一份。本协议自各方当事人签名（盖章）、人民调解员签名并加盖人民调解委员会印章之日起生效。当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。', { indent: true }),
    blank(),
    p('当事人（签名）：'),
    ...loop('signatures', '{name}：＿＿＿＿＿＿（{status}）', false),
    p('人民调解员（签名）：{mediatorName}'),
    blank(),
    p('{committeeName}（印）', { align: AlignmentType.RIGHT }),
    p('{concludedDate}', { align: AlignmentType.RIGHT }),
  ];
}

function followUpRecord() {
  return [
    title('回访记录'),
    number(),
    formTable([
      ['案件编号', '{caseCode}'],
      ['案件名称', '{caseTitle}'],
      ['纠纷类别', '{category}'],
      ['申请人', '{applicantNames}'],
      ['被申请人', '{respondentNames}'],
      ['风险等级', '{riskLevel}'],
      ['承办人', '{mediatorName}（{handlingUnitName}）'],
      ['化解日期', '{resolvedDate}'],
    ]),
    blank(),
    heading('协议约定的义务：'),
    p('{#hasObligations}'),
    ...loop('terms', '{no}、{text}（当前：{fulfilled}）'),
    p('{/hasObligations}'),
    p('{^hasObligations}本案无书面协议约定的履行义务。{/hasObligations}', { indent: true }),
    blank(),
    formTable([
      ['回访时间', '　　　　年　　月　　日　　时'],
      ['回访方式', '□电话　□上门　□线上　□其他'],
      ['回访对象', ''],
      ['协议履行情况', '□已全部履行　□部分履行　□未履行'],
      ['当事人意见及满意度', '□满意　□基本满意　□不满意'],
      ['矛盾是否反复', '□否　□是（说明：　　　　　　　　　）'],
      ['需要说明的情况', ''],
    ]),
    blank(),
    p('回访人（签名）：　　　　　　　　被回访人（签名）：'),
    p('　　　　年　　月　　日', { align: AlignmentType.RIGHT }),
  ];
}

function judicialConfirmation() {
  return [
    title('司法确认申请书'),
    ...loop('parties', '{line}'),
    heading('申请事项：'),
    p('{claims}', { indent: true }),
    heading('事实与理由：'),
    p('{facts}', { indent: true }),
    p('协议金额合计：{totalAmount}（{totalAmountCapital}）。', { indent: true }),
    heading('申请人承诺：'),
    p('一、出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；', { indent: true }),
    p('二、如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任；', { indent: true }),
    p('三、提交的调解协议、身份证明及相关证明材料真实、合法，送达地址和联系方式真实有效。', { indent: true }),
    p('附：人民调解协议书一份；当事人身份证明；与调解协议相关的财产权利证明等材料。'),
    blank(),
    p('此致'),
    p('{courtName}'),
    blank(),
    p('申请人（签名）：'),
    ...loop('signatures', '{name}：＿＿＿＿＿＿', false),
    p('{appliedDate}', { align: AlignmentType.RIGHT }),
  ];
}

const BUILDERS: Record<DocumentKind, () => (Paragraph | Table)[]> = {
  application,
  minutes,
  agreement,
  follow_up_record: followUpRecord,
  judicial_confirmation_application: judicialConfirmation,
};

/** The shipped template of a kind as a .docx file. */
export async function buildShippedTemplate(kind: DocumentKind): Promise<Buffer> {
  const doc = new Document({
    creator: 'Concord',
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1584, right: 1584 } } }, children: BUILDERS[kind]() }],
  });
  return Packer.toBuffer(doc);
}
