// Starts what the journeys run against: a throw-away embedded PostgreSQL and the BUILT API
// (apps/api/dist) serving the BUILT dashboard (apps/web/dist), exactly as `npm start` runs it in
// production mode. The API seeds the demo organisation on its first start (DEMO_SEED default).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startTempPostgres } from '../../../../tools/scripts/temp-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const artifacts = path.join(root, 'tmp', 'e2e-artifacts');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';


export default async function globalSetup() {
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });

  // Never pass quietly without a browser: say exactly what is missing.
  if (!fs.existsSync(chromium)) {
    throw new Error(`BROWSER TESTS CANNOT RUN: Chromium not found at ${chromium} — install with \`apt-get install -y chromium\``);
  }
  if (process.env.E2E_BASE_URL) return; // journeys against a server that is already running

  const mainJs = path.join(root, 'apps', 'api', 'dist', 'main.js');
  const webDist = path.join(root, 'apps', 'web', 'dist');
  for (const f of [mainJs, path.join(webDist, 'index.html')]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(root, f)} is missing: build first (npx nx run-many -t build)`);
  }

  // Serve a private copy of the dashboard build: a rebuild in this checkout (vite empties dist
  // first) must not pull the pages out from under a running journey.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-e2e-'));
  const webCopy = path.join(dataDir, 'web-dist');
  fs.cpSync(webDist, webCopy, { recursive: true, filter: (src) => !src.endsWith('.map') });

  const pg = await startTempPostgres();
  const port = await freePort();
  const logFile = path.join(artifacts, 'api.log');
  const log = fs.openSync(logFile, 'w');
  const api = spawn(process.execPath, [mainJs], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: pg.url,
      DATA_DIR: path.join(dataDir, 'data'),
      WEB_DIST: webCopy,
      LOG_LEVEL: process.env.E2E_API_LOG_LEVEL || 'warn',
    },
  });
  // An API that dies mid-run leaves a note in its log instead of a mystery "connection refused".
  api.on('exit', (code, signal) => {
    if (!globalThis.__PULSE_E2E__?.stopping) fs.appendFileSync(logFile, `\n[e2e] the API exited unexpectedly: code ${code}, signal ${signal}\n`);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  globalThis.__PULSE_E2E__ = { pg, api, dataDir, log };

  const deadline = Date.now() + 90_000;
  let ready = false;
  while (!ready && Date.now() < deadline && api.exitCode === null) {
    try {
      ready = (await fetch(`${baseUrl}/health/ready`)).ok;
    } catch {
      // not listening yet
    }
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  if (!ready) {
    globalThis.__PULSE_E2E__.stopping = true;
    if (api.exitCode === null) api.kill('SIGKILL');
    await pg.stop();
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`the API did not become ready at ${baseUrl}/health/ready (exit code ${api.exitCode}); last log lines:\n${tail}`);
  }
  // The dashboard must be served too (SPA fallback for a client-side route), or every journey fails slowly.
  const page = await fetch(`${baseUrl}/sign-in`, { headers: { accept: 'text/html' } }).catch((e) => ({ ok: false, status: e.message, headers: new Headers() }));
  if (!page.ok || !String(page.headers.get('content-type')).includes('text/html')) {
    globalThis.__PULSE_E2E__.stopping = true;
    api.kill('SIGTERM');
    await pg.stop();
    throw new Error(`the API is up but does not serve the dashboard at ${baseUrl}/sign-in (status ${page.status})`);
  }
  // Workers inherit this process's environment.
  process.env.E2E_BASE_URL = baseUrl;
}
