// Runs the real built server (apps/api/dist/main.js) in the default embedded-PostgreSQL mode as a child
// process, the way `npm start` does, for the process-level fault tests next to this file.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const MAIN_JS = path.resolve(__dirname, '..', '..', 'dist', 'main.js');
/** First start runs initdb and every migration: generous for a loaded 2-core machine. */
export const READY_TIMEOUT_MS = 120_000;

export type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number };

export type ServerProcess = {
  child: ChildProcess;
  baseUrl: string;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  stderr: () => string;
  exited: Promise<Exit>;
  ready: (timeoutMs?: number) => Promise<void>;
};

const started: ServerProcess[] = [];
const dataDirs: string[] = [];

export function tempDataDir(): string {
  // Not under a 0700 home directory: as root, PostgreSQL runs as the `postgres` user and must reach it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-embedded-'));
  fs.chmodSync(dir, 0o755);
  dataDirs.push(dir);
  return dir;
}

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

/**
 * Starts dist/main.js with `env` on top of this process's environment. PORT in `env` fixes the port
 * (a restarted replica keeps its address); DATABASE_URL in `env` runs it on that database instead.
 * `detached`: the server leads its own process group, as a shell's foreground job does (a terminal's
 * Ctrl-C signals the whole group).
 */
export async function startServer(dataDir: string, env: Record<string, string> = {}, opts: { detached?: boolean } = {}): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', WEB_DIST: '', DEMO_SEED: 'never', ...env };
  // The embedded mode, outside Jest: no external database, no test-only defaults, no VM-module flags
  // (unless the caller names a database itself).
  for (const name of ['DATABASE_URL', 'APP_DATABASE_URL', 'NODE_ENV', 'NODE_OPTIONS', 'JEST_WORKER_ID']) if (!(name in env)) delete childEnv[name];
  for (const [name, value] of Object.entries(env)) if (value === '') delete childEnv[name];
  const child = spawn(process.execPath, [MAIN_JS], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: opts.detached ?? false });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
    err += c.toString();
  });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    child,
    baseUrl,
    output: () => out,
    stderr: () => err,
    exited,
    ready: async (timeoutMs = READY_TIMEOUT_MS) => {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (hasExited) throw new Error(`the server exited before it was ready:\n${out}`);
        const ok = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
        if (ok) return;
        await sleep(250);
      }
      throw new Error(`the server was not ready within ${timeoutMs} ms:\n${out}`);
    },
  };
  started.push(server);
  return server;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in DATA_DIR/pg/postmaster.pid, or null when there is none. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  return Number(fs.readFileSync(file, 'utf8').split('\n')[0]) || null;
}

export function isPostgres(pid: number): boolean {
  try {
    return /\(postgres\)/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Polls until `check` holds or the time is up; returns whether it held. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await sleep(100);
  }
  return check();
}

/** The embedded database's port, from the log line it prints when it starts. */
export function embeddedPort(server: ServerProcess): number {
  const line = server.output().split('\n').find((l) => l.includes('embedded PostgreSQL started'));
  const port = line ? (JSON.parse(line) as { port?: number }).port : undefined;
  if (!port) throw new Error(`no embedded PostgreSQL port in the log:\n${server.output()}`);
  return port;
}

export async function queryEmbedded<T>(port: number, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: `postgres://postgres:pulse-local@127.0.0.1:${port}/postgres` });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** After each test: no server, no PostgreSQL and no temporary folder is left behind, whatever the test did. */
export async function cleanUp(): Promise<void> {
  for (const s of started.splice(0)) {
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  }
  for (const dir of dataDirs.splice(0)) {
    const pid = postmasterPid(dir);
    if (pid && isPostgres(pid)) {
      process.kill(pid, 'SIGQUIT');
      await eventually(() => !isPostgres(pid), 10_000);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The server's exit, or null if it is still running after `ms`. */
export function exitWithin(server: ServerProcess, ms: number): Promise<Exit | null> {
  return Promise.race([server.exited, sleep(ms).then(() => null)]);
}

/** Holds a TCP port on 127.0.0.1 until closed; null when something else already holds it. */
export function holdPort(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(null));
    srv.listen(port, '127.0.0.1', () => resolve(srv));
  });
}
