import { describe, expect, it } from 'vitest';
import { stepsToTake } from '../../../src/domain/followup/escalation.js';
import { decodePhoto, PHOTO_MAX_BYTES, sniffPhotoType } from '../../../src/domain/followup/photo.js';

describe('escalation steps to take', () => {
  it('each step once, missed steps in order', () => {
    expect(stepsToTake(0, 0)).toEqual([]);
    expect(stepsToTake(0, 1)).toEqual([1]);
    expect(stepsToTake(1, 1)).toEqual([]);
    expect(stepsToTake(1, 3)).toEqual([2, 3]);
    expect(stepsToTake(0, 3)).toEqual([1, 2, 3]);
    expect(stepsToTake(3, 3)).toEqual([]);
  });
});

describe('visit photos', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

  it('the type is judged from the bytes', () => {
    expect(sniffPhotoType(png)).toBe('image/png');
    expect(sniffPhotoType(jpeg)).toBe('image/jpeg');
    expect(sniffPhotoType(webp)).toBe('image/webp');
    expect(sniffPhotoType(Buffer.from('%PDF-1.4'))).toBeNull();
    expect(sniffPhotoType(Buffer.from('RIFF....WAVE'))).toBeNull();
    expect(sniffPhotoType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });

  it('decodes base64 (a data: prefix too) and refuses what cannot be kept', () => {
    expect(decodePhoto(png.toString('base64'))).toMatchObject({ type: 'image/png' });
    expect(decodePhoto(`data:image/png;base64,${png.toString('base64')}`)).toMatchObject({ type: 'image/png' });
    expect(decodePhoto('not base64 at all!')).toEqual({ problem: 'not_base64' });
    expect(decodePhoto('')).toEqual({ problem: 'empty' });
    expect(decodePhoto(Buffer.from('hello world').toString('base64'))).toEqual({ problem: 'not_an_image' });
    const atLimit = Buffer.alloc(PHOTO_MAX_BYTES);
    png.copy(atLimit);
    expect(decodePhoto(atLimit.toString('base64'))).toMatchObject({ type: 'image/png' });
    const over = Buffer.alloc(PHOTO_MAX_BYTES + 1);
    png.copy(over);
    expect(decodePhoto(over.toString('base64'))).toEqual({ problem: 'too_large' });
  });
});
