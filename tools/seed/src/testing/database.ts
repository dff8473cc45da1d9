import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * A fresh database migrated by the API's own migrations. The seed writes into the API's schema,
 * so only the real migrations make this test mean anything; loaded by path because tools/seed
 * must not depend on the API package (the API depends on it).
 */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('TEST_DATABASE_URL is not set: run through jest.integration.config.cjs');
  const name = `seed_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  const url = u.toString();
  const migrate = (await import(path.join(REPO, 'apps/api/src/database/migrate'))) as { runMigrations(url: string): Promise<string[]> };
  await migrate.runMigrations(url);
  return {
    url,
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
