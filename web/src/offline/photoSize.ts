// Sizes for the photo a worker takes at a visit (pure; the canvas work is in ./photo.ts).

/** The longest side sent: enough to read a document on the photo, small enough to queue offline. */
export const PHOTO_MAX_SIDE = 1280;
/** The server's limit on the decoded photo. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** JPEG qualities tried in turn until the photo fits PHOTO_MAX_BYTES. */
export const JPEG_QUALITIES = [0.82, 0.7, 0.55, 0.4] as const;

/** The size to draw an image at so that neither side exceeds `max` (never enlarged, aspect kept). */
export function fitWithin(width: number, height: number, max = PHOTO_MAX_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('image without a size');
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Bytes of the data a base64 string decodes to. */
export function base64Bytes(base64: string): number {
  const clean = base64.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

/** The base64 part of a data URL ("data:image/jpeg;base64,…"). */
export function dataUrlBase64(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? dataUrl : dataUrl.slice(comma + 1);
}
