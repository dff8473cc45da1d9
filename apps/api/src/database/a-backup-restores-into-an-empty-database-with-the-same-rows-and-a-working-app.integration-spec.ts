// Issue 12, item 14: the documented backup procedure (docs/OPERATIONS.md, ADR 0017), run exactly as an
// operator runs it (npm run backup:role / backup / restore are these scripts), from a database with two
// organisations and pg-boss's schema into an empty database on ANOTHER PostgreSQL server (a fresh
// cluster: none of the app's roles exist there yet).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DEMO_SIGN_INS, seedDemoOrganisation } from '@pulse/seed';
import { createTestOrg } from '../testing/fixtures';
import { cloneDatabase, startTestApp, type TestApp } from '../testing/test-app';
import { appDatabaseUrl } from './app-role';
import { runMigrations } from './migrate';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const script = (name: string) => path.join(ROOT, 'tools', 'scripts', name);
const BACKUP_PASSWORD = 'backup-test-only';

/** Runs one of the operator's scripts (`npm run <name> -- args` runs the same file) with its environment. */
function run(name: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [script(name), ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', ...env }, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The PostgreSQL client program the scripts use (the server's major version). */
function clientProgram(name: string): string {
  const code = `import { pgProgram } from ${JSON.stringify(script('pg-client.mjs'))}; console.log(pgProgram(${JSON.stringify(name)}));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

function withUser(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

type TableState = Record<string, { rows: number; md5: string }>;

/** Row count and a checksum of every row (as text, in C order) of every table of the app's schemas, read as the superuser. */
async function tableState(url: string): Promise<TableState> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ name: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname IN ('public', 'pgboss') ORDER BY 1`,
    );
    const state: TableState = {};
    for (const { name } of tables) {
      const { rows } = await c.query<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS h FROM ONLY ${name} t`,
      );
      state[name] = { rows: rows[0].n, md5: rows[0].h };
    }
    return state;
  } finally {
    await c.end();
  }
}

const DASHBOARD = `query {
  me { email organisation { name } }
  people(first: 5) { total items { email } }
  teams { name path }
  pulseHeatmap { measures periodStart rows { path respondents values hiddenReasons } }
}`;

describe('a backup restores into an empty database with the same rows and a working app', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-backup-'));
  const dumpFile = path.join(work, 'pulse.dump');
  let source: { url: string; drop: () => Promise<void> };
  let target: { url: string; stop: () => Promise<void> };
  let restoredUrl: string;
  let sourceState: TableState;
  let sourceDashboard: unknown;
  let appUrl: string;
  const hr = DEMO_SIGN_INS.find((s) => s.role === 'HR') ?? DEMO_SIGN_INS[0];

  beforeAll(async () => {
    source = await cloneDatabase();
    // With jobs on, as in production: pg-boss creates and fills its own schema, which is backed up too.
    const app = await startTestApp({ jobs: true }, { databaseUrl: source.url });
    try {
      await createTestOrg(app.pool, 'second');
      const client = new Client({ connectionString: source.url });
      await client.connect();
      try {
        await seedDemoOrganisation(client, { people: 60, pulseWeeks: 4, today: '2026-03-02' });
      } finally {
        await client.end();
      }
    } finally {
      await app.close(); // stops the jobs: nothing writes to the source from here on
    }
    // The dashboard as an app started on the source shows it (a start computes missing rollups; the
    // restored app then finds nothing left to compute, so both read the same rows).
    const again = await startTestApp({}, { databaseUrl: source.url });
    try {
      const r = await again.gql(DASHBOARD, {}, await again.signIn(hr.email, hr.password));
      expect(r.errors).toBeUndefined();
      sourceDashboard = r.data;
    } finally {
      await again.close();
    }
    appUrl = await appDatabaseUrl(source.url, null);
    sourceState = await tableState(source.url);
    // An ES module (shared with the test tier's global set-up), hence the dynamic import.
    const { startTempPostgres } = await import('../../../../tools/scripts/temp-postgres.mjs');
    target = await startTempPostgres();
    const admin = new Client({ connectionString: target.url });
    await admin.connect();
    await admin.query('CREATE DATABASE restored');
    await admin.end();
    restoredUrl = new URL('/restored', target.url).toString();
  }, 240_000);

  afterAll(async () => {
    await source?.drop();
    await target?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('the source has rows in the tenant tables of both organisations and in pg-boss, so the comparison means something', () => {
    expect(sourceState['public.person'].rows).toBeGreaterThan(60);
    expect(sourceState['public.pulse_response'].rows).toBeGreaterThan(0);
    expect(sourceState['public.organisation'].rows).toBe(2);
    const bossRows = Object.entries(sourceState).filter(([t]) => t.startsWith('pgboss.')).reduce((n, [, s]) => n + s.rows, 0);
    expect(bossRows).toBeGreaterThan(0);
  });

  it('the trap the docs warn about: as the app role a dump fails, or with --enable-row-security has every tenant table empty; the backup script refuses that role', () => {
    const pgDump = clientProgram('pg_dump');
    const app = new URL(appUrl);
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(app.password) };
    app.password = '';
    const plain = spawnSync(pgDump, ['--schema=public', '--data-only', `--dbname=${app}`], { env, encoding: 'utf8' });
    expect(plain.status).not.toBe(0);
    expect(plain.stderr).toMatch(/row-level security/);

    const lenient = spawnSync(pgDump, ['--schema=public', '--data-only', '--enable-row-security', `--dbname=${app}`], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(lenient.status).toBe(0);
    const copied = (table: string) => {
      const block = new RegExp(`^COPY public\\.${table} .*? FROM stdin;\\n([\\s\\S]*?)^\\\\\\.$`, 'm').exec(lenient.stdout);
      if (!block) throw new Error(`no COPY block for ${table}`);
      return block[1].split('\n').filter(Boolean).length;
    };
    expect(copied('organisation')).toBe(2); // no row-level security on the tenant table itself
    for (const t of ['person', 'account', 'pulse_response', 'team']) {
      expect(sourceState[`public.${t}`].rows).toBeGreaterThan(0);
      expect(copied(t)).toBe(0);
    }

    const refused = run('backup.mjs', [path.join(work, 'as-app.dump')], { BACKUP_DATABASE_URL: appUrl });
    expect(refused.code).toBe(3);
    expect(refused.out).toMatch(/refused: pulse_app is held to row-level security/);
    expect(fs.existsSync(path.join(work, 'as-app.dump'))).toBe(false);
  });

  it('the backup role reads everything and writes nothing, without being a superuser', async () => {
    const made = run('backup-role.mjs', [], { DATABASE_URL: source.url, BACKUP_PASSWORD });
    expect(made).toMatchObject({ code: 0 });
    const c = new Client({ connectionString: withUser(source.url, 'pulse_backup', BACKUP_PASSWORD) });
    await c.connect();
    try {
      const { rows } = await c.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
      expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: true });
      expect(Number((await c.query(`SELECT count(*) AS n FROM person`)).rows[0].n)).toBe(sourceState['public.person'].rows);
      await expect(c.query(`UPDATE person SET first_name = 'x'`)).rejects.toThrow(/read-only transaction/);
      await c.query(`SET default_transaction_read_only = off`);
      await expect(c.query(`UPDATE person SET first_name = 'x'`)).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
    }
  });

  it('backup as pulse_backup, restore into an empty database of a fresh server: every table of public and pgboss has the same rows and checksum', async () => {
    const backup = run('backup.mjs', [dumpFile], { BACKUP_DATABASE_URL: withUser(source.url, 'pulse_backup', BACKUP_PASSWORD) });
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.out).toMatch(/as pulse_backup with pg_dump 18/);

    const restore = run('restore.mjs', [dumpFile], { DATABASE_URL: restoredUrl });
    expect(restore).toMatchObject({ code: 0 });

    const restoredState = await tableState(restoredUrl);
    expect(Object.keys(restoredState)).toEqual(Object.keys(sourceState));
    expect(restoredState).toEqual(sourceState);
  });

  it('the restored database keeps isolation: forced RLS, the look-ups owned by pulse_auth, the app role granted', async () => {
    const c = new Client({ connectionString: restoredUrl });
    await c.connect();
    try {
      const forced = await c.query(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relforcerowsecurity`);
      const before = new Client({ connectionString: source.url });
      await before.connect();
      const forcedBefore = await before.query(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relforcerowsecurity`);
      await before.end();
      expect(forced.rows[0].n).toBe(forcedBefore.rows[0].n);
      const owners = await c.query(`SELECT DISTINCT pg_get_userbyid(proowner) AS owner FROM pg_proc WHERE prosecdef AND pronamespace = 'public'::regnamespace`);
      expect(owners.rows).toEqual([{ owner: 'pulse_auth' }]);
      const granted = await c.query(`SELECT has_table_privilege('pulse_app', 'public.person', 'SELECT, INSERT, UPDATE, DELETE') AS ok`);
      expect(granted.rows[0].ok).toBe(true);
    } finally {
      await c.end();
    }
  });

  it('the restored database has no pending migration, and the app on it signs in and shows the same dashboard', async () => {
    expect(await runMigrations(restoredUrl)).toEqual([]);
    let restored: TestApp | null = null;
    try {
      restored = await startTestApp({}, { databaseUrl: restoredUrl });
      const cookie = await restored.signIn(hr.email, hr.password);
      const r = await restored.gql(DASHBOARD, {}, cookie);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual(sourceDashboard);
      const shown = r.data as { people: { total: number }; pulseHeatmap: { rows: unknown[] } };
      expect(shown.people.total).toBeGreaterThan(0);
      expect(shown.pulseHeatmap.rows.length).toBeGreaterThan(0);
      // A write works too (the app role's grants and the sequences came back).
      const second = await restored.signIn('agent1@second.test');
      expect(second).toMatch(/pp_session=/);
    } finally {
      await restored?.close();
    }
  });

  it('restore refuses a database that is not empty', () => {
    const again = run('restore.mjs', [dumpFile], { DATABASE_URL: restoredUrl });
    expect(again.code).toBe(3);
    expect(again.out).toMatch(/restore into an empty one/);
  });
});
