import { statusLabel } from '../../i18n/messages.js';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CHANNEL_LABELS } from '../../domain/case/taxonomy.js';
import type { CaseView } from './case-view.js';

const FONT = 'SimSun';
const EVENT = {
  registered: '登记', routed: '分流', accepted: '受理', returned: '退回', started: '开始处置', paused: '暂停计时', resumed: '恢复计时', resolved: '办结（化解）',
  referred: '转办', withdrawn: '撤回', feedback: '回访反馈', archived: '归档', reopened: '重新处置', escalated: '超期督办', attachment_added: '上传附件',
  routing_unmatched: '自动分流未命中',
  document_generated: '生成文书',
  agreement_drafted: '起草调解协议', agreement_submitted: '提交协议签署', agreement_party_signed: '当事人签字', agreement_signed: '调解协议签署生效', agreement_refused: '当事人拒签',
  agreement_voided: '调解协议作废', agreement_term_fulfilled: '协议条款履行', agreement_term_unfulfilled: '撤销条款履行记录', jc_applied: '申请司法确认', jc_accepted: '法院受理司法确认', jc_ruled: '法院作出司法确认裁定',
  jc_reminded: '司法确认期限提醒', referral_receipt: '登记转办回执',
  session_scheduled: '安排调解', session_rescheduled: '调解改期', session_cancelled: '取消调解', session_held: '举行调解',
  mass_warning: '涉众预警', gathered: '合并为涉众案件', ungathered: '移出涉众案件', group_formed: '组成涉众案件', group_member_added: '并入成员案件', group_member_removed: '移出成员案件',
  households_imported: '导入涉众户', households_progress: '登记涉众户进度', households_agreement_applied: '统一协议金额', households_notified: '批量通知涉众户',
} as Record<string, string>;
const ROLE = { applicant: '申请人', respondent: '被申请人', third_party: '第三人' } as Record<string, string>;
const OUTCOME = { agreement: '达成书面调解协议', oral_agreement: '达成口头协议', other: '其他' } as Record<string, string>;
const SATISFACTION = { satisfied: '满意', neutral: '基本满意', dissatisfied: '不满意' } as Record<string, string>;
const DESTINATION = { litigation: '诉讼', arbitration: '仲裁', department: '行政部门' } as Record<string, string>;

/** Beijing time, as the dossier is read in China. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(iso));
  const v = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${v('year')}年${v('month')}月${v('day')}日 ${v('hour')}:${v('minute')}`;
}

export function formatYuan(fen: number | null): string {
  if (fen === null) return '—';
  return `${Math.floor(fen / 100).toLocaleString('zh-CN')}.${String(fen % 100).padStart(2, '0')} 元`;
}

const text = (s: string, bold = false) => new TextRun({ text: s, font: FONT, bold, size: 22 });
const para = (s: string, bold = false) => new Paragraph({ children: [text(s, bold)], spacing: { after: 80 } });
const heading = (s: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: s, font: FONT, bold: true, size: 26 })], spacing: { before: 240, after: 120 } });
const cell = (s: string, bold = false) => new TableCell({ children: [para(s, bold)] });
const table = (rows: string[][], header = true) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => new TableRow({ children: r.map((c) => cell(c, header && i === 0)) })) });

/** The whole dossier of a case as one Word document (卷宗). Personal identifiers stay masked. */
export async function renderDossier(c: CaseView, centerName: string): Promise<Buffer> {
  const doc = new Document({
    creator: 'Concord',
    title: `${c.code} 卷宗`,
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '矛盾纠纷调处卷宗', font: FONT, bold: true, size: 36 })], spacing: { after: 120 } }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`${centerName}　案件编号：${c.code}`)], spacing: { after: 240 } }),
          heading('一、基本情况'),
          table(
            [
              ['案件名称', c.title],
              ['纠纷类别', c.categoryName],
              ['登记渠道', CHANNEL_LABELS[c.channel as keyof typeof CHANNEL_LABELS]?.['zh-CN'] ?? c.channel],
              ['登记时间', formatTime(c.registeredAt)],
              ['所属网格', [c.streetName, c.communityName, c.gridName].filter(Boolean).join(' / ') || '—'],
              ['涉及金额', formatYuan(c.amountFen)],
              ['涉及人数', String(c.peopleCount)],
              ['当前状态', statusLabel(c.status)],
              ['承办单位', c.handlingUnitName ?? '—'],
              ['承办人', c.assigneeName ?? '—'],
            ],
            false,
          ),
          heading('二、当事人'),
          table([['身份', '姓名/名称', '证件号码', '联系电话'], ...c.parties.map((p) => [ROLE[p.role] ?? p.role, p.name, p.idNumber ?? p.uscc ?? '—', p.phone ?? '—'])]),
          heading('三、纠纷事由'),
          para(c.description),
          heading('四、办理过程'),
          table([['时间', '环节', '办理人', '说明'], ...c.timeline.map((e) => [formatTime(e.at), EVENT[e.type] ?? e.type, e.actorName ?? '—', e.reason ?? ''])]),
          heading('五、办理结果'),
          para(
            c.outcome
              ? `化解结果：${OUTCOME[c.outcome] ?? c.outcome}。${c.outcomeNote ?? ''}`
              : c.referral
                ? `转办去向：${DESTINATION[c.referral.destination] ?? c.referral.destination}${c.referral.unitName ? `（${c.referral.unitName}）` : ''}。${c.referral.note ?? ''}${c.referral.receiptNo ? `回执编号：${c.referral.receiptNo}，接收时间：${formatTime(c.referral.receivedAt)}。` : ''}`
                : c.status === 'withdrawn'
                  ? '当事人撤回申请。'
                  : '尚未办结。',
          ),
          para(`办结时间：${formatTime(c.concludedAt)}`),
          heading('六、回访反馈'),
          para(c.satisfaction ? `当事人评价：${SATISFACTION[c.satisfaction] ?? c.satisfaction}` : '尚无回访反馈。'),
          heading('七、附件目录'),
          c.attachments.length ? table([['序号', '文件名', '大小', 'SHA-256'], ...c.attachments.map((a, i) => [String(i + 1), a.filename, `${Math.ceil(a.size / 1024)} KB`, a.sha256.slice(0, 16)])]) : para('无附件。'),
          ...(c.annotations.length ? [heading('八、批注'), ...c.annotations.map((a) => para(`${formatTime(a.at)} ${a.authorName ?? ''}：${a.text}`))] : []),
          new Paragraph({ children: [text(`归档时间：${formatTime(c.archivedAt)}`)], spacing: { before: 360 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
