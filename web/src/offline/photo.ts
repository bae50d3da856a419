// Downscale a camera photo on the device before it is sent or queued: a phone photo is
// 3–8 MB, its 1280 px JPEG 150–400 KB, which keeps the offline queue small.
import { base64Bytes, dataUrlBase64, fitWithin, JPEG_QUALITIES, PHOTO_MAX_BYTES } from './photoSize';

export interface Photo {
  contentType: 'image/jpeg';
  base64: string;
  width: number;
  height: number;
  bytes: number;
}

/** Decode with the camera's orientation applied (a portrait photo stays upright). */
async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') {
    try {
      return await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      // fall back to an <img> (older WebViews)
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export class PhotoError extends Error {}

export async function downscalePhoto(file: Blob): Promise<Photo> {
  let source: ImageBitmap | HTMLImageElement;
  try {
    source = await decode(file);
  } catch {
    throw new PhotoError('unreadable');
  }
  const naturalWidth = 'naturalWidth' in source ? source.naturalWidth : source.width;
  const naturalHeight = 'naturalHeight' in source ? source.naturalHeight : source.height;
  const { width, height } = fitWithin(naturalWidth, naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PhotoError('no canvas');
  ctx.fillStyle = '#fff'; // a transparent PNG becomes white, not black, as JPEG
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(source, 0, 0, width, height);
  if ('close' in source) source.close();
  for (const quality of JPEG_QUALITIES) {
    const base64 = dataUrlBase64(canvas.toDataURL('image/jpeg', quality));
    const bytes = base64Bytes(base64);
    if (bytes <= PHOTO_MAX_BYTES) return { contentType: 'image/jpeg', base64, width, height, bytes };
  }
  throw new PhotoError('too large');
}
