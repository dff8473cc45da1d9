import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/** Applies every pending migration, each in its own transaction. Safe to run from several replicas. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await ds.initialize();
  try {
    // One replica migrates at a time; the others wait and then find nothing pending.
    await ds.query('SELECT pg_advisory_lock(727274)');
    const done = await ds.runMigrations({ transaction: 'each' });
    await ds.query('SELECT pg_advisory_unlock(727274)');
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is required');
    process.exit(2);
  }
  runMigrations(url).then(
    (names) => console.log(names.length ? `applied: ${names.join(', ')}` : 'no pending migrations'),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
