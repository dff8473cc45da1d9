import { auditCollection, cellNamer, collect, describeLeak, signIn } from '@pulse/disclosure-audit';
import { tenureBand } from '@pulse/domain-pulse';
import { hashPassword } from '../identity/password';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { PulseRollupService } from './pulse-rollup.service';

const ITEMS = ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'enps.recommend', 'single-item-burnout.1'];
const SUBMIT = `mutation($i: SubmitPulseResponseInput!) { submitPulseResponse(input: $i) { revision } }`;

const monthsAgo = (m: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - m);
  return d.toISOString().slice(0, 10);
};

/**
 * An organisation with the awkward shapes of DISCLOSURE.md, on top of the fixture's eight people
 * (three of them filed in the parent team Support): a two-person team, a small site of its own with
 * one remote person, one-person work-mode and tenure groups, two people who skip the CBI items (so
 * cbi.work counts fewer than the wave) and two who do not answer at all.
 */
const EXTRA: Array<{ team: 'tier1' | 'tier2' | 'tier3' | 'lisbon'; mode: string; hiredMonthsAgo: number; answers: 'all' | 'skip-cbi' | 'none' }> = [
  { team: 'tier1', mode: 'REMOTE', hiredMonthsAgo: 3, answers: 'all' },
  { team: 'tier1', mode: 'REMOTE', hiredMonthsAgo: 8, answers: 'all' },
  { team: 'tier1', mode: 'OFFICE', hiredMonthsAgo: 18, answers: 'skip-cbi' },
  { team: 'tier1', mode: 'HYBRID', hiredMonthsAgo: 40, answers: 'all' },
  { team: 'tier1', mode: 'REMOTE', hiredMonthsAgo: 2, answers: 'none' },
  { team: 'tier2', mode: 'REMOTE', hiredMonthsAgo: 14, answers: 'all' },
  { team: 'tier2', mode: 'OFFICE', hiredMonthsAgo: 30, answers: 'all' },
  { team: 'tier2', mode: 'REMOTE', hiredMonthsAgo: 5, answers: 'skip-cbi' },
  { team: 'tier3', mode: 'HYBRID', hiredMonthsAgo: 20, answers: 'all' },
  { team: 'tier3', mode: 'REMOTE', hiredMonthsAgo: 26, answers: 'all' },
  { team: 'lisbon', mode: 'OFFICE', hiredMonthsAgo: 9, answers: 'all' },
  { team: 'lisbon', mode: 'OFFICE', hiredMonthsAgo: 28, answers: 'all' },
  { team: 'lisbon', mode: 'OFFICE', hiredMonthsAgo: 28, answers: 'none' },
  { team: 'lisbon', mode: 'REMOTE', hiredMonthsAgo: 13, answers: 'all' },
];

describe('no group of fewer than k respondents can be derived from what HR or a manager can read (DISCLOSURE.md)', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'leaky');
    const q = (sql: string, params: unknown[]) => t.pool.query(sql, params);
    await q(`UPDATE organisation SET confidentiality_k = 3 WHERE id = $1`, [org.organisationId]);
    await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.tier1, org.people.lead]);
    await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.tier2, org.people.peerManager]);
    await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.support, org.people.head]);
    const team = async (name: string, path: string, parent: string | null) =>
      (await q(`INSERT INTO team (organisation_id, parent_id, name, path) VALUES ($1, $2, $3, $4) RETURNING id`, [org.organisationId, parent, name, path])).rows[0].id as string;
    const teams = { ...org.teams, tier3: await team('Tier 3', 'Support / Tier 3', org.teams.support), lisbon: await team('Lisbon', 'Lisbon', null) };
    const parentOf = new Map<string, string | null>([
      [teams.support, null],
      [teams.tier1, teams.support],
      [teams.tier2, teams.support],
      [teams.tier3, teams.support],
      [teams.lisbon, null],
    ]);
    const lineage = (id: string) => {
      const ids: string[] = [];
      for (let x: string | null | undefined = id; x; x = parentOf.get(x)) ids.push(x);
      return ids;
    };

    const hash = await hashPassword(TEST_PASSWORD);
    const people: Array<{ email: string; answers: 'all' | 'skip-cbi' | 'none'; team: string; mode: string; hire: string }> = [];
    const fixture = await q(`SELECT email, team_id, work_mode, to_char(hire_date, 'YYYY-MM-DD') AS hire FROM person WHERE organisation_id = $1`, [org.organisationId]);
    for (const p of fixture.rows) people.push({ email: p.email, answers: 'all', team: p.team_id, mode: p.work_mode, hire: p.hire });
    for (const [i, x] of EXTRA.entries()) {
      const email = `extra${i}@leaky.test`;
      const hire = monthsAgo(x.hiredMonthsAgo);
      const { rows } = await q(
        `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, team_id, manager_id, work_mode, time_zone, hire_date)
         VALUES ($1, $2, $3, 'Extra', $4, $5, $6, $7, 'Europe/Warsaw', $8) RETURNING id`,
        [org.organisationId, `leaky-x${i}`, email, `X${i}`, teams[x.team], x.team === 'tier1' ? org.people.lead : org.people.head, x.mode, hire],
      );
      await q(`INSERT INTO account (organisation_id, person_id, email, password_hash, roles) VALUES ($1, $2, $3, $4, '{AGENT}')`, [org.organisationId, rows[0].id, email, hash]);
      people.push({ email, answers: x.answers, team: teams[x.team], mode: x.mode, hire });
    }

    // One closed wave of a weekly program, everyone invited (the scheduler's job, done directly).
    const [p] = (await q(`INSERT INTO pulse_program (organisation_id, name, status, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, 'Weekly', 'ACTIVE', 'WEEKLY', 5, $2, '2026-01-05') RETURNING id`, [org.organisationId, ITEMS])).rows;
    const [w] = (
      await q(
        `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, confidentiality_k) VALUES ($1, $2, 0, current_date, $3, 'OPEN', now(), now() + interval '2 days', (SELECT confidentiality_k FROM organisation WHERE id = $1)) RETURNING id, to_char(period_start, 'YYYY-MM-DD') AS day`,
        [org.organisationId, p.id, ITEMS],
      )
    ).rows;
    for (const person of people) {
      await q(
        `INSERT INTO pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, team_ids, work_mode, tenure_band)
         SELECT $1, p.id, p.organisation_id, now() - interval '1 hour', now() + interval '2 days', $3, p.work_mode, $4 FROM person p WHERE p.email = $2`,
        [w.id, person.email, lineage(person.team), tenureBand(person.hire, w.day)],
      );
    }
    for (const [i, person] of people.entries()) {
      if (person.answers === 'none') continue;
      const cookie = await t.signIn(person.email);
      const cbi = [100, 75, 50, 25, 0][i % 5];
      const all = [
        { itemId: 'cbi.work.7', value: cbi },
        { itemId: 'cbi.work.8', value: [0, 25, 50][i % 3] },
        { itemId: 'cbi.work.9', value: cbi },
        { itemId: 'enps.recommend', value: i % 11 },
        { itemId: 'single-item-burnout.1', value: 1 + (i % 5) },
      ];
      const answers = person.answers === 'skip-cbi' ? all.filter((a) => !a.itemId.startsWith('cbi.')) : all;
      const r = await t.gql(SUBMIT, { i: { waveId: w.id, answers } }, cookie);
      if (r.errors) throw new Error(`${person.email} could not answer: ${JSON.stringify(r.errors)}`);
    }
    await q(`UPDATE pulse_wave SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [w.id]);
    const rollups = t.app.get(PulseRollupService);
    await rollups.settle();
    await rollups.recomputeWave(w.id, org.organisationId);
  });
  afterAll(() => t.close());

  it.each([
    ['HR', 'hr'],
    ['a manager', 'manager'],
  ] as const)('%s: every view collected and solved exactly, no derivable group of 1..k-1 and no two views disagreeing', async (_who, key) => {
    const gql = await signIn(t.baseUrl, org.email(key), TEST_PASSWORD);
    const collection = await collect(gql);
    // The attacker really collected something: the wave's respondent count and its measures.
    expect(collection.waves.map((w) => w.quantity)).toEqual(expect.arrayContaining(['respondents', 'cbi.work']));
    const audits = auditCollection(collection);
    const name = cellNamer(collection.teams);
    const leaks = audits.flatMap((a) => a.leaks.map((l) => describeLeak(name, a.quantity, l)));
    expect({ failures: collection.failures, disagreements: collection.findings, inconsistencies: audits.flatMap((a) => a.inconsistencies), leaks }).toEqual({
      failures: [],
      disagreements: [],
      inconsistencies: [],
      leaks: [],
    });
  });
});
