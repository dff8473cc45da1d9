import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { MIGRATIONS } from './migrations';
import { RecordConfidentialityKPerWave1796674792934 } from './migrations/1796674792934-record-confidentiality-k-per-wave';

/** Runs the given migrations on the database at `url`. */
async function migrate(url: string, migrations: typeof MIGRATIONS): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url, { migrations, extra: { max: 1 } }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

describe('recording k per wave on a database with pulse history (issue 9)', () => {
  const server = process.env.TEST_DATABASE_URL!;
  const name = `migrate_${randomBytes(6).toString('hex')}`;
  let db: Client;

  beforeAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(RecordConfidentialityKPerWave1796674792934));
    await migrate(u.toString(), before);
    db = new Client({ connectionString: u.toString() });
    await db.connect();
    // Two organisations as they may be today: k = 11 (allowed until now) and the default 5, each
    // with a closed, an open and a planned wave.
    for (const [slug, k] of [['strict', 11], ['usual', 5]] as const) {
      const org = (await db.query(`INSERT INTO organisation (slug, name, confidentiality_k) VALUES ($1, $1, $2) RETURNING id`, [slug, k])).rows[0].id;
      const program = (await db.query(`INSERT INTO pulse_program (organisation_id, name, status, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, 'Weekly', 'ACTIVE', 'WEEKLY', 1, '{enps.recommend}', '2026-01-05') RETURNING id`, [org])).rows[0].id;
      for (const [sequence, status] of [[0, 'CLOSED'], [1, 'OPEN'], [2, 'SCHEDULED']] as const) {
        await db.query(`INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status) VALUES ($1, $2, $3, '2026-01-05'::date + 7 * $3, '{enps.recommend}', $4)`, [org, program, sequence, status]);
      }
    }
    await migrate(u.toString(), MIGRATIONS);
  });
  afterAll(async () => {
    await db.end();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('opened waves keep the k their figures were computed with (even above 10); planned waves get theirs when they open', async () => {
    const { rows } = await db.query(`SELECT o.slug, w.status, w.confidentiality_k AS k FROM pulse_wave w JOIN organisation o ON o.id = w.organisation_id ORDER BY o.slug, w.sequence`);
    expect(rows).toEqual([
      { slug: 'strict', status: 'CLOSED', k: 11 },
      { slug: 'strict', status: 'OPEN', k: 11 },
      { slug: 'strict', status: 'SCHEDULED', k: null },
      { slug: 'usual', status: 'CLOSED', k: 5 },
      { slug: 'usual', status: 'OPEN', k: 5 },
      { slug: 'usual', status: 'SCHEDULED', k: null },
    ]);
  });

  it('a setting above 10 becomes 10, for waves opened from now on', async () => {
    const { rows } = await db.query(`SELECT slug, confidentiality_k AS k FROM organisation ORDER BY slug`);
    expect(rows).toEqual([{ slug: 'strict', k: 10 }, { slug: 'usual', k: 5 }]);
  });
});
