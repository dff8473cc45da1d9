import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { seedDemoOrganisation } from '@pulse/seed';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { cpuSecondsOf, pidsNamed, REPO, startApi, type RunningApi } from './environment';
import { emit, log, round, percentile, quietPostgresLog } from './report';

export type PulseOptions = {
  /** People per benchmark organisation (default 50,000). */
  people: number;
  /** Submissions in the Monday burst (default: every current person of the 2-year organisation, up to 50,000). */
  burst: number;
  connections: number;
  /** Dashboard requests per measured query. */
  samples: number;
  /** Where the benchmark database lives between runs (reused: building it takes a while). */
  dataDir: string;
  /** Which parts to run (default both). */
  parts: ReadonlyArray<'dashboards' | 'burst'>;
};

/** Two organisations of the same size: three months and two years of weekly pulses. */
const ORGS = [
  { slug: 'pulse-3m', weeks: 13, label: '3 months' },
  { slug: 'pulse-2y', weeks: 104, label: '2 years' },
] as const;

const RESULTS = `query R($team: ID, $periods: Int!) { pulseResults(teamId: $team, periods: $periods) {
  k periodStart
  overall { shown hiddenReason respondents invited participation measures { measure value respondents change hiddenReason bandShares { band share } } }
  byWorkMode { workMode shown hiddenReason respondents participation measures { measure value change } }
  byTenure { tenureBand shown hiddenReason respondents measures { measure value } }
  byTeam { teamId label shown hiddenReason respondents measures { measure value change } }
  trend { measure periods series { key values respondents hiddenReasons changes } }
  participation { periods series { key values } }
} }`;



/**
 * SPEC §4 at scale (issue "pulse surveys", performance): a Monday burst of submissions through the
 * real mutation next to raw single-row INSERTs into the same table, dashboard queries through
 * GraphQL next to the raw SQL of the same rollups at 3 months and 2 years of history, how soon the
 * rollups catch up after the burst, and the size of chart series.
 */
export async function benchPulse(opts: PulseOptions): Promise<void> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  log(`PostgreSQL in ${opts.dataDir} (kept between runs; delete it to rebuild)`);
  const pg = await startEmbeddedPostgres(opts.dataDir, quietPostgresLog as never);
  let api: RunningApi | null = null;
  const pool = new Pool({ connectionString: pg.url, max: opts.connections + 4 });
  try {
    api = await startApi(pg.url); // migrates
    if (await buildOrganisations(pg.url, opts.people)) {
      log('restarting the API so it computes the rollups of the new waves');
      await api.stop();
      api = await startApi(pg.url);
    }
    await waitForRollups(pool);
    if (opts.parts.includes('dashboards')) for (const org of ORGS) await benchDashboards(api.url, pool, org, opts);
    if (opts.parts.includes('burst')) await benchBurst(api, pool, opts);
  } finally {
    await api?.stop();
    await endPool(pool);
    await pg.stop();
  }
}

/**
 * Ends the pool and waits until every client has closed its connection: pool.end() resolves as soon
 * as the clients are asked to close, and PostgreSQL stopping under one still closing makes the pool
 * emit an unhandled 'error' (the benchmark then died after printing its figures).
 */
async function endPool(pool: Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on('remove', () => {
      if (--open <= 0) resolve();
    });
  });
  await pool.end();
  await closed;
}

async function buildOrganisations(url: string, people: number): Promise<boolean> {
  let built = false;
  for (const org of ORGS) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE o.slug = $1`, [org.slug]);
      if (rows[0].n > 0) {
        log(`reusing ${org.slug}: ${rows[0].n.toLocaleString('en')} people`);
        continue;
      }
      log(`building ${org.slug}: ${people.toLocaleString('en')} people, ${org.weeks} weeks of weekly pulses (this takes a while the first time)`);
      const t = Date.now();
      let last = 0;
      await seedDemoOrganisation(client, {
        slug: org.slug,
        name: `Pulse bench ${org.label}`,
        people,
        pulseWeeks: org.weeks,
        onProgress: (done, total) => {
          if (Date.now() - last > 10_000) {
            last = Date.now();
            log(`  ${org.slug}: ${Math.round((done / total) * 100)} %`);
          }
        },
      });
      log(`  built in ${round((Date.now() - t) / 1000, 0)} s`);
      built = true;
    } finally {
      await client.end();
    }
  }
  return built;
}

async function waitForRollups(pool: Pool): Promise<void> {
  for (let last = -1; ; ) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS missing FROM pulse_wave w
        WHERE EXISTS (SELECT 1 FROM pulse_invitation i WHERE i.wave_id = w.id) AND NOT EXISTS (SELECT 1 FROM pulse_rollup r WHERE r.wave_id = w.id)`,
    );
    if (rows[0].missing === 0) return;
    if (rows[0].missing !== last) log(`waiting for the API to compute rollups: ${rows[0].missing} waves to go`);
    last = rows[0].missing;
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

/** A session cookie for an account, made the way SessionService makes them (benchmarks cannot afford 50,000 argon2 sign-ins). */
async function sessionsFor(pool: Pool, accountIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ account_id: string; token: string }>(
    // The tokens come back by a join on the inserted rows: a subquery per returned row made this
    // quadratic (about two minutes for 37,000 sessions).
    `WITH t AS (SELECT a.id AS account_id, a.organisation_id, md5(random()::text || a.id::text) || md5(random()::text) AS token FROM account a WHERE a.id = ANY($1)),
          made AS (
            INSERT INTO session (organisation_id, account_id, token_hash, expires_at)
            SELECT organisation_id, account_id, encode(sha256(convert_to(token, 'UTF8')), 'hex'), now() + interval '2 hours' FROM t
            RETURNING account_id)
     SELECT t.account_id, t.token FROM t JOIN made USING (account_id)`,
    [accountIds],
  );
  return new Map(rows.map((r) => [r.account_id, `pp_session=${r.token}`]));
}

/** Keep-alive connections for the benchmark's clients: node:http costs this process far less CPU per request than fetch. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

async function gql(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<{ ms: number; body: string; ok: boolean }> {
  const t = process.hrtime.bigint();
  const payload = JSON.stringify({ query, variables });
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, body, ok: status === 200 && !body.includes('"errors"') };
}

async function timeIt(samples: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function benchDashboards(url: string, pool: Pool, org: (typeof ORGS)[number], opts: PulseOptions): Promise<void> {
  const { rows: who } = await pool.query<{ organisation_id: string; hr: string; manager: string; team_id: string }>(
    `SELECT o.id AS organisation_id,
            (SELECT a.id FROM account a WHERE a.organisation_id = o.id AND 'HR' = ANY(a.roles) ORDER BY a.email LIMIT 1) AS hr,
            (SELECT a.id FROM account a JOIN team t ON t.lead_id = a.person_id WHERE a.organisation_id = o.id AND t.parent_id IS NOT NULL
              ORDER BY (SELECT count(*) FROM team c WHERE c.parent_id = t.id) DESC, a.email LIMIT 1) AS manager,
            (SELECT t.id FROM team t JOIN account a ON a.person_id = t.lead_id WHERE t.organisation_id = o.id AND t.parent_id IS NOT NULL
              ORDER BY (SELECT count(*) FROM team c WHERE c.parent_id = t.id) DESC, a.email LIMIT 1) AS team_id
       FROM organisation o WHERE o.slug = $1`,
    [org.slug],
  );
  const { organisation_id: orgId, hr, manager, team_id: teamId } = who[0];
  const cookies = await sessionsFor(pool, [hr, manager]);
  const periods = 26;
  const [{ program_id: programId }] = (
    await pool.query(`SELECT id AS program_id FROM pulse_program WHERE organisation_id = $1 ORDER BY name DESC LIMIT 1`, [orgId])
  ).rows;

  // The statements PulseAnalyticsService.results runs against the rollups, run directly: the floor.
  const rawSql = async (teamKey: string) => {
    const waves = await pool.query(
      `SELECT id, to_char(period_start, 'YYYY-MM-DD') AS period_start FROM pulse_wave WHERE organisation_id = $1 AND program_id = $2 AND status = 'CLOSED' ORDER BY period_start DESC LIMIT $3`,
      [orgId, programId, periods],
    );
    const ids = waves.rows.map((w) => w.id);
    const children = teamKey === 'ORG'
      ? (await pool.query(`SELECT id FROM team WHERE organisation_id = $1 AND parent_id IS NULL`, [orgId])).rows.map((r) => r.id)
      : (await pool.query(`SELECT id FROM team WHERE organisation_id = $1 AND parent_id = $2`, [orgId, teamKey])).rows.map((r) => r.id);
    await pool.query(
      `SELECT wave_id, team_key, work_mode, tenure_band, invited, respondents, measures, shown, hidden_reason FROM pulse_rollup
        WHERE organisation_id = $1 AND wave_id = ANY($2) AND (team_key = $3 OR (team_key = ANY($4) AND work_mode = 'ALL' AND tenure_band = 'ALL'))`,
      [orgId, ids.slice(0, 2), teamKey, children],
    );
    await pool.query(
      `SELECT wave_id, work_mode, invited, respondents, jsonb_build_object('cbi.work', measures -> 'cbi.work') AS measures, shown, hidden_reason
         FROM pulse_rollup WHERE organisation_id = $1 AND team_key = $2 AND tenure_band = 'ALL' AND wave_id = ANY($3)`,
      [orgId, teamKey, ids],
    );
  };

  for (const [scope, cookie, team, key] of [
    ['organisation (HR)', cookies.get(hr)!, null, 'ORG'],
    ['team (manager)', cookies.get(manager)!, teamId, teamId],
  ] as const) {
    const probe = await gql(url, cookie, RESULTS, { team, periods });
    if (!probe.ok) {
      emit({ bench: 'pulse', metric: 'dashboard_failed', value: null, unit: null, reference: null, ratio: null, target: null, org: org.slug, scope, body: probe.body.slice(0, 300) });
      continue;
    }
    const api = await timeIt(opts.samples, () => gql(url, cookie, RESULTS, { team, periods }));
    const raw = await timeIt(opts.samples, () => rawSql(key));
    emit({
      bench: 'pulse',
      metric: 'dashboard_p95_ms',
      history: org.label,
      scope,
      value: round(api.p95, 1),
      p50: round(api.p50, 1),
      unit: 'ms',
      reference: round(raw.p95, 1),
      reference_p50: round(raw.p50, 1),
      ratio: round(api.p95 / raw.p95, 2),
      target: '<= 3 x rollup SQL and <= 150 ms (organisation); 2 years <= 1.5 x 3 months',
      pass: api.p95 <= 3 * raw.p95 && (key !== 'ORG' || api.p95 <= 150),
      response_kb: round(Buffer.byteLength(probe.body) / 1024, 1),
      periods,
    });
  }

  // What the rollups save: the organisation's trend by work mode computed from the responses.
  const fly = await timeIt(Math.min(5, opts.samples), () =>
    pool.query(
      `SELECT r.wave_id, r.work_mode, count(*), avg((r.scores ->> 'cbi.work')::float8)
         FROM pulse_response r WHERE r.wave_id IN (SELECT id FROM pulse_wave WHERE organisation_id = $1 AND program_id = $2 AND status = 'CLOSED' ORDER BY period_start DESC LIMIT $3)
        GROUP BY 1, 2`,
      [orgId, programId, periods],
    ),
  );
  emit({ bench: 'pulse', metric: 'on_the_fly_trend_ms', history: org.label, value: round(fly.p50, 0), unit: 'ms', reference: null, ratio: null, target: null, note: 'the same trend computed from pulse_response (no rollups), for comparison' });

  // Charts: a long trend stays capped and arrives as plain arrays.
  const long = await gql(url, cookies.get(hr)!, `query { pulseResults(periods: 500) { trend { periods series { key values } } } }`, {});
  const trend = (JSON.parse(long.body) as { data: { pulseResults: { trend: { periods: string[]; series: Array<{ values: unknown[] }> } } } }).data.pulseResults.trend;
  emit({
    bench: 'pulse',
    metric: 'chart_points_per_series',
    history: org.label,
    value: Math.max(...trend.series.map((s) => s.values.length)),
    unit: 'points',
    reference: 500,
    ratio: null,
    target: '<= 500, plain arrays',
    pass: trend.series.every((s) => s.values.length <= 500 && s.values.every((v) => v === null || typeof v === 'number')),
    series: trend.series.length,
    response_kb: round(Buffer.byteLength(long.body) / 1024, 1),
  });
}

async function benchBurst(api: RunningApi, pool: Pool, opts: PulseOptions): Promise<void> {
  const url = api.url;
  const org = ORGS[1];
  const [{ organisation_id: orgId, program_id: programId }] = (
    await pool.query(
      `SELECT o.id AS organisation_id, p.id AS program_id FROM organisation o JOIN pulse_program p ON p.organisation_id = o.id AND p.cadence = 'WEEKLY' WHERE o.slug = $1 LIMIT 1`,
      [org.slug],
    )
  ).rows;
  await cleanUpBurst(pool, programId);
  // Every run starts from the same state: no dead rows of an earlier run left for autovacuum to chase mid-burst.
  await pool.query(`VACUUM (ANALYZE) pulse_response, pulse_invitation, pulse_rollup, pulse_wave, session`);
  // A fresh wave one period after the last, open now for every current person with an account.
  const { rows: waves } = await pool.query(
    `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, confidentiality_k)
     SELECT $1, $2, max(sequence) + 1000, max(period_start) + 7000, (SELECT item_ids FROM pulse_wave WHERE program_id = $2 ORDER BY period_start DESC LIMIT 1), 'OPEN', now(), now() + interval '2 days',
            (SELECT confidentiality_k FROM organisation WHERE id = $1)
       FROM pulse_wave WHERE program_id = $2
     RETURNING id, item_ids`,
    [orgId, programId],
  );
  const wave = waves[0] as { id: string; item_ids: string[] };
  const { rows: people } = await pool.query<{ person_id: string; account_id: string }>(
    `WITH chosen AS (
       SELECT p.id AS person_id, a.id AS account_id FROM person p JOIN account a ON a.person_id = p.id
        WHERE p.organisation_id = $1 AND p.exit_date IS NULL ORDER BY p.id LIMIT $3
     ), ins AS (
       INSERT INTO pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, team_ids, work_mode, tenure_band)
       SELECT $2, c.person_id, $1, now() - interval '1 hour', now() + interval '2 days', coalesce(last.team_ids, '{}'), coalesce(last.work_mode, 'REMOTE'), coalesce(last.tenure_band, 'YEARS_1_2')
         FROM chosen c LEFT JOIN LATERAL (SELECT i.team_ids, i.work_mode, i.tenure_band FROM pulse_invitation i WHERE i.person_id = c.person_id ORDER BY i.opens_at DESC LIMIT 1) last ON true
     ) SELECT person_id, account_id FROM chosen`,
    [orgId, wave.id, opts.burst],
  );
  log(`Monday burst: ${people.length.toLocaleString('en')} people, ${opts.connections} concurrent clients, items ${wave.item_ids.join(', ')}`);
  const cookies = await sessionsFor(pool, people.map((p) => p.account_id));
  const answers = wave.item_ids.map((itemId) => ({ itemId, value: itemId.startsWith('cbi.') ? 50 : itemId.startsWith('enps') ? 8 : itemId.startsWith('who5') ? 3 : 2 }));
  const mutation = `mutation S($i: SubmitPulseResponseInput!) { submitPulseResponse(input: $i) { revision } }`;

  let next = 0;
  let accepted = 0;
  const failures: string[] = [];
  const latencies: number[] = [];
  // Where the CPU goes (2 shared cores here): the API (all its threads), PostgreSQL, this client.
  const cpuBefore = { api: cpuSecondsOf([api.pid]), postgres: cpuSecondsOf(pidsNamed('postgres')), client: process.cpuUsage() };
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      for (let i = next++; i < people.length; i = next++) {
        const r = await gql(url, cookies.get(people[i].account_id)!, mutation, { i: { waveId: wave.id, answers } });
        latencies.push(r.ms);
        if (r.ok) accepted++;
        else if (failures.length < 3) failures.push(r.body.slice(0, 200));
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const clientCpu = process.cpuUsage(cpuBefore.client);
  const cpuMsPer = (cpuSeconds: number) => round((cpuSeconds * 1000) / people.length, 2);
  const cpu = {
    api_cpu_ms_per_submission: cpuMsPer(cpuSecondsOf([api.pid]) - cpuBefore.api),
    postgres_cpu_ms_per_submission: cpuMsPer(cpuSecondsOf(pidsNamed('postgres')) - cpuBefore.postgres),
    client_cpu_ms_per_submission: cpuMsPer((clientCpu.user + clientCpu.system) / 1e6),
  };
  const burstEnd = Date.now();
  latencies.sort((a, b) => a - b);

  // Freshness: how long until the wave's organisation-wide rollup counts every accepted response.
  let freshSeconds: number | null = null;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    const { rows } = await pool.query(`SELECT respondents FROM pulse_rollup WHERE wave_id = $1 AND team_key = 'ORG' AND work_mode = 'ALL' AND tenure_band = 'ALL'`, [wave.id]);
    if (rows[0]?.respondents === accepted) {
      freshSeconds = (Date.now() - burstEnd) / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  // The floor: pgbench-style single-row INSERTs into the same table from as many clients.
  const raw = await rawInserts(pool, orgId, programId, people.map((p) => p.person_id), opts.connections);
  const rate = accepted / seconds;
  emit({
    bench: 'pulse',
    metric: 'monday_burst_accepted_per_s',
    value: round(rate, 0),
    unit: 'submissions/s',
    reference: round(raw, 0),
    ratio: round(rate / raw, 3),
    target: '>= 0.25 x raw INSERT rate and >= 1000/s, p99 <= 250 ms',
    pass: rate >= 0.25 * raw && rate >= 1000 && percentile(latencies, 99) <= 250,
    p50_ms: round(percentile(latencies, 50), 1),
    p99_ms: round(percentile(latencies, 99), 1),
    submissions: people.length,
    accepted,
    failures,
    connections: opts.connections,
    seconds: round(seconds, 1),
    rollup_fresh_after_s: freshSeconds === null ? null : round(freshSeconds, 1),
    ...cpu,
  });
  await cleanUpBurst(pool, programId);
}

async function rawInserts(pool: Pool, orgId: string, programId: string, personIds: readonly string[], connections: number): Promise<number> {
  const { rows } = await pool.query(
    `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status) SELECT $1, $2, max(sequence) + 2000, max(period_start) + 14000, '{}', 'CLOSED' FROM pulse_wave WHERE program_id = $2 RETURNING id`,
    [orgId, programId],
  );
  const waveId = rows[0].id as string;
  const answers = JSON.stringify({ 'cbi.work.7': 50, 'cbi.work.9': 50, 'cbi.work.11': 50, 'cbi.work.13': 50, 'enps.recommend': 8 });
  const scores = JSON.stringify({ 'cbi.work': 50, enps: 8 });
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        for (let i = next++; i < personIds.length; i = next++) {
          await client.query({
            name: 'raw-response',
            text: `INSERT INTO pulse_response (organisation_id, wave_id, person_id, answers, scores, team_ids, work_mode, tenure_band) VALUES ($1, $2, $3, $4, $5, '{}', 'REMOTE', 'YEARS_1_2')`,
            values: [orgId, waveId, personIds[i], answers, scores],
          });
        }
      } finally {
        client.release();
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.query(`DELETE FROM pulse_wave WHERE id = $1`, [waveId]);
  return personIds.length / seconds;
}

/** Removes what a burst added (its waves, their responses, invitations and rollups, and the benchmark's sessions). */
async function cleanUpBurst(pool: Pool, programId: string): Promise<void> {
  await pool.query(`DELETE FROM pulse_wave WHERE program_id = $1 AND sequence >= (SELECT min(sequence) + 1000 FROM pulse_wave WHERE program_id = $1)`, [programId]);
  // Only the benchmark organisations have sessions at all: every one of them was made here.
  await pool.query(`DELETE FROM session WHERE organisation_id IN (SELECT id FROM organisation WHERE slug = ANY($1))`, [ORGS.map((o) => o.slug)]);
}

export const DEFAULT_PULSE_DATA_DIR = path.join(REPO, '.data', 'bench-pulse');
