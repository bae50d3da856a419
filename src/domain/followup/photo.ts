/**
 * The photo of a follow-up visit: a picture taken on the phone, judged by its bytes
 * (never by what the device claims) and kept small enough for a mobile upload.
 */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Decoded size limit (the request carries it as base64, a third larger). */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

const at = (b: Uint8Array, sig: number[], offset = 0) => b.length >= offset + sig.length && sig.every((v, i) => b[offset + i] === v);

/** The image type of `bytes`, or null when they are not a JPEG, PNG or WebP picture. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (at(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (at(bytes, [0x52, 0x49, 0x46, 0x46]) && at(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export type PhotoProblem = 'not_base64' | 'empty' | 'too_large' | 'not_an_image';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes a base64 photo (a `data:` prefix is tolerated) and checks it; the problem when it cannot be kept. */
export function decodePhoto(base64: string): { bytes: Buffer; type: PhotoType } | { problem: PhotoProblem } {
  const body = base64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!BASE64.test(body) || body.length % 4 === 1) return { problem: 'not_base64' };
  // Cheap size check before decoding: 4 base64 characters carry 3 bytes.
  if (Math.floor((body.length * 3) / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0) > PHOTO_MAX_BYTES) return { problem: 'too_large' };
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length === 0) return { problem: 'empty' };
  if (bytes.length > PHOTO_MAX_BYTES) return { problem: 'too_large' };
  const type = sniffPhotoType(bytes);
  if (!type) return { problem: 'not_an_image' };
  return { bytes, type };
}
