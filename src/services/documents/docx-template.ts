import Docxtemplater from 'docxtemplater';
import { getTags } from 'docxtemplater/js/get-tags.js';
import PizZip from 'pizzip';
import { type DocumentKind, unknownPlaceholders } from '../../domain/documents/fields.js';

/** Why an uploaded template is refused, with the details to show its author. */
export type TemplateProblem = { reason: 'not_docx' } | { reason: 'syntax'; details: string[] } | { reason: 'unknown_placeholders'; details: string[] };

// errorLogging off: compile errors are answered to the uploader, not printed to the server's console
const OPTIONS = { paragraphLoop: true, linebreaks: true, errorLogging: false } as const;

function openZip(content: Buffer): PizZip | null {
  try {
    const zip = new PizZip(content);
    return zip.file('word/document.xml') ? zip : null;
  } catch {
    return null;
  }
}

const SYNTAX_ZH: Record<string, (tag: string) => string> = {
  unclosed_loop: (t) => `循环 {#${t}} 缺少结束标记 {/${t}}`,
  unopened_loop: (t) => `结束标记 {/${t}} 没有对应的开始标记 {#${t}}`,
  closing_tag_does_not_match_opening_tag: (t) => `结束标记 {/${t}} 与开始标记不对应`,
  unclosed_tag: (t) => `占位符 {${t} 缺少右花括号 }`,
  unopened_tag: (t) => `占位符 ${t}} 缺少左花括号 {`,
  duplicate_open_tag: (t) => `占位符 {${t} 中多了一个左花括号 {`,
  duplicate_close_tag: (t) => `占位符 ${t}} 中多了一个右花括号 }`,
};

/** docxtemplater's compile errors as lines a person can act on (in Chinese when known). */
function syntaxDetails(err: unknown): string[] {
  type Props = { id?: string; explanation?: string; xtag?: string };
  const e = err as { properties?: Props & { errors?: { properties?: Props }[] } };
  const list: (Props | undefined)[] = e.properties?.errors?.map((x) => x.properties) ?? [e.properties];
  const out = list.map((p) => (p?.id && SYNTAX_ZH[p.id] ? SYNTAX_ZH[p.id]!(p.xtag ?? '') : (p?.explanation ?? ''))).filter(Boolean);
  return out.length ? out : [String(err)];
}

function merge(into: Record<string, unknown>, from: Record<string, unknown>) {
  for (const [k, v] of Object.entries(from)) {
    const inner = (into[k] ??= {}) as Record<string, unknown>;
    if (v && typeof v === 'object') merge(inner, v as Record<string, unknown>);
  }
}

/** The tag tree of every templated part (body, headers, footers). */
function allTags(doc: Docxtemplater): Record<string, unknown> {
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed?: unknown[] }> }).compiled;
  const tags: Record<string, unknown> = {};
  for (const part of Object.values(compiled)) if (part.postparsed) merge(tags, getTags(part.postparsed));
  return tags;
}

/** Checks a template: a real .docx, placeholders that parse, and only those the kind knows. */
export function inspectTemplate(kind: DocumentKind, content: Buffer): TemplateProblem | null {
  const zip = openZip(content);
  if (!zip) return { reason: 'not_docx' };
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, OPTIONS);
  } catch (err) {
    return { reason: 'syntax', details: syntaxDetails(err) };
  }
  const unknown = unknownPlaceholders(kind, allTags(doc));
  return unknown.length ? { reason: 'unknown_placeholders', details: unknown } : null;
}

/** Fills a (validated) template; a missing value renders as nothing, never as "undefined". */
export function renderTemplate(content: Buffer, data: Record<string, unknown>): Buffer {
  const zip = openZip(content);
  if (!zip) throw new Error('stored template is not a .docx');
  const doc = new Docxtemplater(zip, { ...OPTIONS, nullGetter: () => '' });
  doc.render(data);
  return doc.toBuffer({ compression: 'DEFLATE' });
}
