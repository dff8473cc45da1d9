import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { buildSchema, parse, validate } from 'graphql';
import { Client } from 'pg';
import ts from 'typescript';
import { type BenchEnvironment, REPO, signIn } from './environment';
import { emit, log, round, skip } from './report';

export type StackOptions = { duration: number; warmup: number; connections: number };

/** The nested query: 20 people, each with their team and manager (20 × 3 objects). */
const NESTED_CANDIDATES = [
  '{ people(first: 20) { items { id displayName jobTitle team { id name path } manager { id displayName jobTitle } } } }',
  '{ people(first: 20) { items { id displayName team { id name } manager { id displayName } } } }',
];

type Target = { url: string; headers: Record<string, string> };

async function post(target: Target, query: string): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string }> } }> {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> } };
}

type Measured = { rps: number; p99: number; errors: number };

function cannon(target: Target, query: string, connections: number, duration: number) {
  return autocannon({
    url: `${target.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query }),
    connections,
    duration,
  });
}

/**
 * Both servers after a warm-up each, measured in the order A B B A with half the duration per
 * turn, so a change in the machine's other load during the run weighs on both alike.
 */
async function measurePair(a: Target, b: Target, query: string, opts: StackOptions): Promise<[Measured, Measured]> {
  for (const t of [a, b]) await cannon(t, query, opts.connections, opts.warmup);
  const turns: Record<'a' | 'b', Array<Awaited<ReturnType<typeof cannon>>>> = { a: [], b: [] };
  for (const side of ['a', 'b', 'b', 'a'] as const) turns[side].push(await cannon(side === 'a' ? a : b, query, opts.connections, opts.duration / 2));
  const sum = (side: 'a' | 'b'): Measured => ({
    rps: turns[side].reduce((n, r) => n + r.requests.average, 0) / turns[side].length,
    p99: Math.max(...turns[side].map((r) => r.latency.p99)),
    errors: turns[side].reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0),
  });
  return [sum('a'), sum('b')];
}

/**
 * The reference runs as plain JavaScript on plain Node, as the API does (tsc output): transpiled
 * here rather than run through run-ts, whose ts-node would turn async functions into ES3 generator
 * state machines (it knows no target above ES2022) and load `domain` into every EventEmitter.
 * Workspace libraries resolve to their builds, like the API's.
 */
async function startBare(schemaFile: string, databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const source = fs.readFileSync(path.join(__dirname, 'bare-server.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-bare-')), 'bare-server.js');
  fs.writeFileSync(file, outputText);
  const child = spawn(process.execPath, [file, schemaFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', NODE_PATH: path.join(REPO, 'node_modules'), BENCH_DATABASE_URL: databaseUrl },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /\{"url":"([^"]+)"\}/.exec(buf);
      if (m) resolve(m[1].replace(/\/$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    url,
    stop: async () => {
      const done = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await done;
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}

/**
 * SQL statements PostgreSQL ran per request of `query` (committed plus rolled-back transactions in
 * pg_stat_database: every statement of either server is its own transaction). Backends publish
 * their counters within PGSTAT_IDLE_INTERVAL (10 s) of going idle, hence the waits; the reads' own
 * connections add one or two, which `n` requests make negligible.
 */
async function statementsPerRequest(databaseUrl: string, target: Target, query: string, n = 100): Promise<number> {
  const transactions = async () => {
    await sleep(11_000);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()');
      return Number(rows[0].n);
    } finally {
      await client.end();
    }
  };
  const before = await transactions();
  for (let i = 0; i < n; i++) await post(target, query);
  return round(((await transactions()) - before) / n, 1);
}

const REFERENCE_NOTE =
  'bare @apollo/server (standalone, plain Node http; no Nest, Fastify, guards, validation or TypeORM) serving apps/api/schema.gql; ' +
  'for people: the session lookup by cookie-token hash, the page and total in one query, DataLoader-batched team and manager lookups, ' +
  'the same SQL through pg on the same database and pool size; { __typename } touches no database in either server';

/**
 * Requests per second of the real API against a bare Apollo Server with the same schema doing the
 * same database work, for a trivial query and a nested one, on loopback with autocannon after a
 * warm-up: the ratio is the cost of the stack (Nest, Fastify, guards, validation, TypeORM).
 */
export async function benchStack(env: BenchEnvironment, opts: StackOptions): Promise<void> {
  const schemaFile = path.join(REPO, 'apps/api/schema.gql');
  if (!fs.existsSync(schemaFile)) return skip('stack', 'apps/api/schema.gql is missing');
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  const nested = NESTED_CANDIDATES.find((q) => validate(schema, parse(q)).length === 0);

  const hr = env.signIns.find((s) => s.role === 'HR')!;
  const cookie = await signIn(env.api.url, hr.email, hr.password);
  const api: Target = { url: env.api.url, headers: { cookie } };

  const queries: Array<{ metric: string; query: string; target: number }> = [{ metric: 'typename_rps', query: '{ __typename }', target: 0.5 }];
  if (nested) queries.push({ metric: 'nested_20x3_rps', query: nested, target: 0.8 });
  else skip('stack', 'no nested people query validates against schema.gql');

  const bare = await startBare(schemaFile, env.databaseUrl);
  // The reference signs in with the same cookie: it looks the session up as the API does.
  const reference: Target = { url: bare.url, headers: { cookie } };
  try {
    for (const q of queries) {
      // Both servers must give a real answer, and the same one, before we count how fast they give it.
      const answers: unknown[] = [];
      for (const [name, target] of [['API', api], ['bare', reference]] as const) {
        const check = await post(target, q.query);
        if (check.status !== 200 || check.body.errors?.length) {
          skip('stack', `${name} answered ${q.metric} with ${check.status} ${JSON.stringify(check.body.errors ?? check.body).slice(0, 300)}`);
          return;
        }
        const items = (check.body.data as { people?: { items?: unknown[] } } | undefined)?.people?.items;
        if (items && items.length !== 20) log(`${name} returned ${items.length} people for the nested query`);
        answers.push(check.body.data);
      }
      if (!isDeepStrictEqual(answers[0], answers[1])) {
        skip('stack', `the API and the bare server answer ${q.metric} differently: ${JSON.stringify(answers).slice(0, 600)}`);
        return;
      }
      let statements: { api: number; reference: number } | null = null;
      if (q.query !== '{ __typename }') {
        log(`${q.metric}: counting SQL statements per request of each server (about 30 s)`);
        statements = { api: await statementsPerRequest(env.databaseUrl, api, q.query), reference: await statementsPerRequest(env.databaseUrl, reference, q.query) };
        if (statements.api !== statements.reference) log(`${q.metric}: the API runs ${statements.api} SQL statements per request, the reference ${statements.reference}`);
      }
      log(`${q.metric}: API and bare Apollo Server (${opts.connections} connections, ${opts.duration} s each in two turns, after ${opts.warmup} s warm-up)`);
      const [a, b] = await measurePair(api, reference, q.query, opts);
      emit({
        bench: 'stack',
        metric: q.metric,
        value: round(a.rps, 0),
        unit: 'req/s',
        reference: round(b.rps, 0),
        ratio: round(a.rps / b.rps, 2),
        target: `>= ${q.target}`,
        pass: a.rps / b.rps >= q.target,
        p99_ms: a.p99,
        reference_p99_ms: b.p99,
        errors: a.errors,
        reference_errors: b.errors,
        ...(statements && { sql_per_request: statements.api, reference_sql_per_request: statements.reference }),
        reference_note: REFERENCE_NOTE,
      });
    }
  } finally {
    await bare.stop();
  }
}
