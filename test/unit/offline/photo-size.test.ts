import { describe, expect, it } from 'vitest';
import { base64Bytes, dataUrlBase64, fitWithin, PHOTO_MAX_SIDE } from '../../../web/src/offline/photoSize.js';

describe('fitWithin', () => {
  it('scales the longest side down to 1280 px and keeps the aspect', () => {
    expect(PHOTO_MAX_SIDE).toBe(1280);
    expect(fitWithin(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(1280, 1280)).toEqual({ width: 1280, height: 1280 });
  });

  it('never enlarges a small photo, and never gives a zero side', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(20000, 10)).toEqual({ width: 1280, height: 1 });
  });

  it('refuses an image without a size', () => {
    expect(() => fitWithin(0, 100)).toThrow(RangeError);
    expect(() => fitWithin(Number.NaN, 100)).toThrow(RangeError);
  });
});

describe('base64Bytes', () => {
  it('counts the decoded bytes, padding included', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', '调解成功'.repeat(37)]) {
      const b64 = Buffer.from(text).toString('base64');
      expect(base64Bytes(b64)).toBe(Buffer.byteLength(text));
    }
  });

  it('takes the data out of a data URL', () => {
    expect(dataUrlBase64('data:image/jpeg;base64,/9j/4AAQ')).toBe('/9j/4AAQ');
    expect(dataUrlBase64('/9j/4AAQ')).toBe('/9j/4AAQ');
  });
});
