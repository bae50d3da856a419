import { Document, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { inspectTemplate, renderTemplate } from '../../../src/services/documents/docx-template.js';

const text = (b: Buffer) => new PizZip(b).file('word/document.xml')!.asText().replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');

describe('docx templates', () => {
  it('reads a placeholder Word split over runs with different formatting', async () => {
    const content = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('编号：{case'), new TextRun({ text: 'Co', bold: true }), new TextRun('de}，金额{missing}。')] })] }] }),
    );
    expect(inspectTemplate('application', content)).toMatchObject({ reason: 'unknown_placeholders', details: ['missing'] });
    expect(text(renderTemplate(content, { caseCode: 'KF-2026-000001' }))).toContain('编号：KF-2026-000001，金额。');
  });

  it('refuses what is not a Word document', () => {
    expect(inspectTemplate('application', Buffer.from('not a zip'))).toEqual({ reason: 'not_docx' });
  });

  it('repeats loop paragraphs and drops the marks', async () => {
    const content = await Packer.toBuffer(new Document({ sections: [{ children: ['{#terms}', '{no}、{text}', '{/terms}', '完'].map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));
    expect(inspectTemplate('agreement', content)).toBeNull();
    expect(text(renderTemplate(content, { terms: [{ no: '一', text: '甲' }, { no: '二', text: '乙' }] }))).toBe('一、甲\n二、乙\n完\n');
  });
});
