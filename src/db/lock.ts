import { mkdirSync } from 'node:fs';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(readonly dir: string) {
    super(`The data directory ${dir} is in use by another Concord process; stop it first or set CONCORD_DATA_DIR to another directory.`);
  }
}

/**
 * PGlite has no lock of its own: two processes on one data dir lose writes.
 * proper-lockfile takes an atomic mkdir lock and refreshes it; a crashed holder's
 * lock goes stale after `staleMs` and can then be taken over.
 */
export async function lockDataDir(dir: string, staleMs = 10_000): Promise<() => Promise<void>> {
  mkdirSync(dir, { recursive: true });
  try {
    return await lockfile.lock(dir, {
      lockfilePath: `${dir}.lock`,
      stale: staleMs,
      update: Math.floor(staleMs / 2),
      retries: 0,
      realpath: false,
      onCompromised: (err) => {
        // Another process took the dir over: keep writing would corrupt it.
        console.error(`Concord lost the lock on ${dir}: ${err.message}. Exiting.`);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dir);
    throw err;
  }
}
