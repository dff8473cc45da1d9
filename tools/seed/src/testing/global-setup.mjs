// One throw-away PostgreSQL for the seed integration run (or TEST_DATABASE_URL when given).
import { startTempPostgres } from '../../../../tools/scripts/temp-postgres.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const pg = await startTempPostgres();
  globalThis.__PULSE_SEED_PG__ = pg;
  process.env.TEST_DATABASE_URL = pg.url;
}
