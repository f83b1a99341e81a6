import type { SubgraphName } from '../config/load-config';
import type { Logger } from '../log/logger';
import type { RequestScope } from '../services/request-scope';

export interface JobContext {
  scope: RequestScope;
  /** URL of another subgraph's /graphql endpoint, when known. */
  peerUrl: (name: SubgraphName) => string | undefined;
  identitySecret: string;
}

/** Background work of a subgraph (e.g. automatic dispatch), run every `everyMs` while the server listens. */
export interface JobDefinition {
  name: string;
  everyMs: number;
  run(ctx: JobContext): Promise<unknown>;
}

/** Told of every finished job run: its name, how long it took in seconds, and whether it completed. */
export type JobObserver = (job: string, seconds: number, ok: boolean) => void;

/**
 * Runs each job on its own timer, never overlapping itself; failures are logged and retried next tick. Several
 * instances of a subgraph each run every job: a job claims its rows with `FOR UPDATE SKIP LOCKED` (or takes an
 * advisory lock) so two instances never apply the same change.
 */
export class JobRunner {
  private timers: NodeJS.Timeout[] = [];
  private running = new Set<string>();
  private stopped = false;
  /** Completed runs per job since start (shown in /health: an operator sees the jobs turn on every instance). */
  readonly runs: Record<string, number> = {};
  /** When each job last completed (ms since the epoch); the metrics show the time since. */
  readonly lastSuccess: Record<string, number> = {};
  /** Set by the metrics, when on. */
  observer: JobObserver | undefined;

  constructor(
    private readonly jobs: JobDefinition[],
    private readonly context: () => JobContext,
    private readonly log: Logger,
  ) {}

  /** Starts the timers; each job also runs once right away (a restarted instance catches up at once). */
  start(): void {
    this.stopped = false;
    for (const job of this.jobs) {
      const timer = setInterval(() => void this.runJob(job), job.everyMs);
      timer.unref();
      this.timers.push(timer, setTimeout(() => void this.runJob(job), 0).unref());
    }
  }

  /** Runs every job once now (tests, and right after start). */
  async runAll(): Promise<void> {
    for (const job of this.jobs) {
      await this.runJob(job);
    }
  }

  private async runJob(job: JobDefinition): Promise<void> {
    if (this.stopped || this.running.has(job.name)) {
      return;
    }
    this.running.add(job.name);
    const started = performance.now();
    let ok = false;
    try {
      await job.run(this.context());
      this.runs[job.name] = (this.runs[job.name] ?? 0) + 1;
      this.lastSuccess[job.name] = Date.now();
      ok = true;
    } catch (err) {
      this.log.warn({ err, job: job.name }, 'background job failed');
    } finally {
      this.observer?.(job.name, (performance.now() - started) / 1000, ok);
      this.running.delete(job.name);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    this.timers = [];
    while (this.running.size > 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
