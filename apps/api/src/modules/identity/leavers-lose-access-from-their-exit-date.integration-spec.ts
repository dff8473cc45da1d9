import { HRIS_COLUMNS } from '@pulse/domain-people';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';
import { JobQueue } from '../../platform/jobs/job-queue';
import { IDENTITY_EXITS_JOB, IdentityService } from './identity.service';

const RECORD_EXIT = `mutation($i: RecordExitInput!) { recordExit(input: $i) { exitDate active } }`;
const ACCOUNTS = `{ accounts { id email canSignIn access disabledAt exitDate } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`;
const PASSWORD = 'correct horse battery staple';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('leavers lose access from their exit date; admins disable and enable accounts', () => {
  let t: TestApp;
  let org: TestOrg;
  let hr: string;
  let admin: string;
  let wrongPasswordMessage: string;

  const me = async (cookie: string) => (await t.gql(`{ me { email } }`, {}, cookie)).data?.me ?? null;
  const accountOf = async (email: string) => ((await t.gql(ACCOUNTS, {}, admin)).data?.accounts as TestJson[]).find((a) => a.email === email);
  const signInError = async (email: string) => {
    await t.pool.query(`DELETE FROM login_attempt`);
    const r = await t.gql(SIGN_IN, { i: { email, password: PASSWORD } });
    return { code: r.errors?.[0].extensions?.code, message: r.errors?.[0].message, cookie: r.setCookie };
  };
  const auditOf = async (subject: string) =>
    (await t.pool.query(`SELECT action, actor_account_id, detail FROM audit_event WHERE subject = $1 AND action LIKE 'account.%abled' ORDER BY id`, [subject])).rows;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'leave');
    hr = await t.signIn(org.email('hr'));
    admin = await t.signIn(org.email('head'));
    wrongPasswordMessage = (await t.gql(SIGN_IN, { i: { email: org.email('agent2'), password: 'wrong' } })).errors![0].message;
    await t.pool.query(`DELETE FROM login_attempt`);
  });
  afterAll(() => t.close());

  it('recording an exit that has passed ends the open session at once and refuses sign-in like a wrong password', async () => {
    const session = await t.signIn(org.email('agent1'));
    expect(await me(session)).not.toBeNull();
    const r = await t.gql(RECORD_EXIT, { i: { personId: org.people.agent1, exitDate: isoDay(-1), exitReason: 'VOLUNTARY' } }, hr);
    expect(r.errors).toBeUndefined();
    expect(await me(session)).toBeNull();
    expect((await t.pool.query(`SELECT count(*)::int AS n FROM session WHERE account_id = $1 AND revoked_at IS NULL`, [org.accounts.agent1])).rows[0].n).toBe(0);
    const refused = await signInError(org.email('agent1'));
    expect(refused).toEqual({ code: 'UNAUTHENTICATED', message: wrongPasswordMessage, cookie: null });
    expect(await accountOf(org.email('agent1'))).toMatchObject({ canSignIn: false, access: 'EXITED', exitDate: isoDay(-1), disabledAt: expect.any(String) });
    expect(await auditOf(org.accounts.agent1)).toEqual([
      { action: 'account.disabled', actor_account_id: expect.any(String), detail: { reason: 'EXITED', exitDate: isoDay(-1) } },
    ]);
  });

  it('an exit in the future leaves access until the day, when the scheduled job disables the account and ends its sessions', async () => {
    const session = await t.signIn(org.email('agent3'));
    const exitDate = isoDay(10);
    expect((await t.gql(RECORD_EXIT, { i: { personId: org.people.agent3, exitDate, exitReason: 'INVOLUNTARY' } }, hr)).errors).toBeUndefined();
    expect(await me(session)).not.toBeNull();
    expect(await accountOf(org.email('agent3'))).toMatchObject({ canSignIn: true, access: 'ACTIVE', exitDate });

    const identity = t.app.get(IdentityService);
    expect(await identity.applyDueExits(isoDay(9))).toEqual({ disabled: 0, sessionsRevoked: 0, reinstated: 0 });
    expect(await me(session)).not.toBeNull();
    expect(await identity.applyDueExits(exitDate)).toEqual({ disabled: 1, sessionsRevoked: 1, reinstated: 0 });
    expect(await me(session)).toBeNull();
    expect((await t.pool.query(`SELECT disabled_reason FROM account WHERE id = $1`, [org.accounts.agent3])).rows[0].disabled_reason).toBe('EXITED');
    // Idempotent: the next run (or a second replica) finds nothing left to do.
    expect(await identity.applyDueExits(exitDate)).toEqual({ disabled: 0, sessionsRevoked: 0, reinstated: 0 });
    expect(await auditOf(org.accounts.agent3)).toEqual([{ action: 'account.disabled', actor_account_id: null, detail: { reason: 'EXITED', exitDate } }]);
    // The job runs on the queue, on a schedule.
    expect(t.app.get(JobQueue).definitions()).toContainEqual({ name: IDENTITY_EXITS_JOB, cron: expect.stringMatching(/\* \* \*$/) });
  });

  it('an HRIS import with an exit date that has passed ends access in the same import', async () => {
    const session = await t.signIn(org.email('agent2'));
    const row: Record<string, string> = {
      hris_id: 'leave-agent2', email: 'agent2@leave.test', first_name: 'Agent2', last_name: 'LEAVE', job_title: '', level: '',
      team_path: 'Support / Tier 1', manager_hris_id: 'leave-lead', work_mode: 'OFFICE', site: 'Kraków', time_zone: 'Europe/Warsaw',
      shift_pattern: 'Mon 09:00-17:00', language: 'en', hire_date: '2024-01-15', exit_date: isoDay(-3), exit_reason: 'VOLUNTARY',
    };
    const csv = `${HRIS_COLUMNS.join(',')}\n${HRIS_COLUMNS.map((c) => row[c] ?? '').join(',')}\n`;
    const res = await fetch(`${t.baseUrl}/api/imports/people?dryRun=false`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie: hr }, body: csv });
    const report = (await res.json()) as TestJson;
    expect(report).toMatchObject({ applied: true, errors: [] });
    expect(await me(session)).toBeNull();
    expect((await signInError(org.email('agent2'))).message).toBe(wrongPasswordMessage);
    expect(await accountOf(org.email('agent2'))).toMatchObject({ access: 'EXITED', exitDate: isoDay(-3) });
  });

  it('an admin disables an account (its sessions end, sign-in answers like a wrong password) and enables it again; both audited', async () => {
    const session = await t.signIn(org.email('peerManager'));
    const off = await t.gql(`mutation($i: AccountIdInput!) { disableAccount(input: $i) { canSignIn access disabledAt } }`, { i: { accountId: org.accounts.peerManager } }, admin);
    expect(off.data?.disableAccount).toMatchObject({ canSignIn: false, access: 'DISABLED_BY_ADMIN', disabledAt: expect.any(String) });
    expect(await me(session)).toBeNull();
    expect(await signInError(org.email('peerManager'))).toEqual({ code: 'UNAUTHENTICATED', message: wrongPasswordMessage, cookie: null });

    const on = await t.gql(`mutation($i: AccountIdInput!) { enableAccount(input: $i) { canSignIn access disabledAt } }`, { i: { accountId: org.accounts.peerManager } }, admin);
    expect(on.data?.enableAccount).toEqual({ canSignIn: true, access: 'ACTIVE', disabledAt: null });
    expect(await t.signIn(org.email('peerManager'))).toMatch(/pp_session=/);
    expect((await auditOf(org.accounts.peerManager)).map((e) => [e.action, e.detail])).toEqual([
      ['account.disabled', { reason: 'DISABLED_BY_ADMIN' }],
      ['account.enabled', { previousReason: 'DISABLED_BY_ADMIN' }],
    ]);
  });

  it("an admin cannot give a leaver's account back, nor disable their own; HR cannot disable accounts", async () => {
    const leaver = await t.gql(`mutation($i: AccountIdInput!) { enableAccount(input: $i) { access } }`, { i: { accountId: org.accounts.agent1 } }, admin);
    expect(leaver.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(leaver.errors?.[0].message).toMatch(/left on .*correct the exit date/);
    const self = await t.gql(`mutation($i: AccountIdInput!) { disableAccount(input: $i) { access } }`, { i: { accountId: org.accounts.head } }, admin);
    expect(self.errors?.[0].message).toMatch(/your own account/);
    const byHr = await t.gql(`mutation($i: AccountIdInput!) { disableAccount(input: $i) { access } }`, { i: { accountId: org.accounts.manager } }, hr);
    expect(byHr.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('withdrawing the exit (moving it into the future) gives back an account that only the exit had disabled', async () => {
    expect((await t.gql(RECORD_EXIT, { i: { personId: org.people.agent1, exitDate: isoDay(30), exitReason: 'VOLUNTARY' } }, hr)).errors).toBeUndefined();
    expect(await accountOf(org.email('agent1'))).toMatchObject({ access: 'ACTIVE', canSignIn: true, exitDate: isoDay(30) });
    expect(await t.signIn(org.email('agent1'))).toMatch(/pp_session=/);
  });
});
