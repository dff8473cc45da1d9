import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';
import { JobQueue } from '../../platform/jobs/job-queue';
import { PulseSchedulerService } from '../pulse/pulse-scheduler.service';
import { ANSWER_RETENTION_JOB, AnswerRetentionService } from './answer-retention.service';

const PROGRAM = {
  name: 'Weekly wellbeing',
  cadence: 'WEEKLY',
  itemsPerPulse: 5,
  itemIds: ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11', 'cbi.work.12', 'cbi.work.13', 'single-item-burnout.1', 'enps.recommend'],
  windowHours: 72,
  reminderHoursBeforeClose: 24,
  startsOn: '2026-03-02',
};
const RESULTS = `query($p: ID) { pulseResults(programId: $p, measure: "cbi.work") { k periodStart overall { shown respondents measures { measure value } } byWorkMode { workMode shown respondents } byTeam { label shown respondents } } }`;
const ERASE = `mutation($i: ErasePersonInput!) { erasePerson(input: $i) { personId answersUnlinked accountsRemoved alreadyErased } }`;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('personal data: a person downloads theirs, HR erases a leaver, raw answers are unlinked and expire', () => {
  let t: TestApp;
  let org: TestOrg;
  let waveId: string;
  let programId: string;
  const cookies: Record<string, string> = {};

  const answersOf = async (personId: string) => Number((await t.pool.query(`SELECT count(*) FROM pulse_response WHERE person_id = $1`, [personId])).rows[0].count);
  const rollupsDigest = async () => (await t.pool.query(`SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS h FROM pulse_rollup r`)).rows[0].h as string;
  const download = (format: 'json' | 'csv', cookie?: string) => fetch(`${t.baseUrl}/api/me/personal-data.${format}`, { headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'gdpr');
    // Seven people in Tier 1, so its figures are shown with k = 5.
    for (let i = 0; i < 4; i++) {
      await t.pool.query(
        `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, team_id, manager_id, work_mode, time_zone, hire_date)
         VALUES ($1, $2, $3, 'Extra', $4, $5, $6, 'REMOTE', 'Europe/Warsaw', '2024-01-15')`,
        [org.organisationId, `gdpr-x${i}`, `x${i}@gdpr.test`, `X${i}`, org.teams.tier1, org.people.lead],
      );
    }
    for (const k of ['hr', 'head', 'agent1', 'agent2', 'manager'] as const) cookies[k] = await t.signIn(org.email(k));
    programId = (await t.gql(`mutation($i: PulseProgramInput!) { createPulseProgram(input: $i) { id } }`, { i: PROGRAM }, cookies.hr)).data!.createPulseProgram.id;
    await t.gql(`mutation($id: ID!) { activatePulseProgram(id: $id) { status } }`, { id: programId }, cookies.hr);
    const tick = (at: string) => t.app.get(PulseSchedulerService).tick(new Date(at));
    await tick('2026-03-04T06:00:00Z');
    waveId = (await t.pool.query(`SELECT id FROM pulse_wave WHERE program_id = $1 AND sequence = 0`, [programId])).rows[0].id;
    // Everyone invited answers (stored directly: answering is another suite's business).
    await t.pool.query(
      `INSERT INTO pulse_response (organisation_id, wave_id, person_id, answers, scores, team_ids, work_mode, tenure_band, submitted_at)
       SELECT organisation_id, wave_id, person_id, '{"cbi.work.7": 50}', jsonb_build_object('cbi.work', 30 + 4 * row_number() OVER (ORDER BY person_id)),
              team_ids, work_mode, tenure_band, '2026-03-04T12:00:00Z'
         FROM pulse_invitation WHERE wave_id = $1`,
      [waveId],
    );
    await tick('2026-03-07T00:00:00Z');
    expect((await t.pool.query(`SELECT status FROM pulse_wave WHERE id = $1`, [waveId])).rows[0].status).toBe('CLOSED');
  }, 60_000);
  afterAll(() => t.close());

  it('a person downloads everything held about them as JSON: profile, work-mode history, account and session metadata, their answers and scores with wave dates', async () => {
    const res = await download('json', cookies.agent1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="my-data.json"/);
    const data = (await res.json()) as TestJson;
    expect(data.person).toMatchObject({ id: org.people.agent1, email: 'agent1@gdpr.test', firstName: 'Agent1', team: 'Support / Tier 1', hireDate: '2024-01-15' });
    expect(data.workModeHistory).toEqual([{ workMode: 'REMOTE', effectiveFrom: '2024-01-15' }]);
    expect(data.accounts).toEqual([expect.objectContaining({ email: 'agent1@gdpr.test', roles: ['AGENT'], hasPassword: true })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.pulseResponses).toEqual([
      expect.objectContaining({ program: 'Weekly wellbeing', periodStart: '2026-03-02', answers: { 'cbi.work.7': 50 }, scores: { 'cbi.work': expect.any(Number) } }),
    ]);
    expect(data.pulseInvitations).toHaveLength(1);
    // Never secrets, never anyone else's answers.
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/argon2|password_?hash|token/i);
    expect(text).not.toContain(org.people.agent2);
    const audited = await t.pool.query(`SELECT actor_account_id, detail FROM audit_event WHERE action = 'person.data_exported' AND subject = $1`, [org.people.agent1]);
    expect(audited.rows).toEqual([{ actor_account_id: org.accounts.agent1, detail: { format: 'json' } }]);
  });

  it('the same data as CSV, one value per row; only for the signed-in person', async () => {
    const res = await download('csv', cookies.agent1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('section,record,field,value');
    expect(lines).toContain('person,1,email,agent1@gdpr.test');
    expect(lines).toContain('pulseResponses,1,periodStart,2026-03-02');
    expect(lines).toContain('pulseResponses,1,answers.cbi.work.7,50');
    expect(lines.some((l) => l.startsWith('pulseResponses,1,scores.cbi.work,'))).toBe(true);
    expect((await download('csv')).status).toBe(401);
  });

  it('HR erases a leaver: personal fields, account and sessions gone, answers unlinked, published figures unchanged; idempotent and audited', async () => {
    const before = { rollups: await rollupsDigest(), results: (await t.gql(RESULTS, { p: programId }, cookies.hr)).data, total: (await t.pool.query(`SELECT count(*) FROM pulse_response`)).rows[0].count };
    expect(before.results?.pulseResults.overall.shown).toBe(true);

    const current = await t.gql(ERASE, { i: { personId: org.people.agent2 } }, cookies.hr);
    expect(current.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(current.errors?.[0].message).toMatch(/Record the exit first/);
    expect((await t.gql(ERASE, { i: { personId: org.people.agent2 } }, cookies.manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await t.gql(`mutation($i: RecordExitInput!) { recordExit(input: $i) { exitDate } }`, { i: { personId: org.people.agent2, exitDate: isoDay(-1), exitReason: 'VOLUNTARY' } }, cookies.hr);
    expect(await answersOf(org.people.agent2)).toBe(1);
    const erased = await t.gql(ERASE, { i: { personId: org.people.agent2 } }, cookies.hr);
    expect(erased.errors).toBeUndefined();
    expect(erased.data?.erasePerson).toEqual({ personId: org.people.agent2, answersUnlinked: 1, accountsRemoved: 1, alreadyErased: false });

    const { rows: [p] } = await t.pool.query(`SELECT * FROM person WHERE id = $1`, [org.people.agent2]);
    expect(JSON.stringify(p)).not.toMatch(/Agent2|agent2@gdpr|gdpr-agent2|Kraków|09:00/);
    expect(p.erased_at).not.toBeNull();
    expect(await answersOf(org.people.agent2)).toBe(0);
    for (const table of ['account', 'work_mode_change']) {
      expect(Number((await t.pool.query(`SELECT count(*) FROM ${table} WHERE person_id = $1`, [org.people.agent2])).rows[0].count)).toBe(0);
    }
    expect(Number((await t.pool.query(`SELECT count(*) FROM session WHERE account_id = $1`, [org.accounts.agent2])).rows[0].count)).toBe(0);
    // Published figures are aggregates: the same rows, the same answers in them, the same results.
    expect(await rollupsDigest()).toBe(before.rollups);
    expect((await t.pool.query(`SELECT count(*) FROM pulse_response`)).rows[0].count).toBe(before.total);
    expect((await t.gql(RESULTS, { p: programId }, cookies.hr)).data).toEqual(before.results);

    const again = await t.gql(ERASE, { i: { personId: org.people.agent2 } }, cookies.hr);
    expect(again.data?.erasePerson).toEqual({ personId: org.people.agent2, answersUnlinked: 0, accountsRemoved: 0, alreadyErased: true });
    const audit = await t.pool.query(`SELECT actor_account_id, detail FROM audit_event WHERE action = 'person.erased' AND subject = $1`, [org.people.agent2]);
    expect(audit.rows).toEqual([{ actor_account_id: org.accounts.hr, detail: { answersUnlinked: 1, accountsRemoved: 1 } }]);
  });

  it("leavers' answers are unlinked a set time after the exit date and answers past retention are deleted; counts audited; running again changes nothing", async () => {
    const retention = t.app.get(AnswerRetentionService);
    expect(t.app.get(JobQueue).definitions()).toContainEqual({ name: ANSWER_RETENTION_JOB, cron: expect.any(String) });
    const settings = await t.gql(`{ organisationSettings { leaverAnswersUnlinkMonths answerRetentionMonths } }`, {}, cookies.head);
    expect(settings.data?.organisationSettings).toEqual({ leaverAnswersUnlinkMonths: 3, answerRetentionMonths: 24 });
    await t.pool.query(`UPDATE person SET exit_date = '2026-03-20', exit_reason = 'VOLUNTARY' WHERE id = $1`, [org.people.agent3]);
    expect(await answersOf(org.people.agent3)).toBe(1);

    expect(await retention.run('2026-06-19')).toEqual({ organisations: 0, answersUnlinked: 0, answersDeleted: 0 });
    expect(await retention.run('2026-06-20')).toEqual({ organisations: 1, answersUnlinked: 1, answersDeleted: 0 });
    expect(await answersOf(org.people.agent3)).toBe(0);
    expect(await retention.run('2026-06-20')).toEqual({ organisations: 0, answersUnlinked: 0, answersDeleted: 0 });

    // An organisation may keep raw answers for a shorter time than 24 months.
    const shorter = await t.gql(`mutation { updateOrganisationSettings(input: { answerRetentionMonths: 6 }) { answerRetentionMonths } }`, {}, cookies.head);
    expect(shorter.data?.updateOrganisationSettings.answerRetentionMonths).toBe(6);
    const total = Number((await t.pool.query(`SELECT count(*) FROM pulse_response`)).rows[0].count);
    expect(await retention.run('2026-09-04')).toEqual({ organisations: 0, answersUnlinked: 0, answersDeleted: 0 });
    expect(await retention.run('2026-09-05')).toEqual({ organisations: 1, answersUnlinked: 0, answersDeleted: total });
    expect(await retention.run('2026-09-05')).toEqual({ organisations: 0, answersUnlinked: 0, answersDeleted: 0 });

    const { rows } = await t.pool.query(`SELECT actor_account_id, detail FROM audit_event WHERE action = 'pulse.answers_retention_applied' ORDER BY id`);
    expect(rows.map((r) => [r.actor_account_id, r.detail.answersUnlinked, r.detail.answersDeleted])).toEqual([
      [null, 1, 0],
      [null, 0, total],
    ]);
  });
});
