import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { HRIS_COLUMNS } from '@pulse/domain-people';
import { generateOrganisation, hrisCsvLines } from '@pulse/seed';
import { type BenchEnvironment, memoryOf, signIn } from './environment';
import { emit, log, round, skip } from './report';

export type ImportOptions = { people: number };

/** Writes an HRIS CSV of a generated organisation (its own e-mail domain and HRIS ids). */
async function writeCsv(people: number, slug: string, hrisPrefix: string): Promise<string> {
  const org = generateOrganisation({ people, slug, name: 'HRIS', seed: 20260202, today: new Date().toISOString().slice(0, 10), hrisPrefix });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-hris-')), `hris-${people}.csv`);
  await pipeline(Readable.from(hrisCsvLines(org)), fs.createWriteStream(file));
  return file;
}

/** The floor: PostgreSQL's own CSV COPY of the file into a text staging table, no validation at all. */
async function rawCopySeconds(databaseUrl: string, file: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await client.query('BEGIN');
      await client.query(`CREATE TEMP TABLE hris_staging (${HRIS_COLUMNS.map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`);
      const t = process.hrtime.bigint();
      await pipeline(fs.createReadStream(file), client.query(copyFrom('COPY hris_staging FROM STDIN WITH (FORMAT csv, HEADER true)')));
      times.push(Number(process.hrtime.bigint() - t) / 1e9);
      await client.query('ROLLBACK');
    }
    return times.sort((a, b) => a - b)[1];
  } finally {
    await client.end();
  }
}

/**
 * The write floor: after the import, the same people, accounts and work-mode rows copied set-based
 * (INSERT … SELECT, fresh time-ordered ids) into a new organisation with every index, check and
 * foreign key the real tables have, then rolled back. The rows to write are prepared in temporary
 * tables first (not timed), and the tables are vacuumed between runs (rolled-back rows leave index
 * entries behind). No parsing, validation or lookups: what any import of this file into these
 * tables costs at least. Per table the fastest of 3 runs, summed.
 */
async function writeFloorSeconds(databaseUrl: string, slug: string, hrisPrefix: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const runs: Array<Record<string, number>> = [];
  try {
    for (let i = 0; i < 3; i++) {
      await client.query('VACUUM person, work_mode_change, account');
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string }>(`INSERT INTO organisation (slug, name) VALUES ($1, 'floor') RETURNING id`, [`floor-${i}-${Date.now()}`]);
      const org = rows[0].id;
      await client.query(
        `CREATE TEMP TABLE floor_ids ON COMMIT DROP AS
         SELECT p.id AS old_id, uuidv7() AS new_id FROM (SELECT id FROM person WHERE organisation_id = (SELECT id FROM organisation WHERE slug = $1) AND hris_id LIKE $2 ORDER BY id) p`,
        [slug, `${hrisPrefix}%`],
      );
      await client.query(`CREATE UNIQUE INDEX ON floor_ids (old_id); ANALYZE floor_ids`);
      await client.query(
        `CREATE TEMP TABLE floor_person ON COMMIT DROP AS
         SELECT f.new_id AS id, $1::uuid AS organisation_id, p.hris_id, p.email, p.first_name, p.last_name, p.job_title, p.level, p.team_id,
                m.new_id AS manager_id, p.work_mode, p.site, p.time_zone, p.shift_pattern, p.language, p.hire_date, p.exit_date, p.exit_reason
           FROM floor_ids f JOIN person p ON p.id = f.old_id LEFT JOIN floor_ids m ON m.old_id = p.manager_id ORDER BY f.new_id;
         CREATE TEMP TABLE floor_history ON COMMIT DROP AS
         SELECT uuidv7() AS id, $1::uuid AS organisation_id, f.new_id AS person_id, w.work_mode, w.effective_from
           FROM floor_ids f JOIN work_mode_change w ON w.person_id = f.old_id ORDER BY f.new_id, w.effective_from;
         CREATE TEMP TABLE floor_account ON COMMIT DROP AS
         SELECT uuidv7() AS id, $1::uuid AS organisation_id, f.new_id AS person_id, a.email, a.roles
           FROM floor_ids f JOIN account a ON a.person_id = f.old_id ORDER BY f.new_id`.replaceAll('$1::uuid', `'${org}'::uuid`),
      );
      const time = async (sql: string) => {
        const t = process.hrtime.bigint();
        await client.query(sql);
        return Number(process.hrtime.bigint() - t) / 1e9;
      };
      const person = await time(
        `INSERT INTO person (id, organisation_id, hris_id, email, first_name, last_name, job_title, level, team_id, manager_id, work_mode, site,
                             time_zone, shift_pattern, language, hire_date, exit_date, exit_reason)
         SELECT * FROM floor_person`,
      );
      const history = await time(`INSERT INTO work_mode_change (id, organisation_id, person_id, work_mode, effective_from) SELECT * FROM floor_history`);
      const account = await time(`INSERT INTO account (id, organisation_id, person_id, email, roles) SELECT * FROM floor_account`);
      runs.push({ person, history, account, total: person + history + account });
      await client.query('ROLLBACK');
    }
  } finally {
    await client.end();
  }
  const fastest = (k: string) => Math.min(...runs.map((r) => r[k]));
  // Each table's fastest run: a floor, so the least any run needed.
  const floor = { person: fastest('person'), history: fastest('history'), account: fastest('account') };
  return { ...floor, total: floor.person + floor.history + floor.account };
}

/** Streams the file to the import endpoint (never buffering it), returns status, body and seconds. */
function postCsv(url: string, cookie: string, file: string): Promise<{ status: number; body: string; seconds: number }> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'text/csv', cookie, 'transfer-encoding': 'chunked' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, seconds: Number(process.hrtime.bigint() - t) / 1e9 }));
    });
    req.on('error', reject);
    fs.createReadStream(file).pipe(req);
  });
}

/** The per-phase timings (ms) of the API's latest "people import" log line, if it logged one. */
function lastImportPhases(logFile: string): Record<string, number> | null {
  try {
    const lines = fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => l.includes('"msg":"people import"'));
    const last = lines.at(-1);
    return last ? ((JSON.parse(last) as { ms?: Record<string, number> }).ms ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * HRIS import of a large file through the real API against the raw COPY floor, and the API
 * process's peak memory, which must stay flat (the import streams; it never holds the file).
 */
export async function benchImport(env: BenchEnvironment, opts: ImportOptions): Promise<void> {
  // A fresh API process: earlier benchmarks must not have raised its peak memory already.
  log('restarting the API for a clean memory baseline');
  await env.restartApi();
  const hr = env.signIns.find((s) => s.role === 'HR')!;
  const cookie = await signIn(env.api.url, hr.email, hr.password);
  const endpoint = `${env.api.url}/api/imports/people?dryRun=false`;

  // A one-line probe first: a missing endpoint is reported, not measured.
  const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-probe-')), 'probe.csv');
  fs.writeFileSync(probe, `${HRIS_COLUMNS.join(',')}\n`);
  const probed = await postCsv(`${env.api.url}/api/imports/people?dryRun=true`, cookie, probe);
  if (probed.status === 404) return skip('import', 'POST /api/imports/people answered 404: the endpoint is not built yet');

  log(`writing HRIS CSVs of ${opts.people.toLocaleString('en')} and ${Math.round(opts.people / 10).toLocaleString('en')} rows`);
  const file = await writeCsv(opts.people, 'hris-import', 'BX');
  const small = await writeCsv(Math.max(60, Math.round(opts.people / 10)), 'hris-small', 'BS');
  const rows = opts.people;
  const mb = fs.statSync(file).size / 1e6;
  log(`${round(mb, 1)} MB; raw COPY into a text staging table (median of 3)`);
  const copySeconds = await rawCopySeconds(env.databaseUrl, file);

  // Memory: peak RSS after a file a tenth the size, then after the full one. A streaming import
  // keeps the two close; one that holds the file grows with it. The small run also warms up the code.
  const before = memoryOf(env.api.pid);
  log(`POST a tenth-size file first (API RSS ${before ? round(before.rssMb, 0) : '?'} MB)`);
  const warm = await postCsv(endpoint, cookie, small);
  const afterSmall = memoryOf(env.api.pid);
  if (warm.status === 404) return skip('import', 'POST /api/imports/people answered 404: the endpoint is not built yet');
  log(`POST ${endpoint} with the full file`);
  let peakDuring = 0;
  const sampler = setInterval(() => {
    const m = memoryOf(env.api.pid);
    if (m) peakDuring = Math.max(peakDuring, m.rssMb);
  }, 50);
  sampler.unref();
  const first = await postCsv(endpoint, cookie, file);
  const after = memoryOf(env.api.pid);
  const firstPhases = lastImportPhases(env.api.logFile);
  if (first.status !== 200) {
    clearInterval(sampler);
    emit({ bench: 'import', metric: 'failed', value: null, unit: null, reference: null, ratio: null, target: null, status: first.status, body: first.body.slice(0, 500) });
    return;
  }
  const report = JSON.parse(first.body) as Record<string, unknown>;
  const errors = (report.errors as unknown[] | undefined) ?? [];
  if (errors.length > 0) {
    clearInterval(sampler);
    emit({ bench: 'import', metric: 'failed', value: null, unit: null, reference: null, ratio: null, target: null, reason: 'the API rejected rows', errors: errors.slice(0, 5) });
    return;
  }
  emit({
    bench: 'import',
    metric: 'hris_import_seconds',
    value: round(first.seconds, 2),
    unit: 's',
    reference: round(copySeconds, 3),
    ratio: round(first.seconds / copySeconds, 1),
    target: '<= 4',
    pass: first.seconds / copySeconds <= 4,
    rows,
    rows_per_s: round(rows / first.seconds, 0),
    reference_rows_per_s: round(rows / copySeconds, 0),
    file_mb: round(mb, 1),
    report: Object.fromEntries(Object.entries(report).filter(([k]) => k !== 'errors')),
    api_phases_ms: firstPhases,
    load_average: os.loadavg().map((l) => round(l, 2)),
  });

  // The same file again: an idempotent upsert that changes nothing.
  const again = await postCsv(endpoint, cookie, file);
  clearInterval(sampler);
  const after2 = memoryOf(env.api.pid);
  if (again.status === 200) {
    emit({
      bench: 'import',
      metric: 'hris_reimport_seconds',
      value: round(again.seconds, 2),
      unit: 's',
      reference: round(copySeconds, 3),
      ratio: round(again.seconds / copySeconds, 1),
      target: '<= 4',
      pass: again.seconds / copySeconds <= 4,
      rows,
      rows_per_s: round(rows / again.seconds, 0),
      api_phases_ms: lastImportPhases(env.api.logFile),
      load_average: os.loadavg().map((l) => round(l, 2)),
    });
  }
  // What the database alone needs to write these rows (see writeFloorSeconds).
  const floor = await writeFloorSeconds(env.databaseUrl, 'bench', 'BX');
  emit({
    bench: 'import',
    metric: 'db_write_floor_seconds',
    value: round(floor.total, 2),
    unit: 's',
    reference: round(copySeconds, 3),
    ratio: round(floor.total / copySeconds, 1),
    target: null,
    note: 'INSERT ... SELECT of the imported people, their work-mode rows and accounts (prepared in temp tables) into a new organisation with all indexes, checks and foreign keys, rolled back; per table the fastest of 3 runs after VACUUM, summed. No import can write these rows faster.',
    per_table_s: { person: round(floor.person, 2), work_mode_change: round(floor.history, 2), account: round(floor.account, 2) },
    load_average: os.loadavg().map((l) => round(l, 2)),
  });
  if (before && afterSmall && after) {
    const peak = Math.max(after.peakMb, after2?.peakMb ?? 0);
    emit({
      bench: 'import',
      metric: 'api_peak_rss_mb',
      value: round(peak, 0),
      unit: 'MB',
      reference: round(afterSmall.peakMb, 0),
      ratio: round(peak / afterSmall.peakMb, 2),
      target: null,
      note: 'API peak RSS (VmHWM) after importing the full file vs after a file a tenth its size (reference): near 1 means memory stays flat as files grow',
      peak_after_start_mb: round(before.peakMb, 0),
      rss_before_mb: round(before.rssMb, 0),
      rss_max_sampled_during_mb: round(peakDuring, 0),
      file_mb: round(mb, 1),
    });
  }
}
