// `npm start`: build what is stale (Nx cache makes a second start instant), then run the product:
// the API serving GraphQL, the CSV endpoints and the built dashboard on one port.
// With no DATABASE_URL the API starts an embedded PostgreSQL in DATA_DIR (default ./.data) and, on
// the very first start, creates the demo organisation and prints its sign-ins.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const nxBin = resolveBin('nx', 'nx');
const mainJs = path.join(root, 'apps', 'api', 'dist', 'main.js');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

/** The package's own bin script, run with this Node (the repo's Node 24), not a PATH lookup. */
function resolveBin(pkg, name) {
  try {
    const manifest = createRequire(path.join(root, 'package.json')).resolve(`${pkg}/package.json`);
    const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
  } catch {
    return null;
  }
}

if (!nxBin || !fs.existsSync(nxBin)) {
  console.error('Dependencies are not installed. Run `npm install` first, then `npm start`.');
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit', ...opts });
    child.on('error', (e) => {
      console.error(`could not start ${cmd}: ${e.message}`);
      resolve({ code: 1, signal: null });
    });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

function exitLike({ code, signal }) {
  if (signal) process.exit(128 + (os.constants.signals[signal] ?? 0));
  process.exit(code ?? 1);
}

// 1. Build. Ctrl-C here reaches Nx directly (same process group); we only report its result.
const t0 = Date.now();
console.log('Building the API and the dashboard (the first build takes about half a minute)...');
const build = await run(process.execPath, [
  nxBin, 'run-many', '-t', 'build', '-p', '@pulse/api', '@pulse/web', '--output-style=static',
]);
if (build.code !== 0 || build.signal) {
  if (!build.signal) console.error('\nThe build failed; see the errors above.');
  exitLike(build);
}
console.log(`Build ready in ${((Date.now() - t0) / 1000).toFixed(1)} s. Starting Pulse & Path...`);

// 2. Run the API in its own process group, so a terminal Ctrl-C (which npm may forward again)
// reaches it exactly once, through us: it then drains requests and stops PostgreSQL cleanly.
const api = spawn(process.execPath, [mainJs], { cwd: root, env: process.env, stdio: 'inherit', detached: true });
let lastSignalAt = 0;
const forward = (signal) => {
  const now = Date.now();
  // The same keypress can arrive twice (terminal and npm); a deliberate second press still counts.
  if (now - lastSignalAt < 1000) return;
  lastSignalAt = now;
  if (api.exitCode === null && api.signalCode === null) api.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
// `npm start` runs us under `sh -c`; when npm is sent SIGTERM it stops that shell, which does not
// pass the signal on. Noticing that our parent is gone, we stop the API ourselves.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) forward('SIGTERM');
}, 1000).unref();
// If this wrapper dies unexpectedly, do not leave the API (and its PostgreSQL) behind.
process.on('exit', () => {
  if (api.exitCode === null && api.signalCode === null) api.kill('SIGTERM');
});
api.on('error', (e) => {
  console.error(`could not start the API: ${e.message}`);
  process.exit(1);
});
api.on('exit', (code, signal) => exitLike({ code, signal }));
