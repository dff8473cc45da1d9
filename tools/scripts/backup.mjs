// `npm run backup -- FILE`: a consistent pg_dump (custom format) of the app's database into FILE,
// taken as the backup role (BACKUP_DATABASE_URL, the pulse_backup login; see docs/OPERATIONS.md and
// ADR 0017). Tenant tables have FORCE ROW LEVEL SECURITY (ADR 0013): a role that is held to it
// cannot dump them (pg_dump stops with "query would be affected by row-level security policy"), and
// with --enable-row-security it would silently dump them empty. So this refuses such a role.
import pg from 'pg';
import { clientTarget, pgProgram, programMajor, runProgram } from './pg-client.mjs';

const file = process.argv[2];
const url = process.env.BACKUP_DATABASE_URL || process.env.DATABASE_URL;
if (!file || !url) {
  console.error('usage: BACKUP_DATABASE_URL=postgres://pulse_backup:…@host:5432/db npm run backup -- FILE');
  process.exit(2);
}

const client = new pg.Client({ connectionString: url });
await client.connect();
let role;
let serverMajor;
try {
  ({
    rows: [role],
  } = await client.query(`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`));
  serverMajor = Math.floor(Number((await client.query(`SHOW server_version_num`)).rows[0].server_version_num) / 10000);
} finally {
  await client.end();
}
if (!role.rolsuper && !role.rolbypassrls) {
  console.error(
    `refused: ${role.name} is held to row-level security, so the tenant tables would be missing from the backup. ` +
      `Back up as pulse_backup (BYPASSRLS, read-only; create it with tools/backup/backup-role.sql or npm run backup:role).`,
  );
  process.exit(3);
}

const pgDump = pgProgram('pg_dump');
const clientMajor = programMajor(pgDump);
if (clientMajor < serverMajor) {
  console.error(`refused: ${pgDump} is PostgreSQL ${clientMajor} and the server ${serverMajor}; use pg_dump of the server's major version (PG_BIN_DIR).`);
  process.exit(3);
}
const { dbname, env } = clientTarget(url);
// Custom format: compressed, and pg_restore can list it and restore it selectively.
runProgram(pgDump, ['--format=custom', `--file=${file}`, `--dbname=${dbname}`], env);
const tables = runProgram(pgProgram('pg_restore'), ['--list', file], env)
  .split('\n')
  .filter((l) => / TABLE DATA /.test(l)).length;
console.log(`backed up ${tables} tables as ${role.name} with pg_dump ${clientMajor} (server ${serverMajor}) into ${file}`);
