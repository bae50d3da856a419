import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes).
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** A hash of nothing, verified when the username is unknown so that timing reveals nothing. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hashPassword('decoy-password-never-valid');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Minimum strength for staff passwords: 10+ characters with letters and digits. */
export function weakPasswordReason(password: string): 'too_short' | 'needs_mix' | null {
  if (password.length < 10) return 'too_short';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'needs_mix';
  return null;
}
