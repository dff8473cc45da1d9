import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { JobQueue } from '../../platform/jobs/job-queue';
import { PULSE_TICK_JOB, PulseSchedulerService, type TickReport } from './pulse-scheduler.service';

const CREATE = `mutation($i: PulseProgramInput!) { createPulseProgram(input: $i) { id status } }`;
const ACTIVATE = `mutation($id: ID!) { activatePulseProgram(id: $id) { status } }`;
const WAVES = `query($id: ID!) { pulseWaves(programId: $id) { sequence periodStart status itemIds invited reminded closesAt } }`;

const program = (patch: Record<string, unknown> = {}) => ({
  name: 'Weekly wellbeing',
  cadence: 'WEEKLY',
  itemsPerPulse: 5,
  itemIds: ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11', 'cbi.work.12', 'cbi.work.13', 'single-item-burnout.1', 'enps.recommend'],
  windowHours: 72,
  reminderHoursBeforeClose: 24,
  startsOn: '2026-03-02',
  ...patch,
});

const sum = (reports: TickReport[], key: keyof TickReport) => reports.reduce((n, r) => n + r[key], 0);

describe('pulse scheduler: two replicas ticking at the same moment open each wave once', () => {
  let a: TestApp;
  let b: TestApp;
  let org: TestOrg;
  let hr: string;
  beforeAll(async () => {
    a = await startTestApp();
    // A second replica: another Nest app, its own pool, the same database.
    b = await startTestApp({}, { sameDatabaseAs: a });
    org = await createTestOrg(a.pool, 'waves');
    hr = await a.signIn(org.email('hr'));
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const tickBoth = (now: Date, times = 3) => {
    const schedulers = [a, b].map((t) => t.app.get(PulseSchedulerService));
    return Promise.all(Array.from({ length: times }, () => schedulers.map((s) => s.tick(now))).flat());
  };

  it('plans, opens (one invitation per person, their own window and snapshot), reminds once and closes once', async () => {
    const created = await a.gql(CREATE, { i: program() }, hr);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPulseProgram.id;
    expect((await a.gql(ACTIVATE, { id }, hr)).data!.activatePulseProgram.status).toBe('ACTIVE');

    // Wednesday of the first week: plan this week and next, open this week's wave.
    const opened = await tickBoth(new Date('2026-03-04T06:00:00Z'));
    expect(sum(opened, 'planned')).toBe(2);
    expect(sum(opened, 'opened')).toBe(1);
    expect(sum(opened, 'invitations')).toBe(8);

    const waves = (await a.gql(WAVES, { id }, hr)).data!.pulseWaves;
    expect(waves).toEqual([
      expect.objectContaining({ sequence: 0, periodStart: '2026-03-02', status: 'OPEN', invited: 8, reminded: 0, closesAt: '2026-03-05T08:00:00.000Z' }),
      expect.objectContaining({ sequence: 1, periodStart: '2026-03-09', status: 'SCHEDULED', invited: 0 }),
    ]);
    expect(waves[0].itemIds).toEqual(['cbi.work.7', 'cbi.work.9', 'cbi.work.11', 'cbi.work.13', 'enps.recommend']);
    expect(waves[1].itemIds).toEqual(['cbi.work.8', 'cbi.work.10', 'cbi.work.12', 'single-item-burnout.1']);

    const { rows } = await a.pool.query(
      `SELECT i.person_id, i.opens_at, i.closes_at, i.team_ids, i.work_mode, i.tenure_band
         FROM pulse_invitation i JOIN pulse_wave w ON w.id = i.wave_id WHERE w.program_id = $1`,
      [id],
    );
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(8);
    const agent1 = rows.find((r) => r.person_id === org.people.agent1);
    // Fixture people work Mondays 09:00-17:00 in Warsaw (CET, UTC+1).
    expect(agent1.opens_at.toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(agent1.closes_at.toISOString()).toBe('2026-03-05T08:00:00.000Z');
    expect(agent1.team_ids).toEqual([org.teams.tier1, org.teams.support]);
    expect(agent1.work_mode).toBe('REMOTE');
    expect(agent1.tenure_band).toBe('YEARS_2_PLUS');

    // 24 h before close: everyone who has not answered is reminded, once.
    const reminded = await tickBoth(new Date('2026-03-04T09:00:00Z'));
    expect(sum(reminded, 'reminded')).toBe(8);
    expect(sum(await tickBoth(new Date('2026-03-04T10:00:00Z')), 'reminded')).toBe(0);

    const closed = await tickBoth(new Date('2026-03-05T08:00:00Z'));
    expect(sum(closed, 'closed')).toBe(1);
    const after = (await a.gql(WAVES, { id }, hr)).data!.pulseWaves;
    expect(after.map((w: { status: string }) => w.status)).toEqual(['CLOSED', 'SCHEDULED']);
    expect(after[0].reminded).toBe(8);

    const { rows: counts } = await a.pool.query(`SELECT count(*)::int AS n FROM pulse_wave WHERE program_id = $1`, [id]);
    expect(counts[0].n).toBe(2);
  });

  it('invites only the audience: team subtree, work mode, people still employed', async () => {
    await a.pool.query(`UPDATE person SET exit_date = '2026-02-27', exit_reason = 'VOLUNTARY' WHERE id = $1`, [org.people.agent2]);
    const created = await a.gql(
      CREATE,
      { i: program({ name: 'Tier 1 remote', audienceTeamIds: [org.teams.tier1], audienceWorkModes: ['REMOTE', 'OFFICE'], startsOn: '2026-03-09' }) },
      hr,
    );
    const id = created.data!.createPulseProgram.id;
    await a.gql(ACTIVATE, { id }, hr);
    await tickBoth(new Date('2026-03-09T06:00:00Z'), 2);
    const { rows } = await a.pool.query(
      `SELECT i.person_id FROM pulse_invitation i JOIN pulse_wave w ON w.id = i.wave_id WHERE w.program_id = $1 AND w.sequence = 0`,
      [id],
    );
    // Tier 1 is lead (HYBRID), agent1 (REMOTE) and agent2 (OFFICE, left before the period).
    expect(rows.map((r) => r.person_id)).toEqual([org.people.agent1]);
  });

  it('a paused program plans and opens nothing', async () => {
    const id = (await a.gql(CREATE, { i: program({ name: 'Paused', startsOn: '2026-04-06' }) }, hr)).data!.createPulseProgram.id;
    await a.gql(ACTIVATE, { id }, hr);
    await a.gql(`mutation($id: ID!) { pausePulseProgram(id: $id) { status } }`, { id }, hr);
    await tickBoth(new Date('2026-04-07T06:00:00Z'), 1);
    expect((await a.gql(WAVES, { id }, hr)).data!.pulseWaves).toEqual([]);
  });

  it('a program resumed after a pause continues its rotation where it stopped, so no item of the cycle is skipped', async () => {
    const id = (await a.gql(CREATE, { i: program({ name: 'Paused for two weeks', startsOn: '2026-05-04' }) }, hr)).data!.createPulseProgram.id;
    await a.gql(ACTIVATE, { id }, hr);
    await tickBoth(new Date('2026-05-06T06:00:00Z'), 1);
    // Paused while its first wave is open: next week's planned wave is dropped.
    await a.gql(`mutation($id: ID!) { pausePulseProgram(id: $id) { status } }`, { id }, hr);
    // Resumed in the third week: that week's wave asks the items the cycle had not asked yet.
    await a.gql(ACTIVATE, { id }, hr);
    await tickBoth(new Date('2026-05-18T06:00:00Z'), 1);
    const waves = (await a.gql(WAVES, { id }, hr)).data!.pulseWaves as Array<{ sequence: number; itemIds: string[] }>;
    expect(waves.map((w) => [w.sequence, w.itemIds])).toEqual([
      [0, ['cbi.work.7', 'cbi.work.9', 'cbi.work.11', 'cbi.work.13', 'enps.recommend']],
      [2, ['cbi.work.8', 'cbi.work.10', 'cbi.work.12', 'single-item-burnout.1']],
      [3, ['cbi.work.7', 'cbi.work.9', 'cbi.work.11', 'cbi.work.13', 'enps.recommend']],
    ]);
  });
});

describe('pulse scheduler on the job queue (pg-boss): one schedule for all replicas, jobs run by one worker', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ jobs: true });
    b = await startTestApp({ jobs: true }, { sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('both replicas start the queue in its own schema with a single schedule per job (pulse.tick among them)', async () => {
    expect(a.app.get(JobQueue).running).toBe(true);
    expect(b.app.get(JobQueue).running).toBe(true);
    const { rows } = await a.pool.query(`SELECT name, cron FROM pgboss.schedule ORDER BY name`);
    expect(rows).toEqual([
      { name: 'identity.exits', cron: '7 * * * *' },
      { name: 'privacy.retention', cron: '17 3 * * *' },
      { name: PULSE_TICK_JOB, cron: '* * * * *' },
    ]);
  });

  it('a queued tick is completed by one of the replicas', async () => {
    const id = await a.app.get(JobQueue).send(PULSE_TICK_JOB);
    expect(id).toEqual(expect.any(String));
    // Waits for the worker (polls the job's state; no fixed sleep).
    const deadline = Date.now() + 30_000;
    let state: string | null = null;
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      state = await a.app.get(JobQueue).jobState(PULSE_TICK_JOB, id!);
      if (state !== 'completed') await new Promise((r) => setTimeout(r, 200));
    }
    expect(state).toBe('completed');
  });
});
