import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { type BenchEnvironment, REPO, signIn } from './environment';
import { sampleData } from './sample-data';
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

async function measure(target: Target, query: string, opts: StackOptions): Promise<{ rps: number; p99: number; errors: number }> {
  const run = (duration: number) =>
    autocannon({
      url: `${target.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      body: JSON.stringify({ query }),
      connections: opts.connections,
      duration,
    });
  await run(opts.warmup);
  const r = await run(opts.duration);
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function startBare(schemaFile: string, data: unknown): Promise<{ url: string; stop(): Promise<void> }> {
  const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-bare-')), 'data.json');
  fs.writeFileSync(dataFile, JSON.stringify(data));
  // Same runtime and TypeScript loader as this process (run-ts passes them in execArgv).
  const child = spawn(process.execPath, [...process.execArgv, path.join(__dirname, 'bare-server.ts'), schemaFile, dataFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
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
    },
  };
}

/**
 * Requests per second of the real API against a bare Apollo Server with the same schema, for a
 * trivial query and a nested one, on loopback with autocannon after a warm-up.
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

  const bare = await startBare(schemaFile, sampleData(schema, nested ?? '{ __typename }'));
  try {
    for (const q of queries) {
      // Both servers must give a real answer before we count how fast they give it.
      for (const [name, target] of [['API', api], ['bare', { url: bare.url, headers: {} }]] as const) {
        const check = await post(target, q.query);
        if (check.status !== 200 || check.body.errors?.length) {
          skip('stack', `${name} answered ${q.metric} with ${check.status} ${JSON.stringify(check.body.errors ?? check.body).slice(0, 300)}`);
          return;
        }
        const items = (check.body.data as { people?: { items?: unknown[] } } | undefined)?.people?.items;
        if (items && items.length !== 20) log(`${name} returned ${items.length} people for the nested query`);
      }
      log(`${q.metric}: API (${opts.connections} connections, ${opts.duration} s after ${opts.warmup} s warm-up)`);
      const a = await measure(api, q.query, opts);
      log(`${q.metric}: bare Apollo Server`);
      const b = await measure({ url: bare.url, headers: {} }, q.query, opts);
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
      });
    }
  } finally {
    await bare.stop();
  }
}
