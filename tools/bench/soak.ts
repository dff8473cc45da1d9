import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSchema, type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse, print, validate, visit } from 'graphql';
import { Client } from 'pg';
import { DEMO_DEFAULTS, generateOrganisation, hrisCsvLines } from '@pulse/seed';
import { BENCH_ORGANISATION, type BenchEnvironment, freePort, memoryOf, REPO, startEnvironment } from './environment';
import { emit, log, percentile, round } from './report';

export type SoakOptions = {
  /** Mixed load, warm-up included (default 600). */
  seconds: number;
  /** Seconds between HR's HRIS imports (dry run, then apply) (default 60). */
  importEverySeconds: number;
  /** Pause of each virtual user between two page visits, in ms (default 100). */
  thinkMs: number;
  /** Seconds between two memory samples of the API (default 5). */
  sampleEverySeconds: number;
};

/** SOAK_SECONDS, SOAK_IMPORT_EVERY, SOAK_THINK_MS, SOAK_SAMPLE_SECONDS override the defaults (short runs while developing). */
export function soakOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SoakOptions {
  const num = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of at least 0, not "${v}"`);
    return n;
  };
  return { seconds: num('SOAK_SECONDS', 600), importEverySeconds: num('SOAK_IMPORT_EVERY', 60), thinkMs: num('SOAK_THINK_MS', 100), sampleEverySeconds: num('SOAK_SAMPLE_SECONDS', 5) };
}

/** The fixed mix of concurrent virtual users (plus one HR importer). */
const MIX = { signIn: 2, pulse: 6, hrDashboard: 1, managerDashboard: 2 } as const;
/** Share of the run that is warm-up: latencies and the starting memory are taken after it. */
const WARMUP_SHARE = 0.1;
const REQUEST_TIMEOUT_MS = 30_000;
const IMPORT_TIMEOUT_MS = 120_000;
/** Samples of each flow run by one client alone before the mixed load: the latency floor. */
const REFERENCE_ROUNDS = 15;
const METRICS_TOKEN = 'soak-metrics-token';

// ---------------------------------------------------------------------------------------------
// The operations the web app sends, taken from its .graphql documents (not written here).

type Operations = Map<string, string>;

/** Every named operation of apps/web/src/**\/*.graphql as a request body: the operation and the fragments it spreads, checked against schema.gql. */
export function webOperations(): Operations {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith('.graphql')) files.push(path.join(dir, e.name));
    }
  };
  walk(path.join(REPO, 'apps/web/src'));
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const f of files) {
    for (const d of parse(fs.readFileSync(f, 'utf8')).definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      if (d.kind === Kind.OPERATION_DEFINITION && d.name) operations.push(d);
    }
  }
  const schema = buildSchema(fs.readFileSync(path.join(REPO, 'apps/api/schema.gql'), 'utf8'));
  const out: Operations = new Map();
  for (const op of operations) {
    const used = new Set<string>();
    const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [op];
    while (pending.length) {
      visit(pending.pop()!, {
        FragmentSpread(node) {
          if (!used.has(node.name.value)) {
            used.add(node.name.value);
            pending.push(fragments.get(node.name.value)!);
          }
        },
      });
    }
    const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...[...used].map((n) => fragments.get(n)!)] };
    const problems = validate(schema, doc);
    if (problems.length) throw new Error(`web operation ${op.name!.value} does not validate: ${problems[0].message}`);
    out.set(op.name!.value, print(doc));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Recording: every request is one sample of its kind; errors are counted and the first few kept.

/** setup: sign-ins of the long-lived sessions and a first import (errors count, latencies do not). */
type Phase = 'setup' | 'reference' | 'warmup' | 'measured';

class Recorder {
  phase: Phase = 'setup';
  readonly samples = new Map<string, Record<Phase, number[]>>();
  readonly errors = new Map<string, Record<Phase, number>>();
  readonly firstErrors: Array<{ kind: string; phase: Phase; at_s: number; message: string }> = [];
  private readonly started = Date.now();

  record(kind: string, ms: number, error: string | null): void {
    if (!this.samples.has(kind)) {
      this.samples.set(kind, { setup: [], reference: [], warmup: [], measured: [] });
      this.errors.set(kind, { setup: 0, reference: 0, warmup: 0, measured: 0 });
    }
    this.samples.get(kind)![this.phase].push(ms);
    if (error === null) return;
    this.errors.get(kind)![this.phase]++;
    if (this.firstErrors.length < 10) {
      const at = round((Date.now() - this.started) / 1000, 1);
      this.firstErrors.push({ kind, phase: this.phase, at_s: at, message: error.slice(0, 400) });
      log(`error in ${kind} (${this.phase}, ${at} s): ${error.slice(0, 300)}`);
    }
  }

  totalErrors(): number {
    let n = 0;
    for (const e of this.errors.values()) n += e.setup + e.reference + e.warmup + e.measured;
    return n;
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP on loopback: keep-alive connections, a timeout on every request.

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

type Reply = { status: number; body: string; cookies: string[] };

function request(url: string, init: { headers: Record<string, string>; body: string | fs.ReadStream; timeoutMs: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookies: res.headers['set-cookie'] ?? [] }));
      res.on('error', reject);
    });
    req.setTimeout(init.timeoutMs, () => req.destroy(new Error(`timed out after ${init.timeoutMs / 1000} s`)));
    req.on('error', reject);
    if (typeof init.body === 'string') req.end(init.body);
    else init.body.pipe(req);
  });
}

type Gql = <T = Record<string, unknown>>(name: string, cookie: string | null, variables?: Record<string, unknown>) => Promise<{ data: T | null; cookies: string[] }>;

/** A GraphQL client over the web app's documents that records each request under its operation name. */
function gqlClient(apiUrl: string, operations: Operations, rec: Recorder): Gql {
  return async <T>(name: string, cookie: string | null, variables: Record<string, unknown> = {}) => {
    const query = operations.get(name);
    if (!query) throw new Error(`the web app has no operation ${name}`);
    const payload = JSON.stringify({ operationName: name, query, variables });
    const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) };
    if (cookie) headers.cookie = cookie;
    const t = process.hrtime.bigint();
    let error: string | null = null;
    let data: T | null = null;
    let cookies: string[] = [];
    try {
      const reply = await request(`${apiUrl}/graphql`, { headers, body: payload, timeoutMs: REQUEST_TIMEOUT_MS });
      cookies = reply.cookies;
      const body = JSON.parse(reply.body) as { data?: T; errors?: Array<{ message: string }> };
      if (reply.status < 200 || reply.status > 299) error = `HTTP ${reply.status}: ${reply.body.slice(0, 300)}`;
      else if (body.errors?.length) error = `GraphQL: ${body.errors.map((e) => e.message).join('; ')}`;
      else data = body.data ?? null;
    } catch (e) {
      error = (e as Error).message;
    }
    rec.record(name, Number(process.hrtime.bigint() - t) / 1e6, error);
    return { data, cookies };
  };
}

function sessionCookie(cookies: string[]): string | null {
  return cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('pp_session=')) ?? null;
}

// ---------------------------------------------------------------------------------------------
// The flows: what a person does in the web app, request by request.

type Account = { email: string; password: string };

/** An agent opens the app: signs in, the shell boots (Me) and asks for pending pulses, then signs out. */
async function signInFlow(gql: Gql, account: Account): Promise<void> {
  const { data, cookies } = await gql('SignIn', null, { input: { email: account.email, password: account.password } });
  const cookie = sessionCookie(cookies);
  if (!data || !cookie) return;
  await gql('Me', cookie);
  await gql('PendingPulses', cookie);
  await gql('SignOut', cookie);
}

type OpenPulse = { waveId: string; questions: Array<{ itemId: string; options: Array<{ value: number }> }> };

/** An agent on the pulse page answers every open pulse (changing their answers each time, as is allowed while it is open); Apollo then refetches the page. */
async function pulseFlow(gql: Gql, cookie: string, turn: number, rec: Recorder): Promise<void> {
  const { data } = await gql<{ myOpenPulses: OpenPulse[] }>('MyOpenPulses', cookie, { locale: 'en' });
  await gql('MyPulseHistory', cookie, { last: 26 });
  if (!data) return;
  if (data.myOpenPulses.length === 0) rec.record('no_open_pulse', 0, 'the agent has no open pulse to answer');
  for (const pulse of data.myOpenPulses) {
    const answers = pulse.questions.map((q, i) => ({ itemId: q.itemId, value: q.options[(turn + i) % q.options.length].value }));
    await gql('SubmitPulseResponse', cookie, { input: { waveId: pulse.waveId, answers, comment: null, locale: 'en' } });
  }
  await gql('MyOpenPulses', cookie, { locale: 'en' });
  await gql('MyPulseHistory', cookie, { last: 26 });
  await gql('PendingPulses', cookie);
}

const BURNOUT_MEASURES = ['cbi.work', 'cbi.personal', 'cbi.customer', 'olbi.exhaustion', 'olbi.disengagement', 'single-item-burnout'];
type Results = { pulseResults: { teamId: string | null; program: { id: string } | null; teams: Array<{ id: string }>; trend: { measure: string } } };

/**
 * A manager or HR opens Wellbeing (WellbeingPage): the results for the default scope or a team,
 * the attention list on the default view, then one tab in turn: breakdown, actions, heatmap (HR).
 */
async function dashboardFlow(gql: Gql, cookie: string, turn: number, hr: boolean, teams: string[]): Promise<string[]> {
  // Every fourth visit the default scope, otherwise one of the teams the API offers this person.
  const teamId = turn % 4 === 0 || teams.length === 0 ? null : teams[turn % teams.length];
  const variables = { programId: null, teamId, measure: null, periods: 26 };
  const { data } = await gql<Results>('PulseResults', cookie, variables);
  if (!data) return teams;
  const results = data.pulseResults;
  const programId = results.program?.id ?? null;
  const measure = results.trend.measure || 'cbi.work';
  if (teamId === null) await gql('PulseAttention', cookie, { programId, measure: BURNOUT_MEASURES.includes(measure) ? measure : null, first: 8 });
  const tabs = hr ? ['breakdown', 'actions', 'heatmap'] : ['breakdown', 'actions'];
  const tab = tabs[turn % tabs.length];
  if (tab === 'breakdown') await gql('PulseBreakdown', cookie, variables);
  if (tab === 'actions') {
    await gql('PulseAlerts', cookie, { first: 20 });
    await gql('ActionPlans', cookie, { teamId: teamId ?? results.teamId });
  }
  if (tab === 'heatmap') await gql('PulseHeatmap', cookie, { programId });
  return results.teams.map((t) => t.id).slice(0, 6);
}

type ImportReport = { rowsRead: number; created: number; updated: number; unchanged: number; errors: unknown[] };

/** HR's HRIS sync: a dry run of the file, then the same file applied, each streamed as text/csv. */
async function importFlow(apiUrl: string, cookie: string, file: string, rec: Recorder): Promise<ImportReport | null> {
  let last: ImportReport | null = null;
  for (const dryRun of [true, false]) {
    const kind = dryRun ? 'hris_import_dry_run' : 'hris_import_apply';
    const t = process.hrtime.bigint();
    let error: string | null = null;
    try {
      const reply = await request(`${apiUrl}/api/imports/people?dryRun=${dryRun}`, {
        headers: { 'content-type': 'text/csv', cookie, 'transfer-encoding': 'chunked' },
        body: fs.createReadStream(file),
        timeoutMs: IMPORT_TIMEOUT_MS,
      });
      if (reply.status !== 200) error = `HTTP ${reply.status}: ${reply.body.slice(0, 300)}`;
      else {
        last = JSON.parse(reply.body) as ImportReport;
        if (last.errors.length) error = `the import refused rows: ${JSON.stringify(last.errors.slice(0, 3))}`;
      }
    } catch (e) {
      error = (e as Error).message;
    }
    rec.record(kind, Number(process.hrtime.bigint() - t) / 1e6, error);
    if (error) return null;
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// Memory of the API: /proc for RSS, the API's own /metrics for the V8 heap.

type MemorySample = { t: number; rssMb: number; heapUsedMb: number | null; externalMb: number | null };

async function sampleMemory(apiUrl: string, pid: number, t0: number): Promise<MemorySample | null> {
  const proc = memoryOf(pid);
  if (!proc) return null;
  let heapUsedMb: number | null = null;
  let externalMb: number | null = null;
  try {
    const res = await fetch(`${apiUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` }, signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    const metric = (name: string) => {
      const m = new RegExp(`^${name} (\\S+)`, 'm').exec(text);
      return m ? Number(m[1]) / 1024 / 1024 : null;
    };
    heapUsedMb = metric('nodejs_heap_size_used_bytes');
    externalMb = metric('nodejs_external_memory_bytes');
  } catch {
    // the heap figure is a bonus; RSS from /proc is the measurement
  }
  return { t: (Date.now() - t0) / 1000, rssMb: proc.rssMb, heapUsedMb, externalMb };
}

/** After a full, forced collection: the live heap (what a leak raises) and the RSS the process still holds. */
type SettledSample = { t: number; rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number; arrayBuffersMb: number };

/**
 * Forces two full garbage collections in the API through its loopback inspector (the soak starts
 * the API with --inspect on a free port; the API itself has no such door), then reads
 * process.memoryUsage() in the same session and the RSS from /proc. Two: the first runs
 * finalisers and clears weak references that the second then frees.
 */
async function settledMemory(inspectPort: number, pid: number, t0: number): Promise<SettledSample | null> {
  try {
    const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`, { signal: AbortSignal.timeout(10_000) })).json()) as Array<{ webSocketDebuggerUrl: string }>;
    const ws = new WebSocket(targets[0].webSocketDebuggerUrl);
    const pending = new Map<number, (result: unknown) => void>();
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as { id?: number; result?: unknown };
      if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
    });
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve(), { once: true });
      ws.addEventListener('error', () => reject(new Error('inspector connection failed')), { once: true });
    });
    let id = 0;
    const call = (method: string, params: Record<string, unknown> = {}) =>
      new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${method} timed out`)), 30_000);
        pending.set(++id, (r) => (clearTimeout(timer), resolve(r)));
        ws.send(JSON.stringify({ id, method, params }));
      });
    try {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const r = (await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as { result: { value: string } };
      const u = JSON.parse(r.result.value) as NodeJS.MemoryUsage;
      const proc = memoryOf(pid);
      if (!proc) return null;
      const mb = (b: number) => b / 1024 / 1024;
      return { t: (Date.now() - t0) / 1000, rssMb: proc.rssMb, heapUsedMb: mb(u.heapUsed), heapTotalMb: mb(u.heapTotal), externalMb: mb(u.external), arrayBuffersMb: mb(u.arrayBuffers) };
    } finally {
      ws.close();
    }
  } catch (e) {
    log(`forced GC failed: ${(e as Error).message}`);
    return null;
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// ---------------------------------------------------------------------------------------------

type Actors = {
  hr: Account;
  managers: Account[];
  /** Agents who answer pulses: each has an open pulse for the whole run. */
  pulseAgents: Account[];
  /** Other agents, signed in and out in turn. */
  signInAgents: Account[];
  password: string;
};

/** Who plays which part, read from the seeded organisation (superuser connection, as the other benchmarks do). */
async function castActors(env: BenchEnvironment, seconds: number): Promise<Actors> {
  const password = env.signIns[0].password;
  const client = new Client({ connectionString: env.databaseUrl });
  await client.connect();
  try {
    const org = `(SELECT id FROM organisation WHERE slug = '${BENCH_ORGANISATION.slug}')`;
    const { rows: managers } = await client.query<{ email: string }>(
      `SELECT a.email FROM account a WHERE a.organisation_id = ${org} AND 'MANAGER' = ANY(a.roles) AND NOT 'HR' = ANY(a.roles) AND NOT 'ADMIN' = ANY(a.roles) AND a.disabled_at IS NULL
        ORDER BY (a.email = $1) DESC, a.email LIMIT $2`,
      [env.signIns.find((s) => s.role === 'MANAGER')!.email, MIX.managerDashboard],
    );
    // Agents whose every open pulse stays open until well after the run: answering never meets a closing window.
    const { rows: agents } = await client.query<{ email: string; open: boolean }>(
      `SELECT a.email,
              EXISTS (SELECT 1 FROM pulse_invitation i JOIN pulse_wave w ON w.id = i.wave_id
                       WHERE i.person_id = a.person_id AND w.status = 'OPEN' AND i.opens_at <= now()) AS open
         FROM account a JOIN person p ON p.id = a.person_id
        WHERE a.organisation_id = ${org} AND a.roles = '{AGENT}' AND a.disabled_at IS NULL AND p.exit_date IS NULL
          AND NOT EXISTS (SELECT 1 FROM pulse_invitation i JOIN pulse_wave w ON w.id = i.wave_id
                           WHERE i.person_id = a.person_id AND w.status = 'OPEN' AND i.closes_at < now() + make_interval(secs => $1))
        ORDER BY a.email`,
      [seconds + 1800],
    );
    const withPulse = agents.filter((a) => a.open).map((a) => ({ email: a.email, password }));
    const pulseAgents = withPulse.slice(0, 4 * MIX.pulse);
    const taken = new Set(pulseAgents.map((a) => a.email));
    const signInAgents = agents.filter((a) => !taken.has(a.email)).map((a) => ({ email: a.email, password }));
    if (pulseAgents.length < MIX.pulse) throw new Error(`only ${pulseAgents.length} agents have a pulse open for the whole run`);
    if (signInAgents.length < MIX.signIn) throw new Error('too few agents left to sign in and out');
    return { hr: { email: env.signIns.find((s) => s.role === 'HR')!.email, password }, managers: managers.map((m) => ({ email: m.email, password })), pulseAgents, signInAgents, password };
  } finally {
    await client.end();
  }
}

/** The seeded organisation's own HRIS file (a nightly sync) and a variant in which a few job titles changed, applied in turn so every apply writes. */
async function writeHrisFiles(now: string): Promise<[string, string]> {
  const org = generateOrganisation({ ...BENCH_ORGANISATION, seed: DEMO_DEFAULTS.seed, today: now.slice(0, 10), now });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-soak-'));
  const same = path.join(dir, 'hris.csv');
  const changed = path.join(dir, 'hris-changed.csv');
  fs.writeFileSync(same, [...hrisCsvLines(org)].join(''));
  const current = org.people.map((p, i) => ({ p, i })).filter(({ p }) => p.exitDate === null).slice(0, 5).map(({ i }) => i);
  for (const i of current) org.people[i] = { ...org.people[i], jobTitle: `${org.people[i].jobTitle} (acting)` };
  fs.writeFileSync(changed, [...hrisCsvLines(org)].join(''));
  return [same, changed];
}

async function signInOnce(gql: Gql, account: Account): Promise<string> {
  const { cookies } = await gql('SignIn', null, { input: { email: account.email, password: account.password } });
  const cookie = sessionCookie(cookies);
  if (!cookie) throw new Error(`sign-in as ${account.email} failed`);
  return cookie;
}

/**
 * Ten minutes (SOAK_SECONDS) of a mixed workload on loopback against the real compiled API: agents
 * signing in and out, agents answering their open pulses, managers and HR on the Wellbeing
 * dashboard, HR running an HRIS import (dry run and apply) every minute. Per operation p50/p95/p99
 * against the same flows run by one client alone first (the floor), every error, and the API's
 * memory from just after warm-up to the end. Returns the pass flag: no error, and the live heap and
 * the RSS after a forced full GC at the end within 10 % of the same after warm-up.
 */
export async function benchSoak(opts: SoakOptions): Promise<boolean> {
  const operations = webOperations();
  const now = new Date().toISOString();
  // A loopback inspector, for the bench alone: it forces full collections before the memory verdict.
  const inspectPort = await freePort();
  const env = await startEnvironment({ now, apiEnv: { METRICS_TOKEN }, apiNodeArgs: [`--inspect=127.0.0.1:${inspectPort}`] });
  try {
    return await soak(env, operations, now, opts, inspectPort);
  } finally {
    await env.close();
  }
}

async function soak(env: BenchEnvironment, operations: Operations, now: string, opts: SoakOptions, inspectPort: number): Promise<boolean> {
  const api = env.api;
  const rec = new Recorder();
  const gql = gqlClient(api.url, operations, rec);
  const actors = await castActors(env, opts.seconds);
  const files = await writeHrisFiles(now);
  log(`cast: ${actors.pulseAgents.length} agents answering pulses, ${actors.signInAgents.length} signing in and out, HR and ${actors.managers.length} managers on dashboards`);

  // Long-lived sessions: HR, managers and the answering agents stay signed in, like an open browser tab.
  const hrCookie = await signInOnce(gql, actors.hr);
  const managerCookies = await Promise.all(actors.managers.map((m) => signInOnce(gql, m)));
  const agentCookies: string[] = [];
  for (const a of actors.pulseAgents) agentCookies.push(await signInOnce(gql, a));

  // A first import is not a sync: it may create or update what the seed wrote differently. Applied once, outside the figures.
  const first = await importFlow(api.url, hrCookie, files[0], rec);
  if (first) log(`first import of the organisation's own file: ${first.created} created, ${first.updated} updated, ${first.unchanged} unchanged`);

  // The floor: each flow run by one client alone, on an otherwise idle API.
  log(`reference: each flow alone, ${REFERENCE_ROUNDS} rounds`);
  rec.phase = 'reference';
  const teamsOf = new Map<string, string[]>();
  let nextSignIn = 0;
  for (let i = 0; i < REFERENCE_ROUNDS; i++) {
    await signInFlow(gql, actors.signInAgents[nextSignIn++ % actors.signInAgents.length]);
    await pulseFlow(gql, agentCookies[i % agentCookies.length], i, rec);
    teamsOf.set('hr', await dashboardFlow(gql, hrCookie, i, true, teamsOf.get('hr') ?? []));
    teamsOf.set('m0', await dashboardFlow(gql, managerCookies[0], i, false, teamsOf.get('m0') ?? []));
    if (i < 4) await importFlow(api.url, hrCookie, files[(i + 1) % 2], rec);
  }
  const referenceMemory = await sampleMemory(api.url, api.pid, Date.now());

  // The mixed load.
  const t0 = Date.now();
  const deadline = t0 + opts.seconds * 1000;
  const warmupEnds = t0 + opts.seconds * 1000 * WARMUP_SHARE;
  rec.phase = 'warmup';
  log(`mixed load for ${opts.seconds} s (the first ${round(opts.seconds * WARMUP_SHARE, 0)} s are warm-up): ${MIX.signIn} signing in, ${MIX.pulse} answering, ${MIX.hrDashboard + MIX.managerDashboard} on dashboards, an import every ${opts.importEverySeconds} s`);
  const memory: MemorySample[] = [];
  // Under load, after warm-up and then every minute up to the last sample before the deadline: the live heap after a forced full GC.
  const settled: SettledSample[] = [];
  /** Once the load has stopped: the live heap with no request in flight (reported beside, not judged). */
  let idle: SettledSample | null = null;
  let nextSettled = warmupEnds;
  let apiExited = false;
  api.child.once('exit', () => (apiExited = true));
  const running = () => Date.now() < deadline && !apiExited;
  const think = () => (opts.thinkMs > 0 ? sleep(opts.thinkMs) : Promise.resolve());

  const sampler = (async () => {
    for (let next = t0; running(); ) {
      const s = await sampleMemory(api.url, api.pid, t0);
      if (s) memory.push(s);
      if (Date.now() >= warmupEnds) rec.phase = 'measured';
      next += opts.sampleEverySeconds * 1000;
      if (s && Math.floor(s.t / 60) !== Math.floor((memory.at(-2)?.t ?? -60) / 60)) log(`  ${round(s.t, 0)} s: API RSS ${round(s.rssMb, 0)} MB, heap used ${s.heapUsedMb === null ? '?' : round(s.heapUsedMb, 0)} MB, ${rec.totalErrors()} errors`);
      const last = Math.min(next, deadline) + opts.sampleEverySeconds * 1000 > deadline;
      if (running() && (Date.now() >= nextSettled || (last && settled.length > 0))) {
        const g = await settledMemory(inspectPort, api.pid, t0);
        if (g) {
          settled.push(g);
          log(`  ${round(g.t, 0)} s, after a forced full GC: live heap ${round(g.heapUsedMb, 0)} MB, RSS ${round(g.rssMb, 0)} MB`);
        }
        nextSettled = Math.max(nextSettled, Date.now()) + 60_000;
      }
      await sleep(Math.max(0, Math.min(next, deadline) - Date.now()));
    }
    // The end: one last sample once the load has stopped.
    const s = await sampleMemory(api.url, api.pid, t0);
    if (s) memory.push(s);
    idle = await settledMemory(inspectPort, api.pid, t0);
  })();

  const users: Array<Promise<void>> = [];
  for (let u = 0; u < MIX.signIn; u++) {
    users.push(
      (async () => {
        while (running()) {
          await signInFlow(gql, actors.signInAgents[nextSignIn++ % actors.signInAgents.length]);
          await think();
        }
      })(),
    );
  }
  for (let u = 0; u < MIX.pulse; u++) {
    users.push(
      (async () => {
        // Each virtual user takes its own agents in turn (no two users answer as the same person at once).
        const mine = agentCookies.filter((_, i) => i % MIX.pulse === u);
        for (let turn = REFERENCE_ROUNDS; running(); turn++) {
          await pulseFlow(gql, mine[turn % mine.length], turn, rec);
          await think();
        }
      })(),
    );
  }
  const dashboardUsers = [
    { key: 'hr', cookie: hrCookie, hr: true },
    ...managerCookies.map((cookie, i) => ({ key: `m${i}`, cookie, hr: false })),
  ];
  for (const d of dashboardUsers) {
    users.push(
      (async () => {
        for (let turn = REFERENCE_ROUNDS; running(); turn++) {
          teamsOf.set(d.key, await dashboardFlow(gql, d.cookie, turn, d.hr, teamsOf.get(d.key) ?? []));
          await think();
        }
      })(),
    );
  }
  users.push(
    (async () => {
      for (let turn = 0; running(); turn++) {
        const started = Date.now();
        await importFlow(api.url, hrCookie, files[turn % 2], rec);
        await sleep(Math.max(0, Math.min(started + opts.importEverySeconds * 1000, deadline) - Date.now()));
      }
    })(),
  );
  await Promise.all(users);
  const elapsed = (Date.now() - t0) / 1000;
  await sampler;
  if (apiExited) rec.record('api_process', 0, `the API process exited during the run; see ${api.logFile}`);

  return report(rec, memory, settled, idle, referenceMemory, opts, elapsed, t0, warmupEnds);
}

function report(rec: Recorder, memory: MemorySample[], settled: SettledSample[], idle: SettledSample | null, referenceMemory: MemorySample | null, opts: SoakOptions, elapsed: number, t0: number, warmupEnds: number): boolean {
  const measuredSeconds = elapsed - (warmupEnds - t0) / 1000;
  const all: number[] = [];
  const allReference: number[] = [];
  const kinds = [...rec.samples.keys()].filter((k) => k !== 'no_open_pulse' && k !== 'api_process').sort();
  for (const kind of kinds) {
    const s = rec.samples.get(kind)!;
    const e = rec.errors.get(kind)!;
    const measured = [...s.measured].sort((a, b) => a - b);
    const reference = [...s.reference].sort((a, b) => a - b);
    all.push(...measured);
    allReference.push(...reference);
    if (measured.length === 0) continue;
    const refP95 = reference.length ? percentile(reference, 95) : null;
    emit({
      bench: 'soak',
      metric: 'latency_p95_ms',
      kind,
      value: round(percentile(measured, 95), 1),
      unit: 'ms',
      reference: refP95 === null ? null : round(refP95, 1),
      ratio: refP95 === null ? null : round(percentile(measured, 95) / refP95, 2),
      target: null,
      p50_ms: round(percentile(measured, 50), 1),
      p99_ms: round(percentile(measured, 99), 1),
      max_ms: round(measured[measured.length - 1], 1),
      reference_p50_ms: reference.length ? round(percentile(reference, 50), 1) : null,
      count: measured.length,
      per_s: round(measured.length / measuredSeconds, 2),
      reference_count: reference.length,
      errors: e.setup + e.reference + e.warmup + e.measured,
    });
  }
  all.sort((a, b) => a - b);
  allReference.sort((a, b) => a - b);
  const errors = rec.totalErrors();

  const after = memory.filter((m) => m.t >= (warmupEnds - t0) / 1000);
  // Start and end: the mean of the first and last three samples after warm-up (GC makes single samples jumpy).
  const window = Math.min(3, Math.max(1, Math.floor(after.length / 3)));
  const startRss = after.length ? mean(after.slice(0, window).map((m) => m.rssMb)) : NaN;
  const endRss = after.length ? mean(after.slice(-window).map((m) => m.rssMb)) : NaN;
  const heap = (xs: MemorySample[]) => (xs.every((m) => m.heapUsedMb !== null) ? round(mean(xs.map((m) => m.heapUsedMb!)), 1) : null);
  const ratio = endRss / startRss;
  // The verdict: the live heap and the RSS after a forced full GC, under load, just after warm-up vs just before the end.
  // Sampled RSS and heap used are reported beside it but not judged: they follow V8 growing its heap and
  // the allocator keeping freed pages, which come back under memory pressure (ADR 0004, "Soak memory").
  const liveStart = settled.at(0) ?? null;
  const liveEnd = settled.length > 1 ? settled.at(-1)! : null;
  const liveRatio = liveStart && liveEnd ? liveEnd.heapUsedMb / liveStart.heapUsedMb : NaN;
  const settledRssRatio = liveStart && liveEnd ? liveEnd.rssMb / liveStart.rssMb : NaN;
  // RSS after the same forced GC is judged too: it is what a native leak (buffers, sockets, addons) would raise.
  const memoryFlat = Number.isFinite(liveRatio) && liveRatio <= 1.1 && Number.isFinite(settledRssRatio) && settledRssRatio <= 1.1;
  const pass = errors === 0 && memoryFlat;
  const perMinute: number[] = [];
  for (const m of memory) perMinute[Math.floor(m.t / 60)] = Math.max(perMinute[Math.floor(m.t / 60)] ?? 0, m.rssMb);
  emit({
    bench: 'soak',
    metric: 'latency_p95_ms',
    kind: 'all',
    value: all.length ? round(percentile(all, 95), 1) : null,
    unit: 'ms',
    reference: allReference.length ? round(percentile(allReference, 95), 1) : null,
    ratio: all.length && allReference.length ? round(percentile(all, 95) / percentile(allReference, 95), 2) : null,
    target: null,
    p50_ms: all.length ? round(percentile(all, 50), 1) : null,
    p99_ms: all.length ? round(percentile(all, 99), 1) : null,
    reference_p50_ms: allReference.length ? round(percentile(allReference, 50), 1) : null,
    reference_p99_ms: allReference.length ? round(percentile(allReference, 99), 1) : null,
    count: all.length,
    per_s: round(all.length / measuredSeconds, 1),
    errors,
  });
  emit({
    bench: 'soak',
    metric: 'summary',
    value: liveEnd ? round(liveEnd.heapUsedMb, 1) : null,
    unit: 'MB',
    reference: liveStart ? round(liveStart.heapUsedMb, 1) : null,
    ratio: round(liveRatio, 3),
    target: 'errors == 0 and, after a forced full GC, API live heap end / start <= 1.10 and API RSS end / start <= 1.10',
    pass,
    errors,
    errors_by_kind: Object.fromEntries([...rec.errors].filter(([, e]) => e.setup + e.reference + e.warmup + e.measured > 0).map(([k, e]) => [k, e])),
    first_errors: rec.firstErrors.slice(0, 5),
    no_open_pulse: rec.samples.get('no_open_pulse') ? Object.values(rec.samples.get('no_open_pulse')!).reduce((n, x) => n + x.length, 0) : 0,
    seconds: round(elapsed, 0),
    warmup_seconds: round((warmupEnds - t0) / 1000, 0),
    warmup_note: `latencies and the starting memory are taken after the first ${Math.round(WARMUP_SHARE * 100)} % of the mixed load; errors count from the first request`,
    live_heap_mb: settled.map((g) => ({ t_s: round(g.t, 0), heap_used: round(g.heapUsedMb, 1), heap_total: round(g.heapTotalMb, 1), external: round(g.externalMb, 1), array_buffers: round(g.arrayBuffersMb, 1), rss: round(g.rssMb, 1) })),
    settled_rss_ratio: round(settledRssRatio, 3),
    idle_after_load_mb: idle ? { heap_used: round(idle.heapUsedMb, 1), heap_total: round(idle.heapTotalMb, 1), external: round(idle.externalMb, 1), rss: round(idle.rssMb, 1) } : null,
    rss_ratio: round(ratio, 3),
    rss_start_mb: round(startRss, 1),
    rss_end_mb: round(endRss, 1),
    rss_max_mb: memory.length ? round(Math.max(...memory.map((m) => m.rssMb)), 1) : null,
    rss_after_reference_mb: referenceMemory ? round(referenceMemory.rssMb, 1) : null,
    rss_window: `mean of the first and last ${window} samples after warm-up, one every ${opts.sampleEverySeconds} s`,
    heap_used_start_mb: heap(after.slice(0, window)),
    heap_used_end_mb: heap(after.slice(-window)),
    heap_used_max_mb: memory.every((m) => m.heapUsedMb !== null) && memory.length ? round(Math.max(...memory.map((m) => m.heapUsedMb!)), 1) : null,
    external_end_mb: after.length && after.at(-1)!.externalMb !== null ? round(after.at(-1)!.externalMb!, 1) : null,
    rss_max_per_minute_mb: perMinute.map((x) => round(x ?? NaN, 0)),
    heap_used_per_minute_mb: heapPerMinute(memory),
    mix: { ...MIX, hrImportEverySeconds: opts.importEverySeconds, thinkMs: opts.thinkMs },
    load_average: os.loadavg().map((l) => round(l, 2)),
  });
  return pass;
}

/** The lowest heap used in each minute: the floor the collector gets back to, which is what a leak raises. */
function heapPerMinute(memory: MemorySample[]): Array<number | null> {
  const out: Array<number | null> = [];
  for (const m of memory) {
    if (m.heapUsedMb === null) continue;
    const i = Math.floor(m.t / 60);
    out[i] = Math.min(out[i] ?? Infinity, round(m.heapUsedMb, 0));
  }
  return Array.from(out, (x) => x ?? null);
}
