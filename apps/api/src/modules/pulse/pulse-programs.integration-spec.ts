import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIELDS = `id name status cadence itemsPerPulse itemIds windowHours reminderHoursBeforeClose startsOn audienceTeamIds audienceWorkModes audienceLevels`;
const CREATE = `mutation($i: PulseProgramInput!) { createPulseProgram(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: PulseProgramInput!) { updatePulseProgram(id: $id, input: $i) { ${FIELDS} } }`;
const LIST = `{ pulsePrograms { id name status } }`;

const input = (patch: Record<string, unknown> = {}) => ({
  name: 'Weekly wellbeing',
  cadence: 'WEEKLY',
  itemsPerPulse: 5,
  itemIds: ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11', 'cbi.work.12', 'cbi.work.13', 'single-item-burnout.1', 'enps.recommend'],
  windowHours: 72,
  reminderHoursBeforeClose: 24,
  startsOn: '2026-03-02',
  ...patch,
});

async function count(t: TestApp, table: string): Promise<number> {
  return (await t.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
}

describe('pulse programs: HR creates, edits, previews and runs programs', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let hr: string;
  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'acme');
    other = await createTestOrg(t.pool, 'globex');
    await t.pool.query(`UPDATE person SET level = 'L2' WHERE organisation_id = $1`, [org.organisationId]);
    hr = await t.signIn(org.email('hr'));
  });
  afterAll(() => t.close());

  it('creates a draft program; retrying the same request answers with the same program', async () => {
    const first = await t.gql(CREATE, { i: input({ audienceTeamIds: [org.teams.tier1], audienceWorkModes: ['REMOTE'], audienceLevels: ['L2'] }) }, hr);
    expect(first.errors).toBeUndefined();
    expect(first.data!.createPulseProgram).toMatchObject({ name: 'Weekly wellbeing', status: 'DRAFT', cadence: 'WEEKLY', startsOn: '2026-03-02', audienceLevels: ['L2'] });
    const again = await t.gql(CREATE, { i: input({ audienceTeamIds: [org.teams.tier1], audienceWorkModes: ['REMOTE'], audienceLevels: ['L2'] }) }, hr);
    expect(again.data!.createPulseProgram.id).toBe(first.data!.createPulseProgram.id);
    expect((await t.gql(LIST, {}, hr)).data!.pulsePrograms).toHaveLength(1);
  });

  it('the same name with other settings is a clear conflict', async () => {
    const r = await t.gql(CREATE, { i: input({ windowHours: 48 }) }, hr);
    expect(r.errors![0].extensions!.code).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/already exists/);
  });

  it('rejects invalid programs with every problem and writes nothing', async () => {
    const before = await count(t, 'pulse_program');
    const r = await t.gql(
      CREATE,
      {
        i: input({
          name: 'Broken',
          itemIds: ['cbi.work.7', 'cbi.work.7', 'nope.1'],
          windowHours: 24,
          reminderHoursBeforeClose: 30,
          audienceTeamIds: [other.teams.tier1],
          audienceLevels: ['L9'],
        }),
      },
      hr,
    );
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    for (const m of [/chosen twice/, /"nope.1" is not in the instrument library/, /Reminder must come before/, /is not a team of this organisation/, /"L9" is not a level/])
      expect(r.errors![0].message).toMatch(m);
    expect(await count(t, 'pulse_program')).toBe(before);
  });

  it.each([
    ['6 items per pulse', { itemsPerPulse: 6 }],
    ['0 h window', { windowHours: 0 }],
    ['unknown cadence', { cadence: 'DAILY' }],
    ['bad date', { startsOn: '2026-02-30' }],
  ])('rejects %s', async (_name, patch) => {
    const r = await t.gql(CREATE, { i: input({ name: 'Edge', ...patch }) }, hr);
    expect(r.errors?.[0]).toBeDefined();
    expect(r.errors![0].extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|BAD_REQUEST/);
  });

  it('updates, activates, pauses and archives; illegal moves are clear errors; repeats are harmless', async () => {
    const id = (await t.gql(CREATE, { i: input({ name: 'Lifecycle' }) }, hr)).data!.createPulseProgram.id;
    const updated = await t.gql(UPDATE, { id, i: input({ name: 'Lifecycle', itemsPerPulse: 3, windowHours: 48 }) }, hr);
    expect(updated.data!.updatePulseProgram).toMatchObject({ itemsPerPulse: 3, windowHours: 48 });
    const clash = await t.gql(UPDATE, { id, i: input({ name: 'Weekly wellbeing' }) }, hr);
    expect(clash.errors![0].extensions!.code).toBe('CONFLICT');
    const move = (verb: string) => t.gql(`mutation($id: ID!) { ${verb}PulseProgram(id: $id) { status } }`, { id }, hr);
    expect((await move('pause')).errors![0].message).toMatch(/draft program cannot be made paused/);
    expect((await move('activate')).data!.activatePulseProgram.status).toBe('ACTIVE');
    expect((await move('activate')).data!.activatePulseProgram.status).toBe('ACTIVE');
    expect((await move('pause')).data!.pausePulseProgram.status).toBe('PAUSED');
    expect((await move('archive')).data!.archivePulseProgram.status).toBe('ARCHIVED');
    expect((await move('activate')).errors![0].message).toMatch(/archived program cannot be made active/);
    expect((await t.gql(UPDATE, { id, i: input({ name: 'Lifecycle' }) }, hr)).errors![0].message).toMatch(/archived/);
  });

  it('previews the rotation with localized texts and scoring warnings', async () => {
    const r = await t.gql(
      `query($i: PulseRotationPreviewInput!) { pulseRotationPreview(input: $i) { cycleLength waves { index items { id instrumentName text scale validatedTranslation } } warnings { wave scale asked minimumAnswered message } } }`,
      { i: { itemIds: ['who5.1', 'who5.2', 'who5.3', 'who5.4', 'who5.5', 'enps.recommend'], itemsPerPulse: 5, locale: 'pl' } },
      hr,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.pulseRotationPreview;
    expect(p.cycleLength).toBe(2);
    expect(p.waves.map((w: { items: unknown[] }) => w.items.length)).toEqual([3, 3]);
    expect(p.waves[0].items[0]).toMatchObject({ id: 'who5.1', scale: 'who5' });
    expect(p.waves[0].items[0].text).not.toBe('');
    expect(p.warnings.map((w: { scale: string }) => w.scale)).toEqual(['who5', 'who5']);
    const bad = await t.gql(`query($i: PulseRotationPreviewInput!) { pulseRotationPreview(input: $i) { cycleLength } }`, { i: { itemIds: ['x.1'], itemsPerPulse: 2 } }, hr);
    expect(bad.errors![0].message).toMatch(/"x.1" is not in the instrument library/);
  });

  it('lists the instrument library and audience levels for the pickers', async () => {
    const r = await t.gql(`{ pulseItemLibrary(locale: "zh-Hant") { id name items { id text } } pulseAudienceLevels }`, {}, hr);
    expect(r.data!.pulseItemLibrary.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(['cbi', 'who5', 'olbi', 'enps', 'single-item-burnout']));
    expect(r.data!.pulseAudienceLevels).toEqual(['L2']);
  });

  it("another organisation's program answers like an unknown id", async () => {
    const otherHr = await t.signIn(other.email('hr'));
    const mine = (await t.gql(LIST, {}, hr)).data!.pulsePrograms[0].id;
    expect((await t.gql(LIST, {}, otherHr)).data!.pulsePrograms).toEqual([]);
    for (const q of [
      `query($id: ID!) { pulseProgram(id: $id) { id } }`,
      `query($id: ID!) { pulseWaves(programId: $id) { id } }`,
      `mutation($id: ID!) { activatePulseProgram(id: $id) { id } }`,
    ]) {
      const foreign = await t.gql(q, { id: mine }, otherHr);
      const unknown = await t.gql(q, { id: '00000000-0000-4000-8000-000000000000' }, otherHr);
      expect(foreign.errors![0]).toEqual(unknown.errors![0]);
      expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
  });

  it.each(['agent1', 'manager', 'head'] as const)('%s cannot read or manage programs', async (key) => {
    const cookie = await t.signIn(org.email(key));
    const before = await count(t, 'pulse_program');
    for (const [q, v] of [
      [LIST, {}],
      [CREATE, { i: input({ name: `By ${key}` }) }],
      [`{ pulseItemLibrary { id } }`, {}],
    ] as const) {
      const r = await t.gql(q, v, cookie);
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await count(t, 'pulse_program')).toBe(before);
  });
});
