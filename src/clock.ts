/** The application clock. Everything that depends on time receives one; nothing calls Date.now() directly. */
export interface Clock {
  now(): Date;
}

/** Real time, optionally shifted: outside production an admin can move it (POST /api/dev/clock). */
export class AppClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly source: () => number = () => Date.now()) {}
  now(): Date {
    return new Date(this.source() + this.offsetMs);
  }
  /** From now on the clock reads `target`, and keeps running from there. */
  set(target: Date): void {
    this.offsetMs = target.getTime() - this.source();
  }
  reset(): void {
    this.offsetMs = 0;
  }
  get shifted(): boolean {
    return this.offsetMs !== 0;
  }
}

/** A clock for tests: stands still until moved. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(target: Date): void {
    this.current = new Date(target);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
