// Runs a TypeScript tool (seed, bench) on this repo's Node, straight from source:
//   node tools/scripts/run-ts.mjs <file.ts> [args...]
// ts-node in transpile-only mode with SWC (no type-check here: `tsc` does that), and the
// `@pulse/source` export condition so workspace libraries load from src/ without a build.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}

const child = spawn(
  process.execPath,
  ['--conditions=@pulse/source', '--require', 'ts-node/register', path.resolve(file), ...args],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      TS_NODE_PROJECT: path.join(root, 'tools', 'tsconfig.run-ts.json'),
      TS_NODE_TRANSPILE_ONLY: 'true',
      TS_NODE_SWC: 'true',
    },
  },
);
// The child shares the terminal, so Ctrl-C reaches it directly: only wait for it to clean up.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
