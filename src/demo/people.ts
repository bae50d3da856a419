import { idNumberCheckChar } from '../domain/identity.js';
import { DISTRICT_CODE } from './district.js';
import type { Gender } from './names.js';
import type { Rng } from './random.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

const MOBILE = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159', '180', '186', '187', '188', '189'] as const;

/** A generated mobile number (valid prefixes; not checked for uniqueness). */
export const demoMobile = (rng: Rng) => rng.pick(MOBILE) + pad(rng.int(0, 99_999_999), 8);

/** A resident ID number of the district with a valid check character: born `age` years before `year`. */
export function demoIdNumber(rng: Rng, year: number, age: number, gender: Gender): string {
  const first17 = `${DISTRICT_CODE}${year - age}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}${pad(rng.int(0, 99), 2)}${gender === 'M' ? rng.int(0, 4) * 2 + 1 : rng.int(0, 4) * 2}`;
  return first17 + idNumberCheckChar(first17);
}
