import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';

export interface Job {
  name: string;
  /** How often the job is due. */
  everySeconds: number;
  run(now: Date): Promise<void>;
}

/**
 * Runs periodic jobs. Safe with several app instances on one PostgreSQL: a run is
 * claimed with an atomic lease update on `job_state`, so exactly one instance runs
 * a due job, and no connection is held while it works (PGlite has only one).
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly instance = randomUUID();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly jobs: Job[] = [],
  ) {}

  register(job: Job): void {
    this.jobs.push(job);
  }

  start(intervalSeconds: number): void {
    this.timer = setInterval(() => void this.tick(), intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runDue().finally(() => (this.running = undefined));
    await this.running;
  }

  /** Runs every job that is due as of the clock's now (all of them with `force`). Returns the names run. */
  async runDue(opts: { force?: boolean } = {}): Promise<string[]> {
    const ran: string[] = [];
    for (const job of this.jobs) {
      const now = this.clock.now();
      if (!(await this.claim(job, now, opts.force ?? false))) continue;
      try {
        await job.run(now);
        await this.finish(job.name, now, 'ok', null);
        ran.push(job.name);
      } catch (err) {
        this.log.error({ err, job: job.name }, 'job failed');
        await this.finish(job.name, now, 'error', (err as Error).message?.slice(0, 500) ?? 'error');
      }
    }
    return ran;
  }

  private async claim(job: Job, now: Date, force: boolean): Promise<boolean> {
    await this.db.insertInto('job_state').values({ name: job.name }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const dueBefore = new Date(now.getTime() - job.everySeconds * 1000);
    const leaseEnd = new Date(now.getTime() + 10 * 60_000);
    const r = await this.db
      .updateTable('job_state')
      .set({ lease_until: leaseEnd, lease_owner: this.instance })
      .where('name', '=', job.name)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      // Due when never run, run long enough ago, or "run in the future" (the dev clock was moved back).
      .$if(!force, (q) => q.where((eb) => eb.or([eb('last_run_at', 'is', null), eb('last_run_at', '<=', dueBefore), eb('last_run_at', '>', now)])))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  private async finish(name: string, now: Date, outcome: string, error: string | null) {
    await this.db
      .updateTable('job_state')
      .set({ last_run_at: now, last_outcome: outcome, last_error: error, lease_until: null, lease_owner: null })
      .where('name', '=', name)
      .where('lease_owner', '=', this.instance)
      .execute();
  }
}

