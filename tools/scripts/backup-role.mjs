// `npm run backup:role`: creates or updates the backup role pulse_backup (tools/backup/backup-role.sql)
// in DATABASE_URL's database, which must be a superuser's connection, and sets its password from
// BACKUP_PASSWORD when given. Safe to run again (after upgrades: new schemas, a new password).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('usage: DATABASE_URL=postgres://superuser:…@host:5432/db [BACKUP_PASSWORD=…] npm run backup:role');
  process.exit(2);
}
const sql = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'backup', 'backup-role.sql'), 'utf8');
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await client.query('BEGIN');
  await client.query(sql);
  if (process.env.BACKUP_PASSWORD) {
    // A literal, not a parameter: ALTER ROLE takes none. escapeLiteral doubles any quote.
    await client.query(`ALTER ROLE pulse_backup PASSWORD ${client.escapeLiteral(process.env.BACKUP_PASSWORD)}`);
  }
  await client.query('COMMIT');
} catch (e) {
  await client.query('ROLLBACK').catch(() => undefined);
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
} finally {
  await client.end();
}
const u = new URL(url);
u.username = 'pulse_backup';
u.password = '';
console.log(`pulse_backup is ready; back up with BACKUP_DATABASE_URL=${u.toString().replace('pulse_backup@', 'pulse_backup:<password>@')}`);
