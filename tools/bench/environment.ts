import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { seedDemoOrganisation } from '@pulse/seed';
import { log } from './report';

export const REPO = path.resolve(__dirname, '..', '..');
export const API_MAIN = path.join(REPO, 'apps/api/dist/main.js');

type TempPostgres = { url: string; stop(): Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startTempPostgres(): Promise<TempPostgres> {
  const mod = (await import(path.join(REPO, 'tools/scripts/temp-postgres.mjs'))) as { startTempPostgres(): Promise<TempPostgres> };
  return mod.startTempPostgres();
}

/** Memory of a process from /proc (Linux): current and peak resident set, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user + system) used so far by the given processes, from /proc (Linux): threads
 * included, and children that have exited and been waited for (PostgreSQL backends, via the postmaster).
 */
export function cpuSecondsOf(pids: readonly number[]): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / tick;
    } catch {
      // the process has gone
    }
  }
  return total;
}

/** Every running process whose command name is `name` (e.g. the PostgreSQL server and its backends). */
export function pidsNamed(name: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

export type RunningApi = {
  url: string;
  pid: number;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
};

/** The real compiled API, production settings, on its own port; resolves once GraphQL answers. `extraEnv` adds settings (e.g. METRICS_TOKEN). */
export async function startApi(databaseUrl: string, extraEnv: Record<string, string> = {}, extraNodeArgs: readonly string[] = []): Promise<RunningApi> {
  const port = await freePort();
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-bench-')), 'api.log');
  const out = fs.openSync(logFile, 'a');
  // BENCH_API_NODE_OPTIONS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the API under load.
  const nodeArgs = [...extraNodeArgs, ...(process.env.BENCH_API_NODE_OPTIONS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO_SEED: 'never',
      WEB_DIST: '',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      // Benchmarks measure the service at their own concurrency; load shedding (MAX_IN_FLIGHT) would turn the burst into 503s.
      MAX_IN_FLIGHT: '0',
      ...extraEnv,
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited !== null) throw new Error(`the API exited with ${exited} during start-up; see ${logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not answer within 90 s; see ${logFile}`);
    }
    try {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    child,
    logFile,
    stop: async () => {
      if (exited !== null) return;
      const done = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Signs in through the public mutation and returns the session cookie ("pp_session=…"). */
export async function signIn(apiUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await res.json()) as { errors?: Array<{ message: string }> };
  if (!res.ok || body.errors?.length) throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(body.errors ?? body)}`);
  const cookies = res.headers.getSetCookie();
  const session = cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('pp_session='));
  if (!session) throw new Error(`sign-in as ${email} set no pp_session cookie`);
  return session;
}

/** The organisation every environment seeds (the soak regenerates its HRIS file from these). */
export const BENCH_ORGANISATION = { slug: 'bench', name: 'Bench Support', people: 300 } as const;

export type BenchEnvironment = {
  databaseUrl: string;
  api: RunningApi;
  /** A fresh API process on the same database, so its peak memory starts from a clean slate. */
  restartApi(): Promise<RunningApi>;
  /** Demo sign-ins of the seeded organisation (slug "bench"). */
  signIns: Array<{ role: string; email: string; password: string }>;
  close(): Promise<void>;
};

export type EnvironmentOptions = {
  /** The instant the organisation is seeded at (its current pulse waves are open then); default now. */
  now?: string;
  /** Extra API settings, kept when the API is restarted. */
  apiEnv?: Record<string, string>;
  /** Extra node flags for the API (e.g. the soak's loopback inspector, to force a full GC before measuring). */
  apiNodeArgs?: readonly string[];
};

/** Temp PostgreSQL → the API (which migrates it) → a seeded 300-person organisation to sign in to. */
export async function startEnvironment(opts: EnvironmentOptions = {}): Promise<BenchEnvironment> {
  log('starting a temporary PostgreSQL');
  const pg = await startTempPostgres();
  let api: RunningApi | null = null;
  try {
    log('starting the compiled API (NODE_ENV=production)');
    api = await startApi(pg.url, opts.apiEnv, opts.apiNodeArgs);
    const client = new Client({ connectionString: pg.url });
    await client.connect();
    try {
      const seeded = await seedDemoOrganisation(client, { ...BENCH_ORGANISATION, now: opts.now });
      log(`seeded ${seeded.people} people into "bench"`);
      const environment: BenchEnvironment = {
        databaseUrl: pg.url,
        api,
        signIns: seeded.signIns,
        restartApi: async () => {
          await environment.api.stop();
          environment.api = await startApi(pg.url, opts.apiEnv, opts.apiNodeArgs);
          return environment.api;
        },
        close: async () => {
          await environment.api.stop();
          await pg.stop();
        },
      };
      return environment;
    } finally {
      await client.end();
    }
  } catch (e) {
    await api?.stop();
    await pg.stop();
    throw e;
  }
}
