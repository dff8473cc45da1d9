/**
 * npm run seed -- [--people 300] [--slug demo] [--name "Northwind Support"] [--seed N] [--today YYYY-MM-DD]
 *                 [--pulse-weeks N] [--database-url URL] [--migrate] [--temp [--keep]]
 *
 * Writes a generated organisation into a migrated PostgreSQL database (DATABASE_URL or --database-url).
 * --migrate  first applies the API's migrations (needs the built API: apps/api/dist/database/migrate.js).
 * --pulse-weeks  weekly pulse periods to generate, this week included (default: the 18-month history, ~80);
 *            the monthly WHO-5 waves cover the same span. 104 gives two years of pulses.
 * --temp     uses a throw-away embedded PostgreSQL instead (migrated automatically); --keep leaves it
 *            running until Ctrl-C so the API can be pointed at it.
 */
import { Presets, SingleBar } from 'cli-progress';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DEMO_DEFAULTS, OrganisationExistsError, seedDemoOrganisation } from './seed';

const REPO = path.resolve(__dirname, '..', '..', '..');

type TempPostgres = { url: string; stop(): Promise<void> };

function usage(message?: string): never {
  if (message) console.error(`seed: ${message}\n`);
  console.error(
    'usage: npm run seed -- [--people N] [--slug SLUG] [--name NAME] [--seed N] [--today YYYY-MM-DD]\n' +
      '                       [--pulse-weeks N] [--database-url URL] [--migrate] [--temp [--keep]]\n' +
      'The target database must be migrated (add --migrate to run the API migrations first).',
  );
  process.exit(2);
}

async function migrate(url: string): Promise<void> {
  const compiled = path.join(REPO, 'apps/api/dist/database/migrate.js');
  if (!fs.existsSync(compiled)) usage(`cannot migrate: ${path.relative(REPO, compiled)} is missing (run npm run build first)`);
  const { runMigrations } = (await import(compiled)) as { runMigrations(url: string): Promise<string[]> };
  const applied = await runMigrations(url);
  console.error(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database already migrated');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        people: { type: 'string' },
        slug: { type: 'string' },
        name: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
        'pulse-weeks': { type: 'string' },
        'database-url': { type: 'string' },
        migrate: { type: 'boolean', default: false },
        temp: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  if (args.help) usage();
  const people = args.people === undefined ? DEMO_DEFAULTS.people : Number(args.people.replace(/[_,]/g, ''));
  if (!Number.isInteger(people) || people < 60) usage('--people must be a whole number of at least 60');
  const seed = args.seed === undefined ? undefined : Number(args.seed);
  if (seed !== undefined && !Number.isInteger(seed)) usage('--seed must be a whole number');
  const pulseWeeks = args['pulse-weeks'] === undefined ? undefined : Number(args['pulse-weeks']);
  if (pulseWeeks !== undefined && (!Number.isInteger(pulseWeeks) || pulseWeeks < 1 || pulseWeeks > 520)) usage('--pulse-weeks must be a whole number from 1 to 520');

  let temp: TempPostgres | null = null;
  let url = args['database-url'] ?? process.env.DATABASE_URL ?? '';
  if (args.temp) {
    const mod = (await import(path.join(REPO, 'tools/scripts/temp-postgres.mjs'))) as { startTempPostgres(): Promise<TempPostgres> };
    console.error('starting a temporary embedded PostgreSQL…');
    temp = await mod.startTempPostgres();
    url = temp.url;
  } else if (!url) {
    usage('set DATABASE_URL (or --database-url) to a migrated database, or pass --temp');
  }

  const client = new Client({ connectionString: url });
  let cancelled = false;
  const onSigint = () => {
    // Closing the connection aborts the transaction: nothing of a half-written organisation stays.
    cancelled = true;
    void client.end().catch(() => undefined);
  };
  process.once('SIGINT', onSigint);
  const bar = new SingleBar(
    { format: ' {bar} {percentage}% | {value}/{total} rows | {duration_formatted} elapsed | eta {eta_formatted}', hideCursor: true, stream: process.stderr, etaBuffer: 50 },
    Presets.shades_classic,
  );
  let barStarted = false;
  try {
    if (temp || args.migrate) await migrate(url);
    await client.connect();
    const { rows } = await client.query<{ t: string | null }>(`SELECT to_regclass('public.pulse_response')::text AS t`);
    if (!rows[0].t) usage('the database is not migrated (no pulse_response table); add --migrate');

    console.error(`seeding ${people.toLocaleString('en')} people into "${args.slug ?? DEMO_DEFAULTS.slug}"…`);
    const started = Date.now();
    const result = await seedDemoOrganisation(client, {
      people,
      slug: args.slug,
      name: args.name,
      seed,
      today: args.today,
      pulseWeeks,
      onProgress(done, total) {
        if (!barStarted) {
          bar.start(total, done);
          barStarted = true;
        } else bar.update(done);
      },
    });
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      JSON.stringify({
        organisationId: result.organisationId,
        people: result.people,
        rows: result.rows,
        seconds: Math.round(seconds * 10) / 10,
      }),
    );
    console.error('\nsign-ins:');
    for (const s of result.signIns) console.error(`  ${s.role.padEnd(8)} ${s.email.padEnd(32)} ${s.password}`);
    if (temp && args.keep) {
      console.error(`\nDATABASE_URL=${temp.url}\nthe temporary database stays up until Ctrl-C`);
      process.off('SIGINT', onSigint);
      await client.end();
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
  } catch (e) {
    if (barStarted) bar.stop();
    if (cancelled) console.error('\ncancelled: the transaction was rolled back, nothing was written');
    else if (e instanceof OrganisationExistsError) console.error(`seed: ${e.message} Choose another --slug.`);
    else console.error(e);
    process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    if (temp) await temp.stop();
  }
}

void main();
