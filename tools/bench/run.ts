/**
 * npm run bench [-- stack|import|web ...] [--duration 10] [--connections 32] [--people 50000]
 *
 * Benchmarks, not tests: each prints JSON lines
 *   {"bench","metric","value","unit","reference","ratio","target", …}
 * where `reference` is the same work done the simplest way on the same machine in the same run, so
 * the ratio survives a slow or busy machine. Progress goes to stderr.
 */
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import { API_MAIN, type BenchEnvironment, startEnvironment } from './environment';
import { benchImport } from './import';
import { log, skip } from './report';
import { benchStack } from './stack';
import { benchWeb } from './web';

const ALL = ['stack', 'import', 'web'] as const;
type BenchName = (typeof ALL)[number];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '32' },
      people: { type: 'string', default: '50000' },
    },
  });
  const unknown = positionals.filter((p) => !(ALL as readonly string[]).includes(p));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
    process.exit(2);
  }
  const selected = (positionals.length ? positionals : [...ALL]) as BenchName[];

  let env: BenchEnvironment | null = null;
  const needsApi = selected.some((b) => b === 'stack' || b === 'import');
  try {
    if (needsApi && !fs.existsSync(API_MAIN)) {
      for (const b of selected.filter((x) => x !== 'web')) skip(b, 'apps/api/dist/main.js is missing: run npm run build first');
    } else if (needsApi) {
      env = await startEnvironment();
    }
    for (const name of selected) {
      try {
        if (name === 'stack' && env) await benchStack(env, { duration: Number(values.duration), warmup: Number(values.warmup), connections: Number(values.connections) });
        if (name === 'import' && env) await benchImport(env, { people: Number(values.people) });
        if (name === 'web') benchWeb();
      } catch (e) {
        skip(name, `failed: ${(e as Error).message}`);
        log((e as Error).stack ?? String(e));
      }
    }
  } finally {
    await env?.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
