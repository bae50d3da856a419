/** Attachment kinds a case file holds. */
export const ATTACHMENT_KINDS = ['evidence', 'agreement', 'minutes', 'id_copy', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ext = (name: string) => name.toLowerCase().split('.').pop() ?? '';

/**
 * The content type of an upload judged by its first bytes (never by what the
 * browser claims), or null when it is not one the center accepts: documents,
 * images, audio recordings of sessions, plain text.
 */
export function sniffContentType(head: Uint8Array, filename: string): string | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const e = ext(filename);
    if (e === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (e === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null; // other zip containers may carry anything
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    const e = ext(filename);
    if (e === 'doc') return 'application/msword';
    if (e === 'xls') return 'application/vnd.ms-excel';
    return null;
  }
  if (startsWith(head, [0x49, 0x44, 0x33]) || startsWith(head, [0xff, 0xfb])) return 'audio/mpeg';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x41, 0x56, 0x45], 8)) return 'audio/wav';
  if (startsWith(head, [0x66, 0x74, 0x79, 0x70], 4) && ['m4a', 'mp4'].includes(ext(filename))) return ext(filename) === 'm4a' ? 'audio/mp4' : 'video/mp4';
  if (ext(filename) === 'txt' && !head.includes(0)) {
    try {
      // A 4 KB head may end inside a multi-byte character: decode it as a stream, which keeps an
      // incomplete tail pending instead of failing (invalid bytes anywhere else still fail).
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length >= 4096 });
      return 'text/plain; charset=utf-8';
    } catch {
      return null;
    }
  }
  return null;
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = base.replace(/[\u0000-\u001f"<>|:*?]/g, '_').trim();
  return (cleaned || 'file').slice(0, 120);
}
