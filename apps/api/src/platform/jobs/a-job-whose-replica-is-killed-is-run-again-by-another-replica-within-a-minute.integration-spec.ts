import type { Pool, PoolClient } from 'pg';
// Types only: pg-boss is ESM-only (ADR 0008).
import type { PgBoss } from 'pg-boss' with { 'resolution-mode': 'import' };
import { cleanUp, eventually, startServer, tempDataDir, type ServerProcess } from '../../database/embedded-mode-server.testing';
import { IDENTITY_EXITS_JOB } from '../../modules/identity/identity.service';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { cloneDatabase, testPool } from '../../testing/test-app';
import { JOBS_SCHEMA } from './job-queue';

/**
 * Issue 12, item 12 follow-up: a replica killed (SIGKILL) while it runs a job must not hold that job,
 * and with it the job's singleton queue, until the job expires (600 s). The queue's heartbeat lets
 * another replica fail the orphaned run and run it again within about a minute, while a job that is
 * merely slow, on a replica that is alive, keeps running undisturbed.
 *
 * The job is the app's own `identity.exits` (disable the accounts of people whose exit date has
 * come). The test makes it slow by holding a row lock on the leaver's account, which the job's UPDATE
 * waits for.
 */

const HEARTBEAT_SECONDS = 10; // pg-boss's smallest heartbeat
const JOB_ENV = {
  JOBS: 'on',
  JOBS_HEARTBEAT_SECONDS: String(HEARTBEAT_SECONDS),
  JOBS_SUPERVISE_SECONDS: '2',
  // The slow run waits on a lock for longer than a heartbeat; no statement timeout may end it first.
  DB_STATEMENT_TIMEOUT_MS: '0',
  LOG_LEVEL: 'debug',
};

type JobRow = { state: string; retry_count: number; active_seconds: number | null };

describe('a job whose replica is killed mid-run is run again by another replica within a minute', () => {
  let databaseUrl: string;
  let drop: () => Promise<void>;
  let pool: Pool;
  let boss: PgBoss;
  let org: TestOrg;

  beforeAll(async () => {
    const db = await cloneDatabase();
    databaseUrl = db.url;
    drop = db.drop;
    pool = testPool({ connectionString: db.url, max: 4 });
    org = await createTestOrg(pool, 'heartbeat');
    // agent1 left yesterday: the exits job disables the account.
    await pool.query(`UPDATE person SET exit_date = current_date - 1 WHERE id = $1`, [org.people.agent1]);
  }, 120_000);

  afterAll(async () => {
    await boss?.stop({ graceful: false });
    await cleanUp();
    await pool?.end();
    await drop?.();
  }, 60_000);

  it('replica A runs the job and is killed; replica B fails the orphaned run by its heartbeat and completes it', async () => {
    const job = async (id: string) =>
      (
        await pool.query<JobRow>(
          `SELECT state, retry_count, CASE WHEN state = 'active' THEN extract(epoch FROM now() - started_on)::float END AS active_seconds FROM ${JOBS_SCHEMA}.job WHERE id = $1`,
          [id],
        )
      ).rows[0];
    const a: ServerProcess = await startServer(tempDataDir(), { ...JOB_ENV, DATABASE_URL: databaseUrl });
    await a.ready();

    // The leaver's account row is locked: the job's UPDATE waits for it, as a long job would run.
    const holder: PoolClient = await pool.connect();
    let id: string;
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM account WHERE id = $1 FOR UPDATE`, [org.accounts.agent1]);

      // Queued by a client of the queue (as the app's own `send` does); only A is running, so A takes it.
      const { PgBoss } = await import('pg-boss');
      boss = new PgBoss({ connectionString: databaseUrl, schema: JOBS_SCHEMA, supervise: false, schedule: false });
      await boss.start();
      id = (await boss.send(IDENTITY_EXITS_JOB, {}))!;
      expect(id).toBeTruthy();
      const waiting = await eventually(
        async () =>
          (await job(id)).state === 'active' &&
          (await pool.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%UPDATE account a SET disabled_at%'`)).rowCount === 1,
        60_000,
      );
      expect(waiting).toBe(true);

      // A slow job on a live replica is not taken from it: two heartbeat intervals pass, the
      // supervisor runs every 2 s, and the run is still A's first.
      expect(await eventually(async () => ((await job(id)).active_seconds ?? 0) > 2 * HEARTBEAT_SECONDS, 60_000)).toBe(true);
      expect(await job(id)).toMatchObject({ state: 'active', retry_count: 0 });

      a.child.kill('SIGKILL');
      await a.exited;
    } finally {
      // A's database session dies with its transaction once it next talks to its (gone) client.
      await holder.query('ROLLBACK');
      holder.release();
    }

    const b = await startServer(tempDataDir(), { ...JOB_ENV, DATABASE_URL: databaseUrl });
    await b.ready();
    // Bounded wait: heartbeat 10 s + supervisor pass 2 s + a poll, well inside a minute; without the
    // heartbeat the run stays active until its 600 s expiry.
    let last: JobRow | undefined;
    const completed = await eventually(async () => (last = await job(id))?.state === 'completed', 60_000);
    expect({ completed, last }).toMatchObject({ completed: true, last: { state: 'completed', retry_count: 1 } });
    // B ran it, and the run did its work: the leaver's account is disabled.
    expect(b.output()).toMatch(new RegExp(`"job":"${IDENTITY_EXITS_JOB.replace('.', '\\.')}".*"msg":"job done"`));
    const { rows } = await pool.query(`SELECT disabled_reason FROM account WHERE id = $1`, [org.accounts.agent1]);
    expect(rows).toEqual([{ disabled_reason: 'EXITED' }]);
  }, 240_000);
});
