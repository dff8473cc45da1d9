import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PulseRollupService } from './pulse-rollup.service';

const ITEMS = ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11'];
const PARTICIPATION = `query($p: ID) { pulseResults(programId: $p, measure: "cbi.work") { openWave { group { invited respondents } } } }`;

/**
 * A crash (or kill -9) between storing answers and the paced recomputation leaves answers in
 * pulse_response that no rollup has counted. The next start must recompute those waves, not only
 * waves without any figures (issue 12, item 4).
 */
describe('answers stored before a crash are in the participation figures after the next start', () => {
  let t: TestApp;
  let restarted: TestApp | null = null;
  let org: TestOrg;
  let programId: string;
  let waveId: string;
  let hr: string;

  /** Answers as a crash leaves them: rows in pulse_response, no rollup refresh. */
  const answer = (people: string[]) =>
    t.pool.query(
      `INSERT INTO pulse_response (organisation_id, wave_id, person_id, answers, scores, team_ids, work_mode, tenure_band)
       SELECT organisation_id, wave_id, person_id, a.answers, a.answers, team_ids, work_mode, tenure_band
         FROM pulse_invitation CROSS JOIN LATERAL (SELECT jsonb_build_object('cbi.work.7', 50, 'cbi.work.8', 25, 'cbi.work.9', 75) AS answers) a
        WHERE wave_id = $1 AND person_id = ANY($2::uuid[])`,
      [waveId, people],
    );
  const participation = async (app: TestApp) => {
    const r = await app.gql(PARTICIPATION, { p: programId }, hr);
    expect(r.errors).toBeUndefined();
    return r.data?.pulseResults.openWave.group as { invited: number; respondents: number | null };
  };

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'crash');
    const [p] = (
      await t.pool.query(
        `INSERT INTO pulse_program (organisation_id, name, status, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, 'Weekly', 'ACTIVE', 'WEEKLY', 5, $2, '2026-01-05') RETURNING id`,
        [org.organisationId, ITEMS],
      )
    ).rows;
    programId = p.id;
    const [w] = (
      await t.pool.query(
        `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, confidentiality_k)
         SELECT $1, $2, 0, current_date, $3, 'OPEN', now(), now() + interval '2 days', 3 FROM organisation WHERE id = $1 RETURNING id`,
        [org.organisationId, programId, ITEMS],
      )
    ).rows;
    waveId = w.id;
    await t.pool.query(
      `INSERT INTO pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, team_ids, work_mode, tenure_band)
       SELECT $1, p.id, p.organisation_id, now() - interval '1 hour', now() + interval '2 days', ARRAY[p.team_id], p.work_mode, 'YEARS_1_2' FROM person p WHERE p.organisation_id = $2`,
      [waveId, org.organisationId],
    );
    hr = await t.signIn(org.email('hr'));
  });
  afterAll(async () => {
    await restarted?.close();
    await t.close();
  });

  it('a restart recomputes the wave whose answers are newer than its figures', async () => {
    const { head, hr: hrPerson, manager, lead, agent1, agent2, peerManager, agent3 } = org.people;
    await answer([head, hrPerson, manager]);
    await t.app.get(PulseRollupService).recomputeWave(waveId, org.organisationId);
    expect(await participation(t)).toEqual({ invited: 8, respondents: 3 });

    // Five more answers are stored, then the process dies before their rollup runs.
    await answer([lead, agent1, agent2, peerManager, agent3]);
    expect(await participation(t)).toEqual({ invited: 8, respondents: 3 });

    restarted = await startTestApp({}, { sameDatabaseAs: t });
    await restarted.app.get(PulseRollupService).startupBackfill();
    expect(await participation(restarted)).toEqual({ invited: 8, respondents: 8 });
  });

  it('a restart recomputes figures written before each measure carried its own disclosure decision', async () => {
    // Figures as an older release stored them: measures without `shown`.
    await t.pool.query(`UPDATE pulse_rollup SET measures = (SELECT jsonb_object_agg(k, v - 'shown' - 'hiddenReason' - 'bandsShown') FROM jsonb_each(measures) AS m(k, v)) WHERE wave_id = $1 AND measures <> '{}'`, [waveId]);
    const stale = async () => Number((await t.pool.query(`SELECT count(*) FROM pulse_rollup r, jsonb_each(r.measures) m WHERE r.wave_id = $1 AND NOT (m.value ? 'shown')`, [waveId])).rows[0].count);
    expect(await stale()).toBeGreaterThan(0);
    await restarted!.close();
    restarted = await startTestApp({}, { sameDatabaseAs: t });
    await restarted.app.get(PulseRollupService).startupBackfill();
    expect(await stale()).toBe(0);
  });

  it('a restart leaves current figures alone', async () => {
    const before = (await t.pool.query(`SELECT min(computed_at) AS at FROM pulse_rollup WHERE wave_id = $1`, [waveId])).rows[0].at;
    await restarted!.close();
    restarted = await startTestApp({}, { sameDatabaseAs: t });
    await restarted.app.get(PulseRollupService).startupBackfill();
    expect((await t.pool.query(`SELECT min(computed_at) AS at FROM pulse_rollup WHERE wave_id = $1`, [waveId])).rows[0].at).toEqual(before);
  });
});
