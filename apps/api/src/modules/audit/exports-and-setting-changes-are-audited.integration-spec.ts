import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';

describe('exports and setting changes are audited', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'acme');
    await createTestOrg(t.pool, 'globex');
  });
  afterAll(() => t.close());

  const events = async (action: string) =>
    (await t.pool.query(`SELECT actor_account_id, subject, detail FROM audit_event WHERE organisation_id = $1 AND action = $2 ORDER BY at, id`, [org.organisationId, action])).rows as TestJson[];

  it('a people CSV export records who exported, the filter and how many rows', async () => {
    const hr = await t.signIn(org.email('hr'));
    const res = await fetch(`${t.baseUrl}/api/exports/people.csv`, { headers: { cookie: hr } });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\n');
    expect(await events('people.exported')).toEqual([
      {
        actor_account_id: org.accounts.hr,
        subject: null,
        detail: { format: 'csv', filter: { scope: 'organisation', includesLeavers: true }, rowCount: lines.length - 1, complete: true },
      },
    ]);
    expect(lines.length - 1).toBe(8);
  });

  it('an export refused for lack of permission records nothing', async () => {
    const agent = await t.signIn(org.email('agent1'));
    const before = (await events('people.exported')).length;
    expect((await fetch(`${t.baseUrl}/api/exports/people.csv`, { headers: { cookie: agent } })).status).toBe(403);
    expect(await events('people.exported')).toHaveLength(before);
  });

  it('a settings change records the previous value of each changed setting next to the new one', async () => {
    const admin = await t.signIn(org.email('head'));
    const change = `mutation($i: UpdateOrganisationSettingsInput!) { updateOrganisationSettings(input: $i) { confidentialityK supportMessage } }`;
    expect((await t.gql(change, { i: { confidentialityK: 7, supportMessage: 'Ask HR' } }, admin)).errors).toBeUndefined();
    expect((await t.gql(change, { i: { confidentialityK: 6 } }, admin)).errors).toBeUndefined();
    const detail = (await events('organisation.settings_changed')).map((e) => e.detail);
    expect(detail).toEqual([
      { confidentialityK: 7, supportMessage: 'Ask HR', previous: { confidentialityK: 5, supportMessage: null } },
      { confidentialityK: 6, previous: { confidentialityK: 7 } },
    ]);
    // Admins read the same through the API.
    const r = await t.gql(`{ auditEvents(first: 5) { action detail } }`, {}, admin);
    expect(r.data?.auditEvents.find((e: TestJson) => e.action === 'organisation.settings_changed').detail).toEqual({ confidentialityK: 6, previous: { confidentialityK: 7 } });
  });

  it('a role change records the previous roles', async () => {
    const admin = await t.signIn(org.email('head'));
    const r = await t.gql(`mutation($i: SetAccountRolesInput!) { setAccountRoles(input: $i) { roles } }`, { i: { accountId: org.accounts.agent1, roles: ['MANAGER'] } }, admin);
    expect(r.errors).toBeUndefined();
    expect((await events('account.roles_changed')).map((e) => e.detail)).toEqual([{ roles: ['AGENT', 'MANAGER'], previous: { roles: ['AGENT'] } }]);
  });

  it("a pulse program edit records the settings it changed, with their previous values", async () => {
    const hr = await t.signIn(org.email('hr'));
    const input = (patch: Record<string, unknown>) => ({
      name: 'Weekly wellbeing',
      cadence: 'WEEKLY',
      itemsPerPulse: 3,
      itemIds: ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'enps.recommend'],
      windowHours: 72,
      startsOn: '2026-03-02',
      ...patch,
    });
    const created = await t.gql(`mutation($i: PulseProgramInput!) { createPulseProgram(input: $i) { id } }`, { i: input({}) }, hr);
    const id = created.data?.createPulseProgram.id;
    const updated = await t.gql(`mutation($id: ID!, $i: PulseProgramInput!) { updatePulseProgram(id: $id, input: $i) { id } }`, { id, i: input({ windowHours: 48, startsOn: '2026-03-09' }) }, hr);
    expect(updated.errors).toBeUndefined();
    expect((await events('pulse_program.updated')).map((e) => e.detail)).toEqual([
      { name: 'Weekly wellbeing', changed: { windowHours: 48, startsOn: '2026-03-09' }, previous: { windowHours: 72, startsOn: '2026-03-02' } },
    ]);
  });
});
