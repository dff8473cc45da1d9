// npm run migration:generate -- <name>: generates a migration from entity changes against a
// fresh embedded database migrated by the existing migrations.
import { execFileSync } from 'node:child_process';
const name = process.argv[2];
if (!name) {
  console.error('usage: npm run migration:generate -- <verb-noun>');
  process.exit(2);
}
execFileSync(
  process.execPath,
  ['tools/scripts/with-embedded-pg.mjs', 'sh', '-c',
   `npx typeorm-ts-node-commonjs migration:run -d apps/api/src/database/data-source.ts && npx typeorm-ts-node-commonjs migration:generate -t false -d apps/api/src/database/data-source.ts apps/api/src/database/migrations/${name}`],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.json', TS_NODE_TRANSPILE_ONLY: 'true' } },
);
