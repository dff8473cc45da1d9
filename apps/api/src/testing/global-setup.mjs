// Starts one embedded PostgreSQL for the whole integration run; each test file clones a
// migrated template database from it (see test-app.ts).
import { startTempPostgres } from '../../../../tools/scripts/temp-postgres.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return; // an external server was given
  const pg = await startTempPostgres();
  globalThis.__PULSE_PG__ = pg;
  process.env.TEST_DATABASE_URL = pg.url;
}
