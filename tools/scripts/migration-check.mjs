// CI drift check: after running every migration, generating a migration from the entities must yield nothing.
import { execFileSync } from 'node:child_process';
try {
  execFileSync(
    process.execPath,
    ['tools/scripts/with-embedded-pg.mjs', 'sh', '-c',
     'npx typeorm-ts-node-commonjs migration:run -d apps/api/src/database/data-source.ts >/dev/null && npx typeorm-ts-node-commonjs migration:generate --check --dryrun -d apps/api/src/database/data-source.ts apps/api/src/database/migrations/drift'],
    { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.json', TS_NODE_TRANSPILE_ONLY: 'true' } },
  );
  console.log('migration drift check: no changes');
} catch {
  console.error('migration drift check FAILED: the entities differ from the migrations; run npm run migration:generate -- <verb-noun>');
  process.exit(1);
}
