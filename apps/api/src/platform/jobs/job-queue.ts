import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
// Types only: pg-boss is ESM-only, so it is loaded with import() at start (CommonJS API on Node 24).
import type { PgBoss } from 'pg-boss' with { 'resolution-mode': 'import' };
import { LoggerToken } from '../config.provider';
import type { JobTiming } from '../config';

export const JobsOptionsToken = Symbol('JobsOptions');
export type JobsOptions = { databaseUrl: string; enabled: boolean } & JobTiming;

/** How long a job may run while its worker is alive, unless its definition says otherwise. */
export const DEFAULT_JOB_EXPIRY_SECONDS = 600;

/** The postgres schema pg-boss creates and migrates itself (ADR 0008). */
export const JOBS_SCHEMA = 'pgboss';

export type JobDefinition = {
  /** Queue name, e.g. `pulse.tick`. */
  name: string;
  /** Cron expression (UTC) when the job recurs; pg-boss creates one job per slot across all replicas. */
  cron?: string;
  handler: (data: Record<string, unknown>) => Promise<void>;
  /**
   * How long one run may take while its worker is alive (default 600 s); past it the run is failed and
   * retried. A dead worker is noticed sooner, by its missing heartbeat, whatever this says.
   */
  expireInSeconds?: number;
};

/**
 * The PostgreSQL-backed job queue (SPEC §8): pg-boss in its own schema. Modules register their jobs
 * in `onModuleInit`; the queue starts when the application has bootstrapped and stops, letting
 * running handlers finish, before Nest closes the database connections.
 *
 * pg-boss hands each job to one worker (SELECT … FOR UPDATE SKIP LOCKED) and a schedule creates one
 * job per cron slot however many replicas run; queues use the `singleton` policy so at most one job
 * of a kind is active at a time. Handlers are still written to be idempotent on their own
 * (unique constraints, row locks), because a job can run again after a crash or an expiry.
 *
 * Every queue has a heartbeat: the worker running a job refreshes it every `heartbeatSeconds / 2`,
 * and the supervisor of any replica fails (and so retries) a job whose heartbeat is older than
 * `heartbeatSeconds`. A replica killed mid-job thus holds its singleton queue for about
 * `heartbeatSeconds + superviseSeconds`, not for the whole expiry.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private boss: PgBoss | null = null;
  private readonly jobs = new Map<string, JobDefinition>();

  constructor(
    @Inject(JobsOptionsToken) private readonly options: JobsOptions,
    @Inject(LoggerToken) private readonly log: Logger,
  ) {}

  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
    this.jobs.set(job.name, job);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  /** The registered jobs (names and crons), for health pages and tests. */
  definitions(): Array<Pick<JobDefinition, 'name' | 'cron'>> {
    return [...this.jobs.values()].map(({ name, cron }) => ({ name, cron }));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) {
      this.log.info('job queue disabled (JOBS=off): no scheduled work runs in this process');
      return;
    }
    const { PgBoss } = await import('pg-boss');
    const { heartbeatSeconds, superviseSeconds } = this.options;
    const boss = new PgBoss({
      connectionString: this.options.databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: 'pulse-jobs',
      max: 4,
      // The supervisor pass (expiry, lost heartbeats) runs this often on every replica; one claims it.
      superviseIntervalSeconds: superviseSeconds,
      monitorIntervalSeconds: superviseSeconds,
    });
    boss.on('error', (err) => this.log.error({ err }, 'job queue error'));
    await boss.start();
    for (const job of this.jobs.values()) {
      const settings = { retryLimit: 2, expireInSeconds: job.expireInSeconds ?? DEFAULT_JOB_EXPIRY_SECONDS, heartbeatSeconds };
      await boss.createQueue(job.name, { policy: 'singleton', ...settings });
      // createQueue leaves an existing queue as it was: a database made by an older release (no
      // heartbeat) gets the settings of this one.
      await boss.updateQueue(job.name, settings);
      if (job.cron) await boss.schedule(job.name, job.cron);
      await boss.work(job.name, { batchSize: 1 }, async (batch) => {
        for (const j of batch) await this.run(job, (j.data ?? {}) as Record<string, unknown>);
      });
    }
    this.boss = boss;
    this.log.info({ jobs: [...this.jobs.keys()] }, 'job queue started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: stop fetching, wait (up to the timeout) for running handlers, then close the pool.
    if (boss) await boss.stop({ graceful: true, timeout: 15_000 });
  }

  /** Queues one run of a job now (e.g. after HR activates a program). No-op when jobs are off. */
  async send(name: string, data: Record<string, unknown> = {}): Promise<string | null> {
    if (!this.boss) return null;
    return this.boss.send(name, data);
  }

  /** A job's state (`created`, `active`, `completed`, `failed` …), or null when unknown. */
  async jobState(name: string, id: string): Promise<string | null> {
    if (!this.boss) return null;
    const [job] = await this.boss.findJobs(name, { id });
    return job?.state ?? null;
  }

  private async run(job: JobDefinition, data: Record<string, unknown>): Promise<void> {
    const started = Date.now();
    try {
      await job.handler(data);
      this.log.debug({ job: job.name, ms: Date.now() - started }, 'job done');
    } catch (err) {
      this.log.error({ err, job: job.name }, 'job failed');
      throw err;
    }
  }
}
