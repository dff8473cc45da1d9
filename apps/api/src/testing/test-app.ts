import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Client, Pool, type PoolConfig } from 'pg';
import { createApp } from '../bootstrap';
import { runMigrations } from '../database/migrate';
import { loadConfig, type AppConfig } from '../platform/config';
import { createLogger } from '../platform/logging/logger';

const TEMPLATE = 'pulse_template';

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Migrates the template database once per run (the first test file to get the lock does it). */
async function ensureTemplate(serverUrl: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(99001)');
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (rows.length === 0) {
      await admin.query(`CREATE DATABASE ${TEMPLATE}`);
      await runMigrations(withDatabase(serverUrl, TEMPLATE));
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(99001)');
    await admin.end();
  }
}

/**
 * A pool for a test's own queries. `pool.end()` resolves before its sockets have closed, so the
 * `DROP DATABASE ... WITH (FORCE)` that follows can still terminate one of them (57P01): that
 * expected goodbye is ignored once the pool is ending; any other error on an idle client fails the test.
 */
export function testPool(config: PoolConfig): Pool {
  const pool = new Pool(config);
  pool.on('error', (err: Error & { code?: string }) => {
    if ((pool as unknown as { ending: boolean }).ending && err.code === '57P01') return;
    throw err;
  });
  return pool;
}

/**
 * A fresh database for one test file, cloned from the migrated template; with `empty`, a database
 * without any migration (for tests of what the app does at its first start).
 */
export async function cloneDatabase(opts: { empty?: boolean } = {}): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest.integration.config.cjs');
  if (!opts.empty) await ensureTemplate(serverUrl);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  // CREATE DATABASE ... TEMPLATE needs the template to have no other connections; serialise clones.
  await admin.query('SELECT pg_advisory_lock(99002)');
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${opts.empty ? 'template0' : TEMPLATE}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(99002)');
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export type GqlResult<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
};

/**
 * Response bodies in tests are JSON whose shape the assertions check; typing every query's result
 * would add nothing a failing assertion does not already say.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TestJson = any;

export type TestApp = {
  baseUrl: string;
  databaseUrl: string;
  pool: Pool;
  app: NestFastifyApplication;
  gql<T = Record<string, TestJson>>(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GqlResult<T> & { status: number; setCookie: string | null }>;
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
};

/**
 * Boots the real app (Fastify + Apollo + TypeORM) on a random port against a cloned database, or,
 * with `sameDatabaseAs`, against another test app's database (a second replica), or, with
 * `databaseUrl`, against a database the test made itself (not dropped on close).
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, opts: { sameDatabaseAs?: TestApp; databaseUrl?: string } = {}): Promise<TestApp> {
  const given = opts.sameDatabaseAs?.databaseUrl ?? opts.databaseUrl;
  const db = given ? { url: given, drop: async () => undefined } : await cloneDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv), webDist: null, ...overrides };
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const app = await createApp({ config, log, databaseUrl: db.url, schemaFile: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const pool = testPool({ connectionString: db.url, max: 4 });

  const gql: TestApp['gql'] = async (query, variables, cookie) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult<TestJson>;
    return { ...body, status: res.status, setCookie: res.headers.get('set-cookie') };
  };

  return {
    baseUrl,
    databaseUrl: db.url,
    pool,
    app,
    gql,
    async signIn(email, password = TEST_PASSWORD) {
      const r = await gql(`mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`, { i: { email, password } });
      if (r.errors || !r.setCookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(r.errors)}`);
      return r.setCookie.split(';')[0];
    },
    async close() {
      await pool.end();
      await app.close();
      await db.drop();
    },
  };
}

export const TEST_PASSWORD = 'correct horse battery staple';
