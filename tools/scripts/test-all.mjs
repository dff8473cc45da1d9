// `npm test`: every check and every test tier, in order, and ONE summary line at the very end:
//   "N passed, N failed"
// (CI reads that line). Tests are counted by the Jest count reporter (tools/jest/count-reporter.cjs),
// which writes tmp/test-results/<tier>-<project>-<pid>.json per Jest run. A step that fails without
// Jest results of its own (lint, typecheck, build, a crash before any test ran) counts as 1 failed.
//
// Steps: lint (incl. module boundaries) -> typecheck -> unit -> integration -> build -> browser.
// Options: --skip-browser (or SKIP_BROWSER=1) leaves the browser tier out, saying so loudly.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsDir = path.join(root, 'tmp', 'test-results');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const skipBrowser = process.argv.includes('--skip-browser') || process.env.SKIP_BROWSER === '1';

const manifest = createRequire(path.join(root, 'package.json')).resolve('nx/package.json');
const nxBin = path.join(path.dirname(manifest), JSON.parse(fs.readFileSync(manifest, 'utf8')).bin.nx);
const baseEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };

let interrupted = false;
process.on('SIGINT', () => (interrupted = true)); // the child gets the same Ctrl-C; we then stop
process.on('SIGTERM', () => (interrupted = true));

function nx(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nxBin, ...args, '--output-style=static'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...baseEnv, ...env },
    });
    child.on('error', (e) => {
      console.error(e.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function readTier(tier) {
  const sum = { passed: 0, failed: 0, skipped: 0, runs: 0 };
  if (!fs.existsSync(resultsDir)) return sum;
  for (const f of fs.readdirSync(resultsDir)) {
    if (!f.startsWith(`${tier}-`) || !f.endsWith('.json')) continue;
    try {
      const r = JSON.parse(fs.readFileSync(path.join(resultsDir, f), 'utf8'));
      sum.passed += r.passed ?? 0;
      sum.failed += r.failed ?? 0;
      sum.skipped += r.skipped ?? 0;
      sum.runs += 1;
    } catch {
      sum.failed += 1; // an unreadable result file is not a pass
    }
  }
  return sum;
}

function banner(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '!'.repeat(width);
  return [bar, ...lines.map((l) => `! ${l.padEnd(width - 4)} !`), bar].join('\n');
}

const rows = [];
const total = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

/** A check without Jest results: passing counts as nothing, failing counts as 1 failed. */
async function check(name, args) {
  if (interrupted) return false;
  heading(name);
  const t = Date.now();
  const code = await nx(args);
  const failed = code === 0 ? 0 : 1;
  total.failed += failed;
  rows.push({ name, result: code === 0 ? 'ok' : 'FAILED', seconds: (Date.now() - t) / 1000 });
  return code === 0;
}

/** A Jest tier: counts come from the reporter files; a failing run with no failures recorded counts 1. */
async function tier(name, tierName, args) {
  if (interrupted) return false;
  heading(name);
  const t = Date.now();
  const code = await nx(args, { TEST_TIER: tierName });
  const r = readTier(tierName);
  const extra = code !== 0 && r.failed === 0 ? 1 : 0;
  total.passed += r.passed;
  total.failed += r.failed + extra;
  total.skipped += r.skipped;
  rows.push({
    name,
    result: `${r.passed} passed, ${r.failed + extra} failed${r.skipped ? `, ${r.skipped} skipped` : ''}${extra ? ' (the run failed outside any test)' : ''}`,
    seconds: (Date.now() - t) / 1000,
  });
  return code === 0;
}

function heading(name) {
  console.log(`\n\n=== ${name} ${'='.repeat(Math.max(3, 70 - name.length))}\n`);
}

const started = Date.now();
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

await check('lint (incl. module boundaries)', ['run-many', '-t', 'lint']);
await check('typecheck', ['run-many', '-t', 'typecheck']);
await tier('unit tests', 'unit', ['run-many', '-t', 'test']);
await tier('integration tests', 'integration', ['run-many', '-t', 'test:integration']);
const built = await check('build', ['run-many', '-t', 'build']);

let browserSkipped = null;
if (!fs.existsSync(chromium)) {
  browserSkipped = `BROWSER TESTS SKIPPED: Chromium not found at ${chromium} — install with \`apt-get install -y chromium\` to run them`;
} else if (skipBrowser) {
  browserSkipped = 'BROWSER TESTS SKIPPED: --skip-browser / SKIP_BROWSER=1 was given';
}
if (browserSkipped) {
  console.log(`\n${banner([browserSkipped])}\n`);
  rows.push({ name: 'browser tests', result: 'SKIPPED', seconds: 0 });
  notes.push(banner([browserSkipped]));
} else if (!built) {
  rows.push({ name: 'browser tests', result: 'not run: the build failed', seconds: 0 });
} else {
  await tier('browser tests (Chromium)', 'browser', ['run', '@pulse/web-e2e:test:e2e']);
}

if (interrupted) {
  total.failed += 1;
  notes.push('Interrupted: the remaining steps did not run.');
}

console.log('\n\n=== summary ' + '='.repeat(62));
for (const r of rows) console.log(`  ${r.name.padEnd(32)} ${r.seconds.toFixed(0).padStart(4)} s   ${r.result}`);
console.log(`  ${'total'.padEnd(32)} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`);
if (total.skipped) console.log(`  (${total.skipped} skipped tests)`);
for (const n of notes) console.log(`\n${n}`);
console.log('');
// The last line: CI reads it.
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
