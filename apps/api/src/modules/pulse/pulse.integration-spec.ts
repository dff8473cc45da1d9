import { scorePulseResponse } from '@pulse/domain-pulse';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';
import { PulseRollupService } from './pulse-rollup.service';

const OPEN = `query($l: String) { myOpenPulses(locale: $l) { waveId programName questions { itemId text validatedTranslation options { value label } } myAnswers { itemId value } answeredAt } }`;
const SUBMIT = `mutation($i: SubmitPulseResponseInput!) { submitPulseResponse(input: $i) { revision supportMessage myScores { measure value band } } }`;
const RESULTS = `query($team: ID) { pulseResults(teamId: $team) {
  k teamId canSeeOrganisation teams { id }
  overall { shown hiddenReason respondents invited participation measures { measure value hiddenReason } }
  byWorkMode { workMode shown hiddenReason respondents measures { measure value } }
  byTeam { label shown hiddenReason respondents }
  trend { measure periods series { key values hiddenReasons } }
} }`;
const WEEKLY_ITEMS = ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'enps.recommend', 'single-item-burnout.1'];
const WHO5_ITEMS = ['who5.1', 'who5.2', 'who5.3', 'who5.4', 'who5.5'];

describe('answering a pulse and reading confidential results (SPEC §4.2, §4.3)', () => {
  let t: TestApp;
  let acme: TestOrg;
  let globex: TestOrg;
  let weekly: string;
  let who5: string;
  let globexWave: string;
  const extra: string[] = [];
  const cookies: Record<string, string> = {};

  /** A program with one wave open now, everyone in the organisation invited (the scheduler's job, done directly here). */
  async function openWave(org: TestOrg, name: string, items: string[]): Promise<string> {
    const [p] = (await t.pool.query(`INSERT INTO pulse_program (organisation_id, name, status, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, $2, 'ACTIVE', 'WEEKLY', 5, $3, '2026-01-05') RETURNING id`, [org.organisationId, name, items])).rows;
    const [w] = (
      await t.pool.query(
        `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, confidentiality_k)
         SELECT $1, $2, 0, current_date, $3, 'OPEN', now(), now() + interval '2 days', confidentiality_k FROM organisation WHERE id = $1 RETURNING id`,
        [org.organisationId, p.id, items],
      )
    ).rows;
    await t.pool.query(
      `INSERT INTO pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, team_ids, work_mode, tenure_band)
       SELECT $1, p.id, p.organisation_id, now() - interval '1 hour', now() + interval '2 days', ARRAY[p.team_id], p.work_mode, 'YEARS_1_2' FROM person p WHERE p.organisation_id = $2`,
      [w.id, org.organisationId],
    );
    return w.id;
  }

  const answers = (values: number[], items = WEEKLY_ITEMS) => items.map((itemId, i) => ({ itemId, value: values[i] }));
  const responses = async (wave: string) => Number((await t.pool.query(`SELECT count(*) FROM pulse_response WHERE wave_id = $1`, [wave])).rows[0].count);

  beforeAll(async () => {
    // One test reads the schema through introspection, which is off unless switched on.
    t = await startTestApp({ introspection: true });
    acme = await createTestOrg(t.pool, 'acme');
    globex = await createTestOrg(t.pool, 'globex');
    await t.pool.query(`UPDATE team SET lead_id = $2 WHERE id = $1`, [acme.teams.tier1, acme.people.lead]);
    await t.pool.query(`UPDATE team SET lead_id = $2 WHERE id = $1`, [acme.teams.tier2, acme.people.peerManager]);
    await t.pool.query(`UPDATE team SET lead_id = $2 WHERE id = $1`, [acme.teams.support, acme.people.head]);
    // Six more agents in Tier 1 (four remote, two in the office), so Tier 1 reaches k = 5 but not every work mode does.
    for (let i = 0; i < 6; i++) {
      const { rows } = await t.pool.query(
        `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, team_id, manager_id, work_mode, time_zone, hire_date)
         VALUES ($1, $2, $3, 'Extra', $4, $5, $6, $7, 'Europe/Warsaw', '2024-01-15') RETURNING id`,
        [acme.organisationId, `acme-x${i}`, `x${i}@acme.test`, `X${i}`, acme.teams.tier1, acme.people.lead, i < 4 ? 'REMOTE' : 'OFFICE'],
      );
      extra.push(rows[0].id);
    }
    weekly = await openWave(acme, 'Weekly wellbeing pulse', WEEKLY_ITEMS);
    who5 = await openWave(acme, 'Monthly WHO-5', WHO5_ITEMS);
    globexWave = await openWave(globex, 'Weekly wellbeing pulse', WEEKLY_ITEMS);
    for (const k of ['agent1', 'agent2', 'agent3', 'lead', 'manager', 'peerManager', 'hr', 'head'] as const) cookies[k] = await t.signIn(acme.email(k));
    cookies.globexAgent = await t.signIn(globex.email('agent1'));
  });
  afterAll(() => t.close());

  it("an agent sees this week's pulses with every question, worded in their language", async () => {
    const r = await t.gql(OPEN, { l: 'pl' }, cookies.agent1);
    expect(r.errors).toBeUndefined();
    const pulses = r.data?.myOpenPulses as TestJson[];
    expect(pulses.map((p) => p.programName).sort()).toEqual(['Monthly WHO-5', 'Weekly wellbeing pulse']);
    const w = pulses.find((p) => p.waveId === weekly);
    expect(w.questions.map((q: TestJson) => q.itemId)).toEqual(WEEKLY_ITEMS);
    expect(w.questions[0].text).not.toEqual('');
    expect(w.questions[0].options.map((o: TestJson) => o.value)).toEqual([100, 75, 50, 25, 0]);
    expect(w.myAnswers).toEqual([]);
  });

  it('a retried or double-clicked submit stores one response', async () => {
    const input = { waveId: weekly, answers: answers([75, 50, 75, 9, 3]) };
    const [a, b] = await Promise.all([t.gql(SUBMIT, { i: input }, cookies.agent1), t.gql(SUBMIT, { i: input }, cookies.agent1)]);
    expect(a.errors ?? b.errors).toBeUndefined();
    const again = await t.gql(SUBMIT, { i: input }, cookies.agent1);
    expect(again.data?.submitPulseResponse.revision).toBe(1);
    expect(await responses(weekly)).toBe(1);
    expect(again.data?.submitPulseResponse.myScores).toEqual(
      expect.arrayContaining([{ measure: 'enps', value: 9, band: 'promoter' }, { measure: 'single-item-burnout', value: 3, band: 'burnout' }]),
    );
  });

  it('answering again inside the window replaces the answer', async () => {
    const r = await t.gql(SUBMIT, { i: { waveId: weekly, answers: answers([25, 25, 25, 10, 1]) } }, cookies.agent1);
    expect(r.data?.submitPulseResponse.revision).toBe(2);
    expect(await responses(weekly)).toBe(1);
    const open = await t.gql(OPEN, {}, cookies.agent1);
    const mine = (open.data?.myOpenPulses as TestJson[]).find((p) => p.waveId === weekly);
    expect(mine.myAnswers).toEqual(expect.arrayContaining([{ itemId: 'enps.recommend', value: 10 }]));
  });

  it.each([
    ['an answer outside the scale', answers([75, 50, 75, 11, 3]), /outside the .* scale/],
    ['a value that is not an option', answers([70, 50, 75, 9, 3]), /not one of/],
    ['a fractional answer', answers([75, 50, 75, 8.5, 3]), /not a whole number/],
    ['an item this pulse did not ask', [{ itemId: 'who5.1', value: 3 }], /not asked in this pulse/],
    ['an unknown item', [{ itemId: 'nope.1', value: 3 }], /no instrument has such an item/],
    ['no answers at all', [], /no answers/],
  ])('%s is rejected with a clear message and stores nothing', async (_what, given, message) => {
    const before = await responses(weekly);
    const r = await t.gql(SUBMIT, { i: { waveId: weekly, answers: given } }, cookies.agent2);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(message);
    expect(await responses(weekly)).toBe(before);
  });

  it('a comment with control characters or over 1,000 characters is refused', async () => {
    for (const comment of ['bad\u0000byte', 'x'.repeat(10_000)]) {
      const r = await t.gql(SUBMIT, { i: { waveId: weekly, answers: answers([75, 50, 75, 9, 3]), comment } }, cookies.agent2);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await responses(weekly)).toBe(1);
  });

  it("a WHO-5 score of 28 or less shows the organisation's support message to that person only", async () => {
    await t.pool.query(`UPDATE organisation SET support_message = 'Call the EAP line: 0800 123 456' WHERE id = $1`, [acme.organisationId]);
    const low = await t.gql(SUBMIT, { i: { waveId: who5, answers: answers([1, 1, 2, 1, 2], WHO5_ITEMS) } }, cookies.agent1);
    expect(low.data?.submitPulseResponse).toMatchObject({ supportMessage: 'Call the EAP line: 0800 123 456', myScores: [{ measure: 'who5', value: 28, band: 'likely-depression' }] });
    const ok = await t.gql(SUBMIT, { i: { waveId: who5, answers: answers([3, 2, 4, 1, 2], WHO5_ITEMS) } }, cookies.agent2);
    expect(ok.data?.submitPulseResponse.supportMessage).toBeNull();
  });

  it('the support message is in the page language (else the profile language, else the one text) and also follows top-level burnout', async () => {
    await t.pool.query(`UPDATE organisation SET support_messages = $2 WHERE id = $1`, [acme.organisationId, JSON.stringify({ pl: 'Zadzwoń do EAP: 800 123 456', 'zh-Hans': '请致电员工援助热线' })]);
    const low = answers([1, 1, 2, 1, 2], WHO5_ITEMS);
    const pl = await t.gql(SUBMIT, { i: { waveId: who5, answers: low, locale: 'pl' } }, cookies.agent1);
    expect(pl.data?.submitPulseResponse.supportMessage).toBe('Zadzwoń do EAP: 800 123 456');
    const noText = await t.gql(SUBMIT, { i: { waveId: who5, answers: low, locale: 'zh-Hant' } }, cookies.agent1);
    expect(noText.data?.submitPulseResponse.supportMessage).toBe('Call the EAP line: 0800 123 456');
    // Single-item level 4 ("the symptoms won't go away") and a CBI scale in the severe band.
    const singleItem = await t.gql(SUBMIT, { i: { waveId: weekly, answers: answers([75, 50, 75, 9, 4]), locale: 'zh-Hans' } }, cookies.agent2);
    expect(singleItem.data?.submitPulseResponse.supportMessage).toBe('请致电员工援助热线');
    const cbiSevere = await t.gql(SUBMIT, { i: { waveId: weekly, answers: answers([100, 100, 100, 9, 1]) } }, cookies.agent2);
    expect(cbiSevere.data?.submitPulseResponse.supportMessage).toBe('Call the EAP line: 0800 123 456');
    const level3 = await t.gql(SUBMIT, { i: { waveId: weekly, answers: answers([75, 50, 75, 9, 3]) } }, cookies.agent2);
    expect(level3.data?.submitPulseResponse.supportMessage).toBeNull();
    // The results below count the weekly wave's respondents without this one.
    await t.pool.query(`DELETE FROM pulse_response WHERE wave_id = $1 AND person_id = $2`, [weekly, acme.people.agent2]);
  });

  it("another person's, another tenant's or an unknown pulse reads the same and stores nothing", async () => {
    const r1 = await t.gql(SUBMIT, { i: { waveId: globexWave, answers: answers([75, 50, 75, 9, 3]) } }, cookies.agent1);
    const r2 = await t.gql(SUBMIT, { i: { waveId: '00000000-0000-4000-8000-000000000000', answers: answers([75, 50, 75, 9, 3]) } }, cookies.agent1);
    expect(r1.errors?.[0]).toMatchObject({ message: 'No pulse with that id is open for you.', extensions: { code: 'NOT_FOUND' } });
    expect(r2.errors?.[0].message).toBe(r1.errors?.[0].message);
    expect(await responses(globexWave)).toBe(0);
  });

  it('someone not invited to a pulse of their own organisation learns nothing about it, not even what is wrong with their answers', async () => {
    const [w] = (
      await t.pool.query(
        `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, confidentiality_k)
         SELECT organisation_id, program_id, sequence + 100, period_start + 700, item_ids, 'OPEN', now(), now() + interval '2 days', confidentiality_k FROM pulse_wave WHERE id = $1 RETURNING id`,
        [weekly],
      )
    ).rows;
    for (const given of [answers([75, 50, 75, 9, 3]), answers([75, 50, 75, 11, 3])]) {
      const r = await t.gql(SUBMIT, { i: { waveId: w.id, answers: given } }, cookies.agent1);
      expect(r.errors?.[0]).toMatchObject({ message: 'No pulse with that id is open for you.', extensions: { code: 'NOT_FOUND' } });
    }
    expect(await responses(w.id)).toBe(0);
  });

  it("the group snapshot is taken at submission: the person's team chain, work mode and tenure band as they are then", async () => {
    const wave = await openWave(acme, 'Snapshot check', WEEKLY_ITEMS); // invitations snapshot REMOTE/OFFICE and 1-2 years
    const person = extra[5];
    await t.pool.query(
      `INSERT INTO account (organisation_id, person_id, email, password_hash, roles) SELECT organisation_id, $2, 'x5@acme.test', password_hash, '{AGENT}' FROM account WHERE id = $1`,
      [acme.accounts.agent1, person],
    );
    await t.pool.query(`UPDATE person SET work_mode = 'HYBRID', hire_date = current_date - 100 WHERE id = $1`, [person]);
    try {
      const r = await t.gql(SUBMIT, { i: { waveId: wave, answers: answers([75, 50, 75, 9, 3]) } }, await t.signIn('x5@acme.test'));
      expect(r.errors).toBeUndefined();
      const { rows } = await t.pool.query(`SELECT work_mode, tenure_band, team_ids FROM pulse_response WHERE wave_id = $1 AND person_id = $2`, [wave, person]);
      expect(rows).toEqual([{ work_mode: 'HYBRID', tenure_band: 'MONTHS_0_6', team_ids: [acme.teams.tier1, acme.teams.support] }]);
    } finally {
      await t.pool.query(`UPDATE person SET work_mode = 'OFFICE', hire_date = '2024-01-15' WHERE id = $1`, [person]);
      await t.pool.query(`DELETE FROM pulse_program WHERE id = (SELECT program_id FROM pulse_wave WHERE id = $1)`, [wave]);
    }
  });

  it('people answering at the same moment share statements, yet each gets their own answer stored or their own refusal', async () => {
    const wave = await openWave(acme, 'Same moment', WEEKLY_ITEMS);
    await t.pool.query(`UPDATE pulse_invitation SET closes_at = now() - interval '1 minute' WHERE wave_id = $1 AND person_id = $2`, [wave, acme.people.manager]);
    try {
      const who = ['agent1', 'agent2', 'agent3', 'lead', 'head', 'hr', 'manager'] as const;
      const sent = await Promise.all(who.map((k, i) => t.gql(SUBMIT, { i: { waveId: wave, answers: answers([75, 50, 75, i + 1, 3]) } }, cookies[k])));
      expect(sent.slice(0, 6).map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
      expect(sent[6].errors?.[0].message).toBe('This pulse has closed; your answers were not stored.');
      const { rows } = await t.pool.query(`SELECT person_id, (answers ->> 'enps.recommend')::int AS enps FROM pulse_response WHERE wave_id = $1`, [wave]);
      expect(Object.fromEntries(rows.map((r) => [r.person_id, r.enps]))).toEqual(Object.fromEntries(who.slice(0, 6).map((k, i) => [acme.people[k], i + 1])));
    } finally {
      await t.pool.query(`DELETE FROM pulse_program WHERE id = (SELECT program_id FROM pulse_wave WHERE id = $1)`, [wave]);
    }
  });

  it("a reminder reaches the person it is for: their open pulse says when they were reminded, nobody else's does", async () => {
    const wave = await openWave(acme, 'Reminded', WEEKLY_ITEMS);
    try {
      await t.pool.query(`UPDATE pulse_invitation SET reminded_at = now() WHERE wave_id = $1 AND person_id = $2`, [wave, acme.people.agent1]);
      const reminded = async (who: string) =>
        ((await t.gql(`{ myOpenPulses { waveId remindedAt } }`, {}, cookies[who])).data?.myOpenPulses as TestJson[]).find((p) => p.waveId === wave)?.remindedAt;
      expect(await reminded('agent1')).toEqual(expect.any(String));
      expect(await reminded('agent2')).toBeNull();
    } finally {
      await t.pool.query(`DELETE FROM pulse_program WHERE id = (SELECT program_id FROM pulse_wave WHERE id = $1)`, [wave]);
    }
  });

  it('a closed window refuses answers with a clear message', async () => {
    await t.pool.query(`UPDATE pulse_invitation SET closes_at = now() - interval '1 minute' WHERE wave_id = $1 AND person_id = $2`, [weekly, acme.people.agent3]);
    const r = await t.gql(SUBMIT, { i: { waveId: weekly, answers: answers([75, 50, 75, 9, 3]) } }, cookies.agent3);
    expect(r.errors?.[0]).toMatchObject({ message: 'This pulse has closed; your answers were not stored.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('my history shows my own scores only', async () => {
    const mine = await t.gql(`{ myPulseHistory { programName scores { measure value } } }`, {}, cookies.agent1);
    expect((mine.data?.myPulseHistory as TestJson[]).map((h) => h.programName).sort()).toEqual(['Monthly WHO-5', 'Weekly wellbeing pulse']);
    const other = await t.gql(`{ myPulseHistory { programName } }`, {}, cookies.manager);
    expect(other.data?.myPulseHistory).toEqual([]);
  });

  describe('results after the wave closes', () => {
    beforeAll(async () => {
      // Tier 1: agent1 (REMOTE) answered above (agent2's answers were all refused); the lead (HYBRID) and six extra agents answer now.
      for (const [i, id] of extra.entries()) {
        // Rollups score the stored answers (ADR 0011), so the answers are what counts here.
        const given = { 'cbi.work.7': 50, 'cbi.work.8': 25 * (i % 4), 'cbi.work.9': 75, 'enps.recommend': 8 };
        await t.pool.query(
          `INSERT INTO pulse_response (organisation_id, wave_id, person_id, answers, scores, team_ids, work_mode, tenure_band)
           VALUES ($1, $2, $3, $4, $5, ARRAY[$6, $7]::uuid[], $8, 'YEARS_1_2')`,
          [acme.organisationId, weekly, id, JSON.stringify(given), JSON.stringify(scorePulseResponse(given)), acme.teams.tier1, acme.teams.support, i < 4 ? 'REMOTE' : 'OFFICE'],
        );
      }
      await t.gql(SUBMIT, { i: { waveId: weekly, answers: answers([50, 50, 50, 7, 2]) } }, cookies.lead);
      await t.pool.query(`UPDATE pulse_wave SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [weekly]);
      const rollups = t.app.get(PulseRollupService);
      await rollups.settle();
      await rollups.recomputeWave(weekly, acme.organisationId);
    });

    it('an agent cannot ask for results at all', async () => {
      const r = await t.gql(RESULTS, {}, cookies.agent1);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const h = await t.gql(`{ pulseHeatmap { rows { name } } }`, {}, cookies.manager);
      expect(h.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("a manager sees their team's aggregate, with groups below k hidden and the reason given", async () => {
      const r = await t.gql(RESULTS, { team: acme.teams.tier1 }, cookies.lead);
      expect(r.errors).toBeUndefined();
      const res = r.data?.pulseResults;
      expect(res.k).toBe(5);
      expect(res.overall).toMatchObject({ shown: true, respondents: 8, invited: 9, participation: 0.889 });
      const byMode = Object.fromEntries((res.byWorkMode as TestJson[]).map((c) => [c.workMode, c]));
      // Office (2) and hybrid (1) are below k: hidden, no numbers. Remote (5) would be enough on its
      // own, but 8 − 5 would give office + hybrid together (3 < k): so remote is hidden too.
      expect(byMode.REMOTE).toMatchObject({ shown: false, hiddenReason: 'COMPLEMENTARY', respondents: null });
      expect(byMode.HYBRID).toMatchObject({ shown: false, hiddenReason: 'FEWER_THAN_K', respondents: null, measures: [] });
      expect(byMode.OFFICE).toMatchObject({ shown: false, respondents: null, measures: [] });
      // Overall − remote would reveal office + hybrid together (4 < k): so one more cell must be hidden.
      const shownSum = (res.byWorkMode as TestJson[]).filter((c) => c.shown).reduce((a, c) => a + c.respondents, 0);
      const rest = res.overall.respondents - shownSum;
      expect(rest === 0 || rest >= 5).toBe(true);
      expect(res.trend.series.find((s: TestJson) => s.key === 'ALL').values.at(-1)).not.toBeNull();
    });

    it('complementary suppression: the sub-team and its parent cannot be subtracted to a small group', async () => {
      const r = await t.gql(RESULTS, { team: acme.teams.support }, cookies.head);
      const res = r.data?.pulseResults;
      const shownChildren = (res.byTeam as TestJson[]).filter((c) => c.shown);
      if (res.overall.shown) {
        const rest = res.overall.respondents - shownChildren.reduce((a: number, c: TestJson) => a + c.respondents, 0);
        expect(rest === 0 || rest >= 5).toBe(true);
      }
      for (const c of res.byTeam as TestJson[]) if (!c.shown) expect(['FEWER_THAN_K', 'COMPLEMENTARY']).toContain(c.hiddenReason);
    });

    it("a manager cannot see a peer's team; another tenant's team reads like an unknown one", async () => {
      const peer = await t.gql(RESULTS, { team: acme.teams.tier2 }, cookies.lead);
      const foreign = await t.gql(RESULTS, { team: globex.teams.tier1 }, cookies.hr);
      expect(peer.errors?.[0]).toMatchObject({ message: 'No team with that id.', extensions: { code: 'NOT_FOUND' } });
      expect(foreign.errors?.[0].message).toBe(peer.errors?.[0].message);
    });

    it("HR, managers and admins get nobody's answers by any path: only aggregates of groups of at least k", async () => {
      const paths = [
        await t.gql(RESULTS, {}, cookies.hr),
        await t.gql(RESULTS, { team: acme.teams.tier1 }, cookies.manager),
        await t.gql(`{ pulseHeatmap { measures rows { name respondents values hiddenReasons } } }`, {}, cookies.hr),
        await t.gql(`{ pulseAlerts { kind } actionPlans { title } }`, {}, cookies.manager),
      ];
      for (const r of paths) {
        expect(r.errors).toBeUndefined();
        const text = JSON.stringify(r.data);
        // agent1's replaced answers and its personal eNPS of 10 appear nowhere, nor does any person id.
        for (const id of Object.values(acme.people)) expect(text).not.toContain(id);
        expect(text).not.toMatch(/"respondents":[1-4]\b/);
      }
      const heat = paths[2].data?.pulseHeatmap;
      const tier1 = (heat.rows as TestJson[]).find((row) => row.name === 'Tier 1');
      expect(tier1.respondents).toBe(8);
      // No field of the schema returns a response or its answers to anyone but the respondent.
      const schema = await t.gql(`{ __schema { types { name fields { name } } } }`, {}, cookies.hr);
      const names = (schema.data?.__schema.types as TestJson[]).flatMap((ty) => (ty.fields ?? []).map((f: TestJson) => `${ty.name}.${f.name}`));
      expect(names.filter((n) => /\.(my)?answers$/i.test(n))).toEqual(['OpenPulse.myAnswers']);
    });
  });
});
