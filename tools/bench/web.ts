import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './environment';
import { emit, skip } from './report';

/** Relays the dashboard's bundle-size budget lines (apps/web/scripts/bundle-size.mjs). */
export function benchWeb(): void {
  const script = path.join(REPO, 'apps/web/scripts/bundle-size.mjs');
  if (!fs.existsSync(script)) return skip('web', 'apps/web/scripts/bundle-size.mjs is missing');
  const run = spawnSync(process.execPath, [script], { cwd: path.join(REPO, 'apps/web'), encoding: 'utf8' });
  let relayed = 0;
  for (const line of run.stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    try {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      const metric = String(parsed.metric ?? 'bundle');
      emit({
        bench: 'web',
        metric,
        value: typeof parsed.value === 'number' ? parsed.value : null,
        unit: metric.endsWith('_kb') ? 'kB' : null,
        reference: null,
        ratio: null,
        target: typeof parsed.limit === 'number' ? `<= ${parsed.limit}` : null,
        ...(typeof parsed.limit === 'number' && typeof parsed.value === 'number' ? { pass: parsed.value <= parsed.limit } : {}),
        ...parsed,
      });
      relayed++;
    } catch {
      // not a JSON line
    }
  }
  if (relayed === 0) skip('web', `bundle-size.mjs exited ${run.status} without JSON: ${(run.stderr || run.stdout).trim().slice(0, 300)}`);
}
