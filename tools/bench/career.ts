import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { careerPath, type LadderDefinition } from '@pulse/domain-career';
import { seedDemoOrganisation } from '@pulse/seed';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { REPO, startApi, type RunningApi } from './environment';
import { emit, log, round, skip, percentile, quietPostgresLog } from './report';

export type CareerBenchOptions = {
  /** People in the benchmark organisation (default 50,000). */
  people: number;
  /** Requests per measured query. */
  samples: number;
  /** Where the benchmark database lives between runs (reused: building it takes a while). */
  dataDir: string;
  /** People in the manager's line for the readiness list (the closest line at or above it is used). */
  line: number;
};

export const DEFAULT_CAREER_DATA_DIR = path.join(REPO, '.data', 'bench-career');
const SLUG = 'career-50k';
/** A target five moves up the 30-level graph from the first support level. */
const FROM_LEVEL = 'support-ic-1';
const TARGET_LEVEL = 'team-leadership-3';

const PATH = `query P($p: ID!, $t: String!) { pathTo(personId: $p, targetLevelKey: $t) { targetLevelKey
  steps { fromLevelKey toLevelKey kind gaps { competencyKey current selfOnly expected gap } training { competencyKey title }
          missingCertifications monthsInLevelNeeded readiness { percent ready reasons { kind met message } } } } }`;
const READINESS = `query R { promotionReadiness(first: 50) { total nextCursor items { personId displayName teamPath workMode currentLevelKey nextLevelKey
  monthsInLevel minMonthsInLevel goalSet readiness { percent ready reasons { kind met message } } } } }`;
const EQUITY = `query E { promotionEquity(dimension: WORK_MODE) { from to k dimension gapNote
  overall { key people personYears promotions ratePerPersonYear rateLow rateHigh medianMonthsToPromotion hidden }
  groups { key label workMode hidden hiddenReason people personYears promotions ratePerPersonYear rateLow rateHigh medianMonthsToPromotion medianLow medianHigh } } }`;


/**
 * Issue 11, performance: on a 50,000-person organisation standing on a 30-level ladder graph,
 * (1) path + gaps + readiness for one person through GraphQL next to the same computation in this
 * process (the same rows read with pg, then the domain's rules), (2) the readiness list of a
 * manager with about 2,000 people in their line, next to the raw SQL of the rows it reads, and
 * (3) the organisation's equity report next to its raw SQL aggregate.
 */
export async function benchCareer(opts: CareerBenchOptions): Promise<void> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  log(`PostgreSQL in ${opts.dataDir} (kept between runs; delete it to rebuild)`);
  const pg = await startEmbeddedPostgres(opts.dataDir, quietPostgresLog as never);
  let api: RunningApi | null = null;
  const pool = new Pool({ connectionString: pg.url, max: 8 });
  try {
    api = await startApi(pg.url); // migrates
    await buildOrganisation(pg.url, opts.people);
    const orgId = (await pool.query<{ id: string }>(`SELECT id FROM organisation WHERE slug = $1`, [SLUG])).rows[0].id;
    const who = await participants(pool, orgId, opts.line);
    const cookies = await sessionsFor(pool, [who.hrAccount, who.managerAccount]);
    const hr = cookies.get(who.hrAccount)!;
    const manager = cookies.get(who.managerAccount)!;

    const probe = await gql(api.url, hr, PATH, { p: who.person, t: TARGET_LEVEL });
    if (!probe.ok) {
      skip('career', `the API does not answer pathTo yet: ${probe.body.slice(0, 300)}`);
      return;
    }
    await benchPath(api.url, hr, pool, orgId, who.person, opts.samples);
    await benchReadiness(api.url, manager, pool, orgId, who, opts.samples);
    await benchEquity(api.url, hr, pool, orgId, opts.samples);
  } finally {
    await api?.stop();
    await pool.end();
    await pg.stop();
  }
}

async function buildOrganisation(url: string, people: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE o.slug = $1`, [SLUG]);
    if (rows[0].n > 0) {
      log(`reusing ${SLUG}: ${rows[0].n.toLocaleString('en')} people`);
      return;
    }
    log(`building ${SLUG}: ${people.toLocaleString('en')} people on the 30-level ladder, one week of pulses (a few minutes the first time)`);
    const t = Date.now();
    const seeded = await seedDemoOrganisation(client, { slug: SLUG, name: 'Career bench', people, pulseWeeks: 1, careerLadder: 'large-30' });
    log(`  built in ${round((Date.now() - t) / 1000, 0)} s: ${JSON.stringify(seeded.rows)}`);
  } finally {
    await client.end();
  }
}

type Participants = { hrAccount: string; managerAccount: string; managerPerson: string; lineSize: number; person: string };

async function participants(pool: Pool, orgId: string, line: number): Promise<Participants> {
  const { rows: hr } = await pool.query<{ id: string }>(`SELECT id FROM account WHERE organisation_id = $1 AND 'HR' = ANY(roles) ORDER BY email LIMIT 1`, [orgId]);
  // Every current person's line size: descendants in the manager tree.
  const { rows: managers } = await pool.query<{ person_id: string; account_id: string; line: number }>(
    `WITH RECURSIVE up AS (
       SELECT p.id AS person_id, p.manager_id AS ancestor FROM person p WHERE p.organisation_id = $1 AND p.exit_date IS NULL AND p.manager_id IS NOT NULL
       UNION ALL
       SELECT up.person_id, m.manager_id FROM up JOIN person m ON m.id = up.ancestor WHERE m.manager_id IS NOT NULL)
     SELECT a.person_id, a.id AS account_id, count(*)::int AS line FROM up JOIN account a ON a.person_id = up.ancestor
      GROUP BY a.person_id, a.id ORDER BY abs(count(*) - $2), a.person_id LIMIT 1`,
    [orgId, line],
  );
  // One current person at the first support level, with assessments and a goal far up the graph.
  const { rows: people } = await pool.query<{ id: string }>(
    `SELECT p.id FROM person p
      WHERE p.organisation_id = $1 AND p.exit_date IS NULL
        AND (SELECT c.level_key FROM career_level_change c WHERE c.person_id = p.id ORDER BY c.effective_date DESC, c.recorded_at DESC LIMIT 1) = $2
        AND EXISTS (SELECT 1 FROM competency_assessment a WHERE a.person_id = p.id AND a.assessor_kind = 'MANAGER')
      ORDER BY p.hris_id LIMIT 1`,
    [orgId, FROM_LEVEL],
  );
  if (!hr[0] || !managers[0] || !people[0]) throw new Error('the benchmark organisation lacks an HR account, a manager or an assessed person');
  log(`manager with ${managers[0].line.toLocaleString('en')} current people in their line; path from ${FROM_LEVEL} to ${TARGET_LEVEL}`);
  return { hrAccount: hr[0].id, managerAccount: managers[0].account_id, managerPerson: managers[0].person_id, lineSize: managers[0].line, person: people[0].id };
}

/** What the API reads to answer pathTo, read with plain pg: the ladder in force, the person's level and assessments. */
async function loadPathInputs(pool: Pool, orgId: string, personId: string) {
  const [ladder, level, assessments] = await Promise.all([
    pool.query<{ definition: LadderDefinition }>(`SELECT definition FROM career_ladder_version WHERE organisation_id = $1 AND effective_from <= current_date ORDER BY effective_from DESC LIMIT 1`, [orgId]),
    pool.query<{ level_key: string; effective_date: string }>(
      `SELECT level_key, to_char(effective_date, 'YYYY-MM-DD') AS effective_date FROM career_level_change WHERE organisation_id = $1 AND person_id = $2 AND effective_date <= current_date
        ORDER BY effective_date DESC, recorded_at DESC LIMIT 1`,
      [orgId, personId],
    ),
    pool.query<{ competency_key: string; assessor_kind: string; proficiency: number; assessed_at: Date }>(
      `SELECT competency_key, assessor_kind, proficiency, assessed_at FROM competency_assessment WHERE organisation_id = $1 AND person_id = $2 ORDER BY assessed_at`,
      [orgId, personId],
    ),
  ]);
  // Current proficiency by the contract: the latest manager rating, else the latest self rating.
  const proficiency: Record<string, number> = {};
  const byManager = new Set<string>();
  for (const a of assessments.rows) {
    if (a.assessor_kind === 'MANAGER') {
      proficiency[a.competency_key] = a.proficiency;
      byManager.add(a.competency_key);
    } else if (a.assessor_kind === 'SELF' && !byManager.has(a.competency_key)) proficiency[a.competency_key] = a.proficiency;
  }
  const today = new Date().toISOString().slice(0, 10);
  const from = level.rows[0].effective_date;
  const months = (Number(today.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(from.slice(5, 7)) - (today.slice(8) < from.slice(8) ? 1 : 0);
  return { ladder: ladder.rows[0].definition, levelKey: level.rows[0].level_key, proficiency, months: Math.max(0, months) };
}

async function benchPath(url: string, cookie: string, pool: Pool, orgId: string, personId: string, samples: number): Promise<void> {
  const api = await timeIt(samples, async () => {
    const r = await gql(url, cookie, PATH, { p: personId, t: TARGET_LEVEL });
    if (!r.ok) throw new Error(`pathTo failed: ${r.body.slice(0, 300)}`);
  });
  let steps = 0;
  const inProcess = await timeIt(samples, async () => {
    const input = await loadPathInputs(pool, orgId, personId);
    const result = careerPath(input.ladder, input.levelKey, TARGET_LEVEL, input.proficiency, input.months, []);
    steps = result.status === 'FOUND' ? result.steps.length : -1;
  });
  // The cost every signed-in request pays before any career code runs (HTTP, session, GraphQL).
  const floor = await timeIt(samples, async () => {
    const r = await gql(url, cookie, `query Me { me { email } }`, {});
    if (!r.ok) throw new Error(`me failed: ${r.body.slice(0, 300)}`);
  });
  const input = await loadPathInputs(pool, orgId, personId);
  const ruleOnly = await timeIt(samples, async () => careerPath(input.ladder, input.levelKey, TARGET_LEVEL, input.proficiency, input.months, []));
  emit({
    bench: 'career',
    metric: 'path_gaps_readiness_p95_ms',
    value: round(api.p95, 1),
    p50: round(api.p50, 1),
    unit: 'ms',
    reference: round(inProcess.p95, 1),
    reference_p50: round(inProcess.p50, 1),
    ratio: round(api.p95 / inProcess.p95, 2),
    target: '<= 50 ms and <= 3 x in-process',
    pass: api.p95 <= 50 && api.p95 <= 3 * inProcess.p95,
    steps,
    rule_only_p95_ms: round(ruleOnly.p95, 2),
    signed_in_floor_p95_ms: round(floor.p95, 1),
    signed_in_floor_p50_ms: round(floor.p50, 1),
    reference_note: 'in this process: the ladder version, the latest level change and the assessments read with pg, then the domain careerPath (gaps, training, readiness per step)',
  });
}

async function benchReadiness(url: string, cookie: string, pool: Pool, orgId: string, who: Participants, samples: number): Promise<void> {
  const probe = await gql(url, cookie, READINESS, {});
  if (!probe.ok) return skip('career', `promotionReadiness failed: ${probe.body.slice(0, 300)}`);
  const api = await timeIt(samples, () => gql(url, cookie, READINESS, {}));
  // The rows the list is built from, read raw: the line, each person's latest level, their latest manager/self ratings, their goal.
  const raw = await timeIt(samples, () =>
    pool.query(
      `WITH RECURSIVE line AS (
         SELECT id FROM person WHERE organisation_id = $1 AND manager_id = $2
         UNION ALL SELECT p.id FROM person p JOIN line l ON p.manager_id = l.id WHERE p.organisation_id = $1)
       SELECT p.id, p.first_name, p.last_name, p.work_mode, lv.level_key, lv.effective_date, g.target_level_key,
              (SELECT jsonb_object_agg(competency_key, proficiency) FROM (SELECT DISTINCT ON (competency_key) competency_key, proficiency FROM competency_assessment a
                 WHERE a.organisation_id = $1 AND a.person_id = p.id AND a.assessor_kind IN ('MANAGER', 'SELF') ORDER BY competency_key, (a.assessor_kind = 'MANAGER') DESC, assessed_at DESC) x) AS ratings
         FROM line JOIN person p ON p.id = line.id AND p.exit_date IS NULL
         LEFT JOIN LATERAL (SELECT level_key, effective_date FROM career_level_change c WHERE c.organisation_id = $1 AND c.person_id = p.id ORDER BY effective_date DESC, recorded_at DESC LIMIT 1) lv ON true
         LEFT JOIN career_goal g ON g.organisation_id = $1 AND g.person_id = p.id`,
      [orgId, who.managerPerson],
    ),
  );
  const total = (JSON.parse(probe.body) as { data: { promotionReadiness: { total: number } } }).data.promotionReadiness.total;
  emit({
    bench: 'career',
    metric: 'readiness_list_p95_ms',
    value: round(api.p95, 1),
    p50: round(api.p50, 1),
    unit: 'ms',
    reference: round(raw.p95, 1),
    reference_p50: round(raw.p50, 1),
    ratio: round(api.p95 / raw.p95, 2),
    target: '<= 300 ms',
    pass: api.p95 <= 300,
    line_people: who.lineSize,
    total,
    reference_note: 'raw SQL reading every row the list needs for the whole line (latest level, current ratings, goal), no readiness computed',
  });
}

async function benchEquity(url: string, cookie: string, pool: Pool, orgId: string, samples: number): Promise<void> {
  const probe = await gql(url, cookie, EQUITY, {});
  if (!probe.ok) return skip('career', `promotionEquity failed: ${probe.body.slice(0, 300)}`);
  const api = await timeIt(samples, () => gql(url, cookie, EQUITY, {}));
  // The raw aggregate: person-years in the ladder and promotions per team × work mode over the last 18 months.
  const raw = await timeIt(samples, () =>
    pool.query(
      `WITH w AS (SELECT (current_date - interval '18 months')::date AS lo, current_date AS hi),
            first AS (SELECT person_id, min(effective_date) AS since FROM career_level_change WHERE organisation_id = $1 GROUP BY person_id),
            risk AS (SELECT p.team_id, p.work_mode, greatest(w.lo, f.since, p.hire_date) AS a, least(w.hi, coalesce(p.exit_date, w.hi)) AS b
                       FROM person p JOIN first f ON f.person_id = p.id CROSS JOIN w WHERE p.organisation_id = $1),
            promos AS (SELECT p.team_id, p.work_mode, count(*) AS n FROM career_level_change c JOIN person p ON p.id = c.person_id CROSS JOIN w
                        WHERE c.organisation_id = $1 AND c.source = 'PROMOTION' AND c.effective_date BETWEEN w.lo AND w.hi GROUP BY 1, 2)
       SELECT r.team_id, r.work_mode, count(*) FILTER (WHERE r.b > r.a) AS people, sum(greatest(0, r.b - r.a)) / 365.25 AS person_years, coalesce(max(pr.n), 0) AS promotions
         FROM risk r LEFT JOIN promos pr ON pr.team_id = r.team_id AND pr.work_mode = r.work_mode GROUP BY 1, 2`,
      [orgId],
    ),
  );
  const groups = (JSON.parse(probe.body) as { data: { promotionEquity: { groups: Array<{ key: string; ratePerPersonYear: number | null }> } } }).data.promotionEquity.groups;
  emit({
    bench: 'career',
    metric: 'equity_report_p95_ms',
    value: round(api.p95, 1),
    p50: round(api.p50, 1),
    unit: 'ms',
    reference: round(raw.p95, 1),
    reference_p50: round(raw.p50, 1),
    ratio: round(api.p95 / raw.p95, 2),
    target: '<= 3 x raw SQL aggregate',
    pass: api.p95 <= 3 * raw.p95,
    groups: groups.map((g) => `${g.key}:${g.ratePerPersonYear === null ? 'hidden' : round(g.ratePerPersonYear, 3)}`),
    reference_note: 'one SQL statement: person-years in the ladder and promotions per team × work mode over the last 18 months (no CIs, medians or suppression)',
  });
}

/** A session cookie per account, made as SessionService makes them (no argon2 sign-in needed). */
async function sessionsFor(pool: Pool, accountIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ account_id: string; token: string }>(
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

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

async function gql(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<{ body: string; ok: boolean }> {
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
  return { body, ok: status === 200 && !body.includes('"errors"') };
}

async function timeIt(samples: number, run: () => Promise<unknown> | unknown): Promise<{ p50: number; p95: number }> {
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
