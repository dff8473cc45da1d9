import fs from 'node:fs';
import path from 'node:path';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type GqlResult, type TestApp, type TestJson } from '../../testing/test-app';
import { PulseRollupService } from './pulse-rollup.service';

/**
 * The dashboard's own documents, sent as the dashboard sends them (one operation per request), so
 * the sweep asks exactly what a person's choices make the page ask.
 */
const RESULTS_DOCUMENT = fs.readFileSync(path.resolve(__dirname, '../../../../web/src/features/pulse/results/results.graphql'), 'utf8');

/** The trend lengths the results page offers (WellbeingPage.tsx asks for 26 closed waves) and the API's shortest. */
const PERIODS = [26, 2];
const K = 5;

const CBI_A = ['cbi.work.7', 'cbi.work.9', 'cbi.work.11', 'cbi.work.13', 'enps.recommend'];
const CBI_B = ['cbi.work.8', 'cbi.work.10', 'cbi.work.12', 'single-item-burnout.1'];
const WHO5 = ['who5.1', 'who5.2', 'who5.3', 'who5.4', 'who5.5'];
/** An HR-authored Likert item (scored as `likert:<item id>`); the second one was added to the program later. */
const LIKERT_1 = 'likert:custom.tools.1';
const LIKERT_2 = 'likert:custom.tools.2';

/** Every measure any program of the organisation reports, one no program asks, and none (the page's default). */
const MEASURES: Array<string | null> = [null, 'cbi.work', 'enps', 'single-item-burnout', 'who5', LIKERT_1, LIKERT_2, 'olbi.exhaustion'];
const REPORTED = new Set(MEASURES.filter((m): m is string => m !== null && m !== 'olbi.exhaustion'));

type Expected = 'DATA' | 'NOT_FOUND' | 'FORBIDDEN';
type Call = { who: string; op: string; variables: Record<string, unknown>; expected: Expected };

/**
 * Answers of one respondent to the items of one wave: deterministic, spread over each scale. Rollups
 * score the stored answers (ADR 0011); `boost` raises that person's CBI answers.
 */
function answersFor(items: readonly string[], person: number, wave: number, boost: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [j, id] of items.entries()) {
    const spread = person * 37 + wave * 11 + j * 7;
    if (id.startsWith('cbi.')) out[id] = Math.min(100, 25 * (spread % 3) + (boost ? 50 : 0));
    else if (id === 'enps.recommend') out[id] = (person * 3 + wave) % 11;
    else if (id.startsWith('single-item-burnout.')) out[id] = 1 + ((person + wave) % 5);
    else if (id.startsWith('who5.')) out[id] = spread % 6;
    else out[id] = 1 + ((person * 2 + wave) % 5);
  }
  return out;
}

describe('every choice of the results page answers with figures or an explained empty state, never a server error', () => {
  let t: TestApp;
  let org: TestOrg;
  let foreign: TestOrg;
  let night: string;
  const programs: Record<'weekly' | 'who5' | 'likert' | 'fresh', string> = { weekly: '', who5: '', likert: '', fresh: '' };
  const cookies: Record<string, string> = {};

  async function op(cookie: string, operationName: string, variables: Record<string, unknown>): Promise<GqlResult<TestJson> & { status: number }> {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: RESULTS_DOCUMENT, operationName, variables }),
    });
    return { ...((await res.json()) as GqlResult<TestJson>), status: res.status };
  }

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'sweep');
    foreign = await createTestOrg(t.pool, 'elsewhere');
    const q = (sql: string, params: unknown[] = []) => t.pool.query(sql, params);
    const o = org.organisationId;

    // Support (head) › Tier 1 (manager) › Night (lead), and Tier 2 (peer manager): the manager's line
    // is two levels deep (manager → lead → agents), the lead leads one team with no sub-teams.
    night = (await q(`INSERT INTO team (organisation_id, parent_id, name, path) VALUES ($1, $2, 'Night', 'Support / Tier 1 / Night') RETURNING id`, [o, org.teams.tier1])).rows[0].id;
    await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.support, org.people.head]);
    await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.tier1, org.people.manager]);
    await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [night, org.people.lead]);
    await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.tier2, org.people.peerManager]);
    await q(`UPDATE person SET team_id = $2 WHERE id = ANY($1)`, [[org.people.lead, org.people.agent1, org.people.agent2], night]);
    const modes = ['REMOTE', 'OFFICE', 'HYBRID', 'REMOTE'];
    const extra = async (team: string, manager: string, n: number, tag: string) => {
      for (let i = 0; i < n; i++) {
        await q(
          `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, team_id, manager_id, work_mode, time_zone, hire_date)
           VALUES ($1, $2, $3, 'Extra', $4, $5, $6, $7, 'Europe/Warsaw', '2024-01-15')`,
          [o, `sweep-${tag}${i}`, `${tag}${i}@sweep.test`, `${tag}${i}`, team, manager, modes[i % modes.length]],
        );
      }
    };
    await extra(night, org.people.lead, 5, 'n');
    await extra(org.teams.tier1, org.people.manager, 5, 'a');
    await extra(org.teams.tier2, org.people.peerManager, 5, 'b');

    const teams: Array<{ id: string; parent_id: string | null }> = (await q(`SELECT id, parent_id FROM team WHERE organisation_id = $1`, [o])).rows;
    const parent = new Map(teams.map((x) => [x.id, x.parent_id]));
    const lineage = (team: string) => {
      const out: string[] = [];
      for (let at: string | null | undefined = team; at; at = parent.get(at)) out.push(at);
      return out;
    };
    const people: Array<{ id: string; team_id: string; work_mode: string }> = (await q(`SELECT id, team_id, work_mode FROM person WHERE organisation_id = $1 ORDER BY hris_id`, [o])).rows;

    const program = async (name: string, cadence: string, items: string[], status = 'ACTIVE') =>
      (await q(`INSERT INTO pulse_program (organisation_id, name, status, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, $2, $3, $4, 5, $5, '2025-11-01') RETURNING id`, [o, name, status, cadence, items])).rows[0].id as string;
    /** A wave everyone was invited to; closed waves have answers from all but one person of Tier 2, the open one from half. */
    const wave = async (programId: string, sequence: number, periodStart: string, items: string[], status: 'CLOSED' | 'OPEN', boostTeam?: string) => {
      const w = (
        await q(
          `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, closed_at, confidentiality_k)
           VALUES ($1, $2, $3, $4, $5, $6, $4::date, $4::date + 3, CASE WHEN $6 = 'CLOSED' THEN $4::date + 3 END, $7) RETURNING id`,
          [o, programId, sequence, periodStart, items, status, K],
        )
      ).rows[0].id as string;
      for (const [i, p] of people.entries()) {
        const band = i % 5 === 0 ? 'MONTHS_0_6' : 'YEARS_1_2';
        await q(
          `INSERT INTO pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, team_ids, work_mode, tenure_band) VALUES ($1, $2, $3, $4::date, $4::date + 3, $5, $6, $7)`,
          [w, p.id, o, periodStart, lineage(p.team_id), p.work_mode, band],
        );
        if (p.id === org.people.agent3 || (status === 'OPEN' && i % 2)) continue;
        const boost = boostTeam && p.team_id === boostTeam ? 45 : 0;
        await q(
          `INSERT INTO pulse_response (organisation_id, wave_id, person_id, answers, scores, team_ids, work_mode, tenure_band) VALUES ($1, $2, $3, $4, '{}', $5, $6, $7)`,
          [o, w, p.id, JSON.stringify(answersFor(items, i, sequence, boost)), lineage(p.team_id), p.work_mode, band],
        );
      }
      return w;
    };

    // Weekly, rotating: eNPS and the single burnout item are each asked every other week only.
    programs.weekly = await program('Weekly wellbeing pulse', 'WEEKLY', [...CBI_A.slice(0, 4), ...CBI_B.slice(0, 3), 'single-item-burnout.1', 'enps.recommend']);
    programs.who5 = await program('Monthly WHO-5', 'MONTHLY', WHO5);
    programs.likert = await program('HR questions', 'WEEKLY', [LIKERT_1, LIKERT_2]);
    programs.fresh = await program('Another new pulse', 'WEEKLY', CBI_A);
    await program('A draft nobody sees', 'WEEKLY', CBI_A, 'DRAFT');
    const closed: string[] = [];
    for (const [s, start] of ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'].entries()) {
      const a = s % 2 === 0;
      closed.push(await wave(programs.weekly, s, start, a ? CBI_A : CBI_B, 'CLOSED', s === 3 ? org.teams.tier2 : undefined));
    }
    const open = await wave(programs.weekly, 4, '2026-02-02', CBI_A, 'OPEN');
    for (const [s, start] of ['2025-11-01', '2025-12-01', '2026-01-01'].entries()) closed.push(await wave(programs.who5, s, start, WHO5, 'CLOSED'));
    closed.push(await wave(programs.likert, 0, '2026-01-05', [LIKERT_1], 'CLOSED'));
    closed.push(await wave(programs.likert, 1, '2026-01-12', [LIKERT_1, LIKERT_2], 'CLOSED'));
    const rollups = t.app.get(PulseRollupService);
    for (const w of [...closed, open]) await rollups.recomputeWave(w, o);

    for (const k of ['hr', 'manager', 'lead', 'agent1'] as const) cookies[k] = await t.signIn(org.email(k));

    // Action plans made between waves (so one has a figure before and after) on measures asked every
    // other week, and on one the program never asks.
    const plans: Array<[string, string, string, string]> = [
      ['manager', org.teams.tier1, programs.weekly, 'enps'],
      ['manager', org.teams.tier1, programs.weekly, 'single-item-burnout'],
      ['lead', night, programs.weekly, 'who5'],
      ['hr', org.teams.tier2, programs.who5, 'cbi.work'],
    ];
    for (const [who, teamId, programId, measure] of plans) {
      const r = await op(cookies[who], 'CreateActionPlan', { input: { teamId, programId, title: `Act on ${measure}`, ownerPersonId: org.people.lead, dueOn: '2026-03-31', measure } });
      expect(r.errors).toBeUndefined();
    }
    await q(`UPDATE action_plan SET created_at = '2026-01-14T12:00:00Z' WHERE organisation_id = $1`, [o]);
  });
  afterAll(() => t.close());

  /** What is wrong with one answer, or null when it is figures or an empty state the page can explain. */
  function unexplained(call: Call, r: GqlResult<TestJson> & { status: number }): string | null {
    const codes = (r.errors ?? []).map((e) => e.extensions?.code ?? e.message);
    if (call.expected !== 'DATA') return codes.length === 1 && codes[0] === call.expected ? null : `expected ${call.expected}, got ${JSON.stringify(r.errors ?? r.data)}`;
    if (r.errors) return `error: ${r.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`;
    const d = r.data;
    if (!d) return 'no data';
    const problems: string[] = [];
    const group = (where: string, g: TestJson) => {
      if (!g) return;
      if (!g.shown) {
        if (!['FEWER_THAN_K', 'COMPLEMENTARY'].includes(g.hiddenReason)) problems.push(`${where}: hidden without a reason`);
        if (g.respondents !== null) problems.push(`${where}: hidden but gives respondents`);
        return;
      }
      if (g.respondents < K) problems.push(`${where}: shown for ${g.respondents} respondents`);
      for (const m of g.measures ?? []) {
        if ((m.value === null) === (m.hiddenReason === null)) problems.push(`${where}.${m.measure}: value ${m.value} with reason ${m.hiddenReason}`);
        if (m.value !== null && m.respondents < K) problems.push(`${where}.${m.measure}: shown for ${m.respondents} respondents`);
      }
    };
    const trend = (where: string, tr: TestJson) => {
      if (tr.periods.length && !tr.series.length) problems.push(`${where}: periods without any series`);
      for (const s of tr.series) {
        if (s.values.length !== tr.periods.length || s.hiddenReasons.length !== tr.periods.length) problems.push(`${where}.${s.key}: series and periods differ in length`);
        s.values.forEach((v: number | null, i: number) => {
          if ((v === null) === (s.hiddenReasons[i] === null)) problems.push(`${where}.${s.key}[${tr.periods[i]}]: value ${v} with reason ${s.hiddenReasons[i]}`);
        });
      }
    };
    if (call.op === 'PulseResults') {
      const res = d.pulseResults;
      if (!res.program && res.programs.length) problems.push('programs exist but none is chosen');
      if (!res.periodStart && (res.overall || res.trend.periods.length)) problems.push('figures without a closed wave');
      for (const m of res.measures) if (!REPORTED.has(m)) problems.push(`measure ${m} is offered but the sweep does not try it`);
      group('overall', res.overall);
      trend('trend', res.trend);
      trend('participation', res.participation);
      const requested = call.variables.measure as string | null;
      if (requested && res.trend.measure !== requested) problems.push(`trend is of ${res.trend.measure}, not the ${requested} asked for`);
      if (res.openWave && res.openWave.group.participation === null && !res.openWave.group.hiddenReason) problems.push('open wave participation hidden without a reason');
    } else if (call.op === 'PulseBreakdown') {
      for (const key of ['byWorkMode', 'byTenure', 'byTeam']) for (const [i, g] of d.pulseResults[key].entries()) group(`${key}[${i}]`, g);
    } else if (call.op === 'PulseHeatmap') {
      const h = d.pulseHeatmap;
      if (!h.periodStart && h.rows.length) problems.push('heatmap rows without a wave');
      for (const row of h.rows) {
        if (row.respondents !== null && row.respondents < K) problems.push(`${row.name}: ${row.respondents} respondents shown`);
        if (row.values.length !== h.measures.length) problems.push(`${row.name}: values and measures differ in length`);
        row.values.forEach((v: number | null, i: number) => {
          if ((v === null) === (row.hiddenReasons[i] === null)) problems.push(`${row.name}.${h.measures[i]}: value ${v} with reason ${row.hiddenReasons[i]}`);
        });
      }
    } else if (!Array.isArray(d[call.op === 'PulseAlerts' ? 'pulseAlerts' : 'actionPlans'])) problems.push('not a list');
    return problems.length ? problems.slice(0, 3).join('; ') : null;
  }

  it('for HR, a manager with a two-level line, a team lead and an agent, over every program, team, measure and trend length', async () => {
    const tier1 = org.teams.tier1;
    const tier2 = org.teams.tier2;
    const support = org.teams.support;
    // Team choices each role's picker offers (null: the organisation for HR, the top team for managers).
    const pickable: Record<'hr' | 'manager' | 'lead', Array<string | null>> = {
      hr: [null, support, tier1, night, tier2],
      manager: [null, tier1, night],
      lead: [null, night],
    };
    const notPickable: Record<'hr' | 'manager' | 'lead', string[]> = { hr: [foreign.teams.tier1], manager: [support, tier2], lead: [tier1, tier2] };
    const programChoices = [null, programs.weekly, programs.who5, programs.likert, programs.fresh];

    const calls: Call[] = [];
    for (const who of ['hr', 'manager', 'lead'] as const) {
      for (const teamId of pickable[who])
        for (const programId of programChoices)
          for (const measure of MEASURES)
            for (const periods of PERIODS) {
              calls.push({ who, op: 'PulseResults', variables: { programId, teamId, measure, periods }, expected: 'DATA' });
              // The breakdown tab sends the page's variables; its figures do not depend on the trend's length.
              if (periods === PERIODS[0]) calls.push({ who, op: 'PulseBreakdown', variables: { programId, teamId, measure, periods }, expected: 'DATA' });
            }
      for (const teamId of notPickable[who]) calls.push({ who, op: 'PulseResults', variables: { programId: null, teamId, measure: null, periods: 26 }, expected: 'NOT_FOUND' });
      calls.push({ who, op: 'PulseResults', variables: { programId: '00000000-0000-4000-8000-000000000000', teamId: null, measure: null, periods: 26 }, expected: 'NOT_FOUND' });
      for (const programId of programChoices) calls.push({ who, op: 'PulseHeatmap', variables: { programId }, expected: who === 'hr' ? 'DATA' : 'FORBIDDEN' });
      calls.push({ who, op: 'PulseAlerts', variables: { first: 20 }, expected: 'DATA' });
      for (const teamId of pickable[who]) calls.push({ who, op: 'ActionPlans', variables: { teamId }, expected: 'DATA' });
    }
    for (const [opName, variables] of [
      ['PulseResults', { programId: null, teamId: null, measure: null, periods: 26 }],
      ['PulseBreakdown', { programId: programs.weekly, teamId: night, measure: 'enps', periods: 26 }],
      ['PulseHeatmap', { programId: null }],
      ['PulseAlerts', { first: 20 }],
      ['ActionPlans', { teamId: null }],
    ] as const)
      calls.push({ who: 'agent1', op: opName, variables, expected: 'FORBIDDEN' });

    // A few requests at a time: the server's pool and the two cores are shared with other suites.
    const failures: string[] = [];
    const reachedFigures = new Set<string>();
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < calls.length) {
          const call = calls[next++];
          const r = await op(cookies[call.who], call.op, call.variables);
          const problem = unexplained(call, r);
          if (call.op === 'PulseResults' && r.data?.pulseResults.trend.series.some((s: TestJson) => s.values.some((v: number | null) => v !== null))) reachedFigures.add(call.who);
          if (problem) failures.push(`${call.who} ${call.op} ${JSON.stringify(call.variables)}: ${problem}`);
        }
      }),
    );
    const summary = { requests: calls.length, failing: failures.length, examples: failures.slice(0, 8) };
    if (failures.length) {
      // Failures grouped by kind (ids left out), so one look says what broke and how often.
      const kinds = new Map<string, number>();
      for (const f of failures) {
        const kind = f.replace(/^(\w+ \w+) \{.*?\}: /, '$1: ').replace(/error id [0-9a-f-]+/, 'error id …').replace(/\[\d{4}-\d{2}-\d{2}\]/g, '[…]');
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      console.log(`results sweep: ${failures.length} of ${calls.length} requests failed (${Date.now() - started} ms)\n${[...kinds].map(([k, n]) => `${n} × ${k}`).join('\n')}`);
    }
    expect(summary).toEqual({ requests: calls.length, failing: 0, examples: [] });
    // The sweep reached real figures for every role, not only empty states.
    expect([...reachedFigures].sort()).toEqual(['hr', 'lead', 'manager']);
    const hr = await op(cookies.hr, 'PulseResults', { programId: programs.weekly, teamId: null, measure: 'enps', periods: 26 });
    expect(hr.data?.pulseResults.trend.series[0].values.filter((v: number | null) => v !== null)).toHaveLength(2);
  });
});
