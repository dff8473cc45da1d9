import { createTestOrg, snapshotCounts, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

const PEOPLE = `query($f: PeopleFilter, $first: Int) { people(filter: $f, first: $first) { total items { id displayName hrisId team { path } manager { id } } } }`;

describe('people directory, reporting lines and tenancy', () => {
  let t: TestApp;
  let acme: TestOrg;
  let globex: TestOrg;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    acme = await createTestOrg(t.pool, 'acme');
    globex = await createTestOrg(t.pool, 'globex');
    for (const k of ['hr', 'manager', 'agent1', 'head'] as const) cookies[k] = await t.signIn(acme.email(k));
    cookies.globexHr = await t.signIn(globex.email('hr'));
  });
  afterAll(() => t.close());

  it("a manager's scope is their whole reporting line: direct and indirect reports, not peers' teams", async () => {
    const r = await t.gql(PEOPLE, {}, cookies.manager);
    const ids = r.data?.people.items.map((p: { id: string }) => p.id).sort();
    expect(ids).toEqual([acme.people.lead, acme.people.agent1, acme.people.agent2].sort());
    expect(r.data?.people.total).toBe(3);
  });

  it('HR sees everyone in their own organisation and nobody from another tenant', async () => {
    const r = await t.gql(PEOPLE, { first: 200 }, cookies.hr);
    expect(r.data?.people.total).toBe(8);
    expect(r.data?.people.items.every((p: { hrisId: string }) => p.hrisId.startsWith('acme-'))).toBe(true);
  });

  it('HR and admins can narrow the directory to their own reporting line', async () => {
    const own = await t.gql(PEOPLE, { f: { reportingLineOnly: true } }, cookies.head);
    expect(own.data?.people.total).toBe(7);
    const hrOwn = await t.gql(PEOPLE, { f: { reportingLineOnly: true } }, cookies.hr);
    expect(hrOwn.data?.people.total).toBe(0);
  });

  it('filters by team sub-tree, work mode and search', async () => {
    const team = await t.gql(PEOPLE, { f: { teamId: acme.teams.tier1 } }, cookies.hr);
    expect(team.data?.people.total).toBe(3);
    const remote = await t.gql(PEOPLE, { f: { workMode: 'REMOTE' } }, cookies.hr);
    expect(remote.data?.people.items.map((p: { hrisId: string }) => p.hrisId).sort()).toEqual(['acme-agent1', 'acme-agent3', 'acme-peerManager']);
    const search = await t.gql(PEOPLE, { f: { search: 'agent%' } }, cookies.hr);
    expect(search.data?.people.total).toBe(0); // % is matched literally, not as a wildcard
  });

  it.each([
    ['a 10 kB search', { f: { search: 'x'.repeat(10_000) } }, /search must be shorter than or equal to 120/],
    ['a malformed team id', { f: { teamId: 'not-a-uuid' } }, /teamId must be a team id/],
    ['a page size above 200', { first: 5000 }, /first must not be greater than 200/],
  ])('rejects a directory query with %s', async (_n, vars, reason) => {
    const r = await t.gql(PEOPLE, vars, cookies.hr);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(reason);
  });

  it('a malformed id is a clear input error, not a server error', async () => {
    const r = await t.gql(`{ person(id: "x'; drop table person") { id } }`, {}, cookies.hr);
    expect(r.errors?.[0]).toMatchObject({ message: 'id is not a valid id.', extensions: { code: 'BAD_USER_INPUT' } });
    // A NUL byte is refused before any field sees it, for every string argument alike.
    const nul = await t.gql(`{ person(id: "x\\u0000") { id } }`, {}, cookies.hr);
    expect(nul.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('an agent cannot list the directory', async () => {
    const r = await t.gql(PEOPLE, {}, cookies.agent1);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
  });

  it("an agent sees a colleague's directory card but not their HR details", async () => {
    const r = await t.gql(`query($id: ID!) { person(id: $id) { displayName detailsVisible hrisId hireDate workModeHistory { workMode } } }`, { id: acme.people.agent3 }, cookies.agent1);
    expect(r.data?.person).toEqual({ displayName: 'Agent3 ACME', detailsVisible: false, hrisId: null, hireDate: null, workModeHistory: null });
  });

  it("another tenant's person id answers exactly like an unknown id, by every path", async () => {
    const foreign = globex.people.agent1;
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [foreign, unknown]) {
      const r = await t.gql(`query($id: ID!) { person(id: $id) { displayName } }`, { id }, cookies.hr);
      expect(r.errors?.[0]).toMatchObject({ message: 'No person with that id.', extensions: { code: 'NOT_FOUND' } });
    }
    const team = await t.gql(`query($id: ID!) { team(id: $id) { name } }`, { id: globex.teams.tier1 }, cookies.hr);
    expect(team.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const filtered = await t.gql(PEOPLE, { f: { teamId: globex.teams.tier1 } }, cookies.hr);
    expect(filtered.data?.people.total).toBe(0);
    const signals = await t.gql(`query($id: ID!) { workloadSignals(personId: $id) { weekStart } }`, { id: foreign }, cookies.manager);
    expect(signals.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("writing to another tenant's person changes nothing", async () => {
    const before = await snapshotCounts(t.pool);
    const r = await t.gql(
      `mutation($i: ChangeWorkModeInput!) { changeWorkMode(input: $i) { workMode } }`,
      { i: { personId: globex.people.agent1, workMode: 'OFFICE', effectiveFrom: '2025-01-01' } },
      cookies.hr,
    );
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const exit = await t.gql(`mutation($i: RecordExitInput!) { recordExit(input: $i) { exitDate } }`, { i: { personId: globex.people.agent1, exitDate: '2025-01-01', exitReason: 'VOLUNTARY' } }, cookies.hr);
    expect(exit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotCounts(t.pool)).toEqual(before);
  });

  it('records a work-mode change as effective-dated history; retrying it changes nothing more', async () => {
    const input = { personId: acme.people.agent2, workMode: 'HYBRID', effectiveFrom: '2025-09-01' };
    const q = `mutation($i: ChangeWorkModeInput!) { changeWorkMode(input: $i) { workMode workModeHistory { workMode effectiveFrom } } }`;
    const first = await t.gql(q, { i: input }, cookies.hr);
    const again = await t.gql(q, { i: input }, cookies.hr);
    expect(first.data?.changeWorkMode).toEqual(again.data?.changeWorkMode);
    expect(again.data?.changeWorkMode.workModeHistory).toEqual([
      { workMode: 'OFFICE', effectiveFrom: '2024-01-15' },
      { workMode: 'HYBRID', effectiveFrom: '2025-09-01' },
    ]);
  });

  it.each([
    ['an impossible date', { effectiveFrom: '2025-02-30' }, /real calendar dates/],
    ['a date before hire', { effectiveFrom: '2023-01-01' }, /before the hire date/],
    ['a future date', { effectiveFrom: '2999-01-01' }, /cannot be in the future/],
    ['a malformed id', { personId: 'x'.repeat(10_000) }, /personId must be a person id/],
  ])('rejects a work-mode change with %s, clearly, changing nothing', async (_n, patch, reason) => {
    const before = await snapshotCounts(t.pool);
    const r = await t.gql(`mutation($i: ChangeWorkModeInput!) { changeWorkMode(input: $i) { workMode } }`, { i: { personId: acme.people.agent1, workMode: 'OFFICE', effectiveFrom: '2025-01-01', ...patch } }, cookies.hr);
    expect(r.errors?.[0].message).toMatch(reason);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(r.errors?.[0].extensions?.code);
    expect(await snapshotCounts(t.pool)).toEqual(before);
  });

  it('the org chart walks from a manager to their reports and back up', async () => {
    const r = await t.gql(`query($id: ID!) { person(id: $id) { manager { id } directReports { id directReports { id } } } }`, { id: acme.people.manager }, cookies.manager);
    expect(r.data?.person.manager.id).toBe(acme.people.head);
    expect(r.data?.person.directReports).toEqual([{ id: acme.people.lead, directReports: expect.arrayContaining([{ id: acme.people.agent1 }, { id: acme.people.agent2 }]) }]);
  });

  it('an admin updates settings; k can never go below 3', async () => {
    const low = await t.gql(`mutation { updateOrganisationSettings(input: { confidentialityK: 2 }) { confidentialityK } }`, {}, cookies.head);
    expect(low.errors?.[0].message).toMatch(/never be below 3/);
    const ok = await t.gql(`mutation { updateOrganisationSettings(input: { confidentialityK: 7, supportMessage: "Call the EAP line" }) { confidentialityK supportMessage } }`, {}, cookies.head);
    expect(ok.data?.updateOrganisationSettings).toEqual({ confidentialityK: 7, supportMessage: 'Call the EAP line' });
    const other = await t.gql(`{ me { organisation { confidentialityK } } }`, {}, cookies.globexHr);
    expect(other.data?.me.organisation.confidentialityK).toBe(5);
  });

  it('an admin keeps the support message per language: listed locales change, an empty text removes one, others stay', async () => {
    const SET = `mutation($m: [LocalizedMessageInput!]) { updateOrganisationSettings(input: { supportMessages: $m }) { supportMessages { locale text } } }`;
    const first = await t.gql(SET, { m: [{ locale: 'pl', text: ' Zadzwoń do EAP ' }, { locale: 'en', text: 'Call the EAP' }] }, cookies.head);
    expect(first.data?.updateOrganisationSettings.supportMessages).toEqual([{ locale: 'en', text: 'Call the EAP' }, { locale: 'pl', text: 'Zadzwoń do EAP' }]);
    const second = await t.gql(SET, { m: [{ locale: 'en', text: '' }, { locale: 'zh-Hans', text: '请致电' }] }, cookies.head);
    expect(second.data?.updateOrganisationSettings.supportMessages).toEqual([{ locale: 'zh-Hans', text: '请致电' }, { locale: 'pl', text: 'Zadzwoń do EAP' }]);
    const bad = await t.gql(SET, { m: [{ locale: 'de', text: 'Hallo' }] }, cookies.head);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await t.gql(SET, { m: [{ locale: 'pl', text: 'a' }, { locale: 'pl', text: 'b' }] }, cookies.head);
    expect(twice.errors?.[0].message).toMatch(/locale twice/);
  });
});
