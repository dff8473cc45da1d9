import { createHash } from 'node:crypto';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { HttpBrowser } from '../../testing/http-browser';
import { startTestOidcProvider, type TestOidcProvider } from '../../testing/oidc-test-provider';
import { startTestApp, type TestApp } from '../../testing/test-app';

const CONFIGURE = `mutation($i: ConfigureSingleSignOnInput!) { configureSingleSignOn(input: $i) { issuer clientId clientSecretSet emailDomains enabled } }`;

describe('OpenID Connect sign-in against a real provider (oidc-provider on loopback): code + PKCE, state and nonce checked', () => {
  let t: TestApp;
  let idp: TestOidcProvider;
  let acme: TestOrg;
  let admin: string;

  /** Into the app (not the API): where the browser lands after the callback. */
  const inApp = (url: URL) => url.origin === t.baseUrl && !url.pathname.startsWith('/api/');
  const atCallback = (url: URL) => url.origin === t.baseUrl && url.pathname === '/api/auth/oidc/callback';
  const sessionOf = (b: HttpBrowser) => {
    const c = b.cookies.get('pp_session');
    return c ? `pp_session=${c.value}` : null;
  };
  /** Signs in at the provider as `idpLogin`, starting from the app's sign-in page field. */
  const signInWithSso = async (login: string, idpLogin: string, stop = inApp, returnTo = '/pulse') => {
    const browser = new HttpBrowser();
    const { url } = await browser.browse(
      `${t.baseUrl}/api/auth/oidc/start?login=${encodeURIComponent(login)}&returnTo=${encodeURIComponent(returnTo)}`,
      { login: idpLogin, password: 'anything' },
      stop,
    );
    return { browser, url };
  };

  beforeAll(async () => {
    t = await startTestApp();
    idp = await startTestOidcProvider([`${t.baseUrl}/api/auth/oidc/callback`]);
    acme = await createTestOrg(t.pool, 'acme');
    await createTestOrg(t.pool, 'globex');
    admin = await t.signIn(acme.email('head'));
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  it('an admin configures the provider; the issuer is checked by reading its discovery document and the secret is never returned', async () => {
    expect((await t.gql(`{ singleSignOn { redirectUri scimBaseUrl connection { issuer } } }`, {}, admin)).data?.singleSignOn).toEqual({
      redirectUri: `${t.baseUrl}/api/auth/oidc/callback`,
      scimBaseUrl: `${t.baseUrl}/scim/v2`,
      connection: null,
    });
    const plainHttp = await t.gql(CONFIGURE, { i: { issuer: 'http://login.example.com', clientId: 'x', clientSecret: 'y', emailDomains: [], enabled: true } }, admin);
    expect(plainHttp.errors?.[0]).toMatchObject({ message: 'issuer must use https', extensions: { code: 'BAD_USER_INPUT' } });
    const noProvider = await t.gql(CONFIGURE, { i: { issuer: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', emailDomains: [], enabled: true } }, admin);
    expect(noProvider.errors?.[0].message).toMatch(/discovery document could not be read/);
    const noSecret = await t.gql(CONFIGURE, { i: { issuer: idp.issuer, clientId: idp.clientId, emailDomains: [], enabled: true } }, admin);
    expect(noSecret.errors?.[0].message).toBe('clientSecret is required');

    const r = await t.gql(CONFIGURE, { i: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, emailDomains: ['ACME.test'], enabled: true } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data?.configureSingleSignOn).toEqual({ issuer: idp.issuer, clientId: idp.clientId, clientSecretSet: true, emailDomains: ['acme.test'], enabled: true });
    expect(JSON.stringify(await t.gql(`{ singleSignOn { connection { issuer clientId clientSecretSet } } }`, {}, admin))).not.toContain(idp.clientSecret);
    const { rows } = await t.pool.query(`SELECT detail FROM audit_event WHERE action = 'sso.configured'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].detail).toMatchObject({ previous: null, next: { issuer: idp.issuer, emailDomains: ['acme.test'] }, clientSecretChanged: true });
    expect(JSON.stringify(rows[0].detail)).not.toContain(idp.clientSecret);
  });

  it('only admins may read or change single sign-on', async () => {
    const hr = await t.signIn(acme.email('hr'));
    expect((await t.gql(`{ singleSignOn { redirectUri } }`, {}, hr)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await t.gql(CONFIGURE, { i: { issuer: idp.issuer, clientId: 'x', clientSecret: 'y', emailDomains: [], enabled: true } }, hr);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('another organisation cannot claim a domain already claimed', async () => {
    const globexAdmin = await t.signIn('head@globex.test');
    const r = await t.gql(CONFIGURE, { i: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: 'z', emailDomains: ['acme.test'], enabled: true } }, globexAdmin);
    expect(r.errors?.[0].message).toMatch(/acme.test is already claimed/);
  });

  it('the full redirect flow signs a person in by their verified e-mail, with PKCE, and lands where they were going', async () => {
    const { browser, url } = await signInWithSso('agent1@acme.test', 'agent1@acme.test');
    expect(url.href).toBe(`${t.baseUrl}/pulse`);
    const authorize = new URL(browser.visited.find((u) => u.startsWith(`${idp.issuer}/auth?`))!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('login_hint')).toBe('agent1@acme.test');
    const cookie = sessionOf(browser);
    expect(cookie).not.toBeNull();
    const me = await t.gql(`{ me { email roles organisation { slug } } }`, {}, cookie!);
    expect(me.data?.me).toEqual({ email: 'agent1@acme.test', roles: ['AGENT'], organisation: { slug: 'acme' } });
    const { rows } = await t.pool.query(`SELECT detail->>'method' AS method FROM audit_event WHERE action = 'account.signed_in' AND subject = $1`, [acme.accounts.agent1]);
    expect(rows).toEqual([{ method: 'oidc' }]);
  });

  it('the organisation can also be chosen by its id (slug); an unknown domain says single sign-on is not set up', async () => {
    const { browser, url } = await signInWithSso('acme', 'agent2@acme.test');
    expect(url.pathname).toBe('/pulse');
    expect(sessionOf(browser)).not.toBeNull();
    const unknown = await signInWithSso('someone@example.org', 'someone@example.org');
    expect(unknown.url.href).toBe(`${t.baseUrl}/sign-in?sso=not-configured`);
  });

  it('an e-mail with no enabled account in the organisation is refused, and so is an unverified e-mail', async () => {
    const nobody = await signInWithSso('acme.test', 'nobody@acme.test');
    expect(nobody.url.href).toBe(`${t.baseUrl}/sign-in?sso=not-configured`);
    const unknown = await signInWithSso('acme', 'nobody@acme.test');
    expect(unknown.url.href).toBe(`${t.baseUrl}/sign-in?sso=unknown-account`);
    expect(sessionOf(unknown.browser)).toBeNull();
    // A person of another organisation is not a person of this one.
    const foreign = await signInWithSso('acme', 'agent1@globex.test');
    expect(foreign.url.href).toBe(`${t.baseUrl}/sign-in?sso=unknown-account`);
    const unverified = await signInWithSso('acme', 'unverified+agent3@acme.test');
    expect(unverified.url.href).toBe(`${t.baseUrl}/sign-in?sso=unverified-email`);
    await t.pool.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [acme.accounts.agent2]);
    const disabled = await signInWithSso('acme', 'agent2@acme.test');
    expect(disabled.url.href).toBe(`${t.baseUrl}/sign-in?sso=unknown-account`);
    await t.pool.query(`UPDATE account SET disabled_at = NULL WHERE id = $1`, [acme.accounts.agent2]);
    const { rows } = await t.pool.query(`SELECT detail->>'reason' AS reason FROM audit_event WHERE action = 'account.sso_refused' ORDER BY id`);
    expect(rows.map((r) => r.reason)).toEqual(['unknown-account', 'unknown-account', 'unverified-email', 'unknown-account']);
  });

  it('a state that is not the one this browser was given is refused (login CSRF), and a callback cannot be replayed', async () => {
    const { browser, url } = await signInWithSso('acme', 'agent3@acme.test', atCallback);
    const forged = new URL(url);
    forged.searchParams.set('state', 'attacker-state');
    const refused = await browser.request(forged.href);
    expect(refused.headers.get('location')).toBe('/sign-in?sso=failed');
    // The same callback in another browser (no state cookie) is refused too.
    const other = new HttpBrowser();
    expect((await other.request(url.href)).headers.get('location')).toBe('/sign-in?sso=failed');
    expect(sessionOf(browser)).toBeNull();

    const fresh = await signInWithSso('acme', 'agent3@acme.test', atCallback);
    const ok = await fresh.browser.request(fresh.url.href);
    expect(ok.headers.get('location')).toBe('/pulse');
    const cookie = sessionOf(fresh.browser)!;
    // Replaying the used callback with the same cookie jar's old state: the state is gone.
    fresh.browser.cookies.set('pp_oidc_state', { value: fresh.url.searchParams.get('state')!, path: '/api/auth/oidc' });
    expect((await fresh.browser.request(fresh.url.href)).headers.get('location')).toBe('/sign-in?sso=failed');
    expect((await t.gql(`{ me { email } }`, {}, cookie)).data?.me).toEqual({ email: 'agent3@acme.test' });
  });

  it('an ID token whose nonce is not the one this sign-in sent is refused', async () => {
    const { browser, url } = await signInWithSso('acme', 'agent3@acme.test', atCallback);
    // The provider echoes the nonce it was sent; changing the expected one stands for a token minted for another sign-in.
    const stateHash = createHash('sha256').update(url.searchParams.get('state')!).digest('hex');
    const changed = await t.pool.query(`UPDATE oidc_sign_in SET nonce = 'a-different-nonce' WHERE state_hash = $1`, [stateHash]);
    expect(changed.rowCount).toBe(1);
    const res = await browser.request(url.href);
    expect(res.headers.get('location')).toBe('/sign-in?sso=failed');
    expect(sessionOf(browser)).toBeNull();
    const { rows } = await t.pool.query(`SELECT detail->>'detail' AS detail FROM audit_event WHERE action = 'account.sso_refused' ORDER BY id DESC LIMIT 1`);
    expect(rows[0].detail).toMatch(/nonce/);
  });

  it('local passwords keep working, and a disabled connection sends no one to the provider', async () => {
    expect(await t.signIn(acme.email('agent1'))).toMatch(/^pp_session=/);
    const r = await t.gql(CONFIGURE, { i: { issuer: idp.issuer, clientId: idp.clientId, emailDomains: ['acme.test'], enabled: false } }, admin);
    expect(r.data?.configureSingleSignOn).toMatchObject({ enabled: false, clientSecretSet: true });
    expect((await signInWithSso('agent1@acme.test', 'agent1@acme.test')).url.href).toBe(`${t.baseUrl}/sign-in?sso=not-configured`);
    expect((await t.gql(`mutation { removeSingleSignOn }`, {}, admin)).data?.removeSingleSignOn).toBe(true);
    expect((await t.gql(`{ singleSignOn { connection { issuer } } }`, {}, admin)).data?.singleSignOn.connection).toBeNull();
  });
});
