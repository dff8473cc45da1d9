import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe('sign-in, sessions and sign-out', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'acme');
  });
  afterAll(() => t.close());

  it('signs in with a correct password and sets an httpOnly SameSite session cookie', async () => {
    const r = await t.gql(`mutation { signIn(input: { email: "AGENT1@acme.test", password: "correct horse battery staple" }) { email roles person { displayName } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.signIn).toMatchObject({ email: 'agent1@acme.test', roles: ['AGENT'] });
    expect(r.setCookie).toMatch(/pp_session=/);
    expect(r.setCookie).toMatch(/HttpOnly/i);
    expect(r.setCookie).toMatch(/SameSite=Lax/i);
  });

  it('answers a wrong password and an unknown e-mail with the same message', async () => {
    const wrong = await t.gql(`mutation { signIn(input: { email: "agent2@acme.test", password: "nope" }) { email } }`);
    const unknown = await t.gql(`mutation { signIn(input: { email: "nobody@acme.test", password: "nope" }) { email } }`);
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(wrong.setCookie).toBeNull();
  });

  it('rate-limits repeated failed sign-ins for one e-mail, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++) await t.gql(`mutation { signIn(input: { email: "agent3@acme.test", password: "bad${i}" }) { email } }`);
    const r = await t.gql(`mutation { signIn(input: { email: "agent3@acme.test", password: "correct horse battery staple" }) { email } }`);
    expect(r.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(r.errors?.[0].message).toMatch(/Try again in 15 minutes/);
  });

  it('me returns the signed-in person with roles and permissions from the shared catalogue', async () => {
    const cookie = await t.signIn(org.email('hr'));
    const r = await t.gql(`{ me { roles permissions person { id } organisation { slug confidentialityK } } }`, {}, cookie);
    expect(r.data?.me.roles).toEqual(['AGENT', 'HR']);
    expect(r.data?.me.permissions).toContain('people:import');
    expect(r.data?.me.person.id).toBe(org.people.hr);
    expect(r.data?.me.organisation).toEqual({ slug: 'acme', confidentialityK: 5 });
  });

  it('sign-out revokes the session: the old cookie no longer works', async () => {
    const cookie = await t.signIn(org.email('manager'));
    expect((await t.gql(`{ me { email } }`, {}, cookie)).data?.me).not.toBeNull();
    expect((await t.gql(`mutation { signOut }`, {}, cookie)).data?.signOut).toBe(true);
    expect((await t.gql(`{ me { email } }`, {}, cookie)).data?.me).toBeNull();
    expect((await t.gql(`{ people { total } }`, {}, cookie)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects oversized and control-character input to sign-in with a clear error', async () => {
    const r = await t.gql(`mutation($i: SignInInput!) { signIn(input: $i) { email } }`, { i: { email: 'a'.repeat(10_000), password: 'x' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/email is too long/);
  });

  it('an admin changes roles; the last admin cannot drop ADMIN', async () => {
    const admin = await t.signIn(org.email('head'));
    const r = await t.gql(`mutation($i: SetAccountRolesInput!) { setAccountRoles(input: $i) { roles } }`, { i: { accountId: org.accounts.agent2, roles: ['MANAGER'] } }, admin);
    expect(r.data?.setAccountRoles.roles).toEqual(['AGENT', 'MANAGER']);
    const last = await t.gql(`mutation($i: SetAccountRolesInput!) { setAccountRoles(input: $i) { roles } }`, { i: { accountId: org.accounts.head, roles: ['AGENT'] } }, admin);
    expect(last.errors?.[0].message).toMatch(/at least one admin/);
  });
});
