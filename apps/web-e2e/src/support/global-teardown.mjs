import fs from 'node:fs';

export default async function globalTeardown() {
  const state = globalThis.__PULSE_E2E__;
  if (!state) return;
  const { pg, api, dataDir, log } = state;
  state.stopping = true;
  if (api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.closeSync(log);
}
