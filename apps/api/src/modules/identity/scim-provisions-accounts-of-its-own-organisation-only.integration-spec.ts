import { createHash } from 'node:crypto';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describe('SCIM 2.0 provisioning: a per-organisation token creates, finds, disables and deletes accounts', () => {
  let t: TestApp;
  let acme: TestOrg;
  let globex: TestOrg;
  let admin: string;
  let token: string;
  let tokenId: string;

  const scim = async (method: string, path: string, body?: unknown, bearer: string | null = token) => {
    const res = await fetch(`${t.baseUrl}/scim/v2${path}`, {
      method,
      headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(body ? { 'content-type': 'application/scim+json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as TestJson };
  };

  const createToken = async (cookie: string, name: string) => {
    const r = await t.gql(`mutation($i: CreateScimTokenInput!) { createScimToken(input: $i) { token scimToken { id name revokedAt } } }`, { i: { name } }, cookie);
    expect(r.errors).toBeUndefined();
    return r.data!.createScimToken as { token: string; scimToken: { id: string } };
  };

  beforeAll(async () => {
    t = await startTestApp();
    acme = await createTestOrg(t.pool, 'acme');
    globex = await createTestOrg(t.pool, 'globex');
    admin = await t.signIn(acme.email('head'));
    const created = await createToken(admin, 'Entra ID');
    token = created.token;
    tokenId = created.scimToken.id;
  });
  afterAll(() => t.close());

  it('an admin creates a token that is shown once and stored only as its SHA-256', async () => {
    expect(token).toMatch(/^pp_scim_[A-Za-z0-9_-]{43}$/);
    const { rows } = await t.pool.query(`SELECT * FROM scim_token WHERE id = $1`, [tokenId]);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows[0])).not.toContain(token);
    const listed = await t.gql(`{ scimTokens { id name lastUsedAt revokedAt } }`, {}, admin);
    expect(listed.data?.scimTokens).toEqual([{ id: tokenId, name: 'Entra ID', lastUsedAt: null, revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const { rows: audit } = await t.pool.query(`SELECT action, subject FROM audit_event WHERE action = 'scim_token.created'`);
    expect(audit).toEqual([{ action: 'scim_token.created', subject: tokenId }]);
  });

  it('only admins may manage tokens', async () => {
    const hr = await t.signIn(acme.email('hr'));
    const r = await t.gql(`mutation { createScimToken(input: { name: "x" }) { token } }`, {}, hr);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('no token, a wrong token and a token of the wrong form are all 401 SCIM errors', async () => {
    for (const bearer of [null, 'pp_scim_' + 'x'.repeat(43), 'not-a-token', token + 'x']) {
      const r = await scim('GET', '/Users', undefined, bearer);
      expect(r.status).toBe(401);
      expect(r.headers.get('content-type')).toMatch(/^application\/scim\+json/);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(r.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
    }
  });

  let adaId: string;

  it('POST /Users creates a person and an AGENT account without a password; the same userName again is a 409', async () => {
    const body = { schemas: [USER], userName: 'Ada.Lovelace@acme.test', externalId: 'E-9001', name: { givenName: 'Ada', familyName: 'Lovelace' }, title: 'Agent', active: true };
    const r = await scim('POST', '/Users', body);
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(r.body).toMatchObject({
      schemas: [USER],
      userName: 'ada.lovelace@acme.test',
      externalId: 'E-9001',
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      active: true,
      emails: [{ value: 'ada.lovelace@acme.test', type: 'work', primary: true }],
      meta: { resourceType: 'User' },
    });
    adaId = r.body.id;
    expect(r.headers.get('location')).toBe(`${t.baseUrl}/scim/v2/Users/${adaId}`);
    const { rows } = await t.pool.query(
      `SELECT a.organisation_id, a.roles, a.password_hash, p.hris_id, p.first_name, p.job_title FROM account a JOIN person p ON p.id = a.person_id WHERE a.id = $1`,
      [adaId],
    );
    expect(rows).toEqual([{ organisation_id: acme.organisationId, roles: ['AGENT'], password_hash: null, hris_id: 'E-9001', first_name: 'Ada', job_title: 'Agent' }]);
    const again = await scim('POST', '/Users', body);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ scimType: 'uniqueness', status: '409' });
  });

  it('filters by userName (ignoring case) and externalId, and pages with startIndex and count', async () => {
    const byName = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "ADA.LOVELACE@acme.test"')}`);
    expect(byName.status).toBe(200);
    expect(byName.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(byName.body.Resources[0].id).toBe(adaId);
    const byExternal = await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "acme-agent1"')}`);
    expect(byExternal.body.Resources.map((u: TestJson) => u.userName)).toEqual(['agent1@acme.test']);
    const none = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody@acme.test"')}`);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    const page1 = await scim('GET', '/Users?startIndex=1&count=5');
    const page2 = await scim('GET', '/Users?startIndex=6&count=5');
    expect(page1.body.totalResults).toBe(9);
    expect(page1.body.Resources).toHaveLength(5);
    expect(page2.body).toMatchObject({ startIndex: 6, itemsPerPage: 4 });
    const ids = [...page1.body.Resources, ...page2.body.Resources].map((u: TestJson) => u.id);
    expect(new Set(ids).size).toBe(9);
    const bad = await scim('GET', `/Users?filter=${encodeURIComponent('userName co "ada"')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.scimType).toBe('invalidFilter');
  });

  it('PATCH active false disables the account and ends its sessions at once; active true lets them sign in again', async () => {
    const cookie = await t.signIn(acme.email('agent1'));
    expect((await t.gql(`{ me { email } }`, {}, cookie)).data?.me).toEqual({ email: 'agent1@acme.test' });
    const found = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "agent1@acme.test"')}`);
    const id = found.body.Resources[0].id as string;
    expect(id).toBe(acme.accounts.agent1);

    const off = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'Replace', value: { active: 'False' } }] });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await t.gql(`{ me { email } }`, {}, cookie)).data?.me).toBeNull();
    await expect(t.signIn(acme.email('agent1'))).rejects.toThrow(/sign-in as agent1@acme.test failed/);
    const { rows } = await t.pool.query(`SELECT count(*)::int AS live FROM session WHERE account_id = $1 AND revoked_at IS NULL`, [id]);
    expect(rows[0].live).toBe(0);

    const on = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: true }] });
    expect(on.body.active).toBe(true);
    // The old session stays ended; a new sign-in works.
    expect((await t.gql(`{ me { email } }`, {}, cookie)).data?.me).toBeNull();
    const again = await t.signIn(acme.email('agent1'));
    expect((await t.gql(`{ me { email } }`, {}, again)).data?.me).toEqual({ email: 'agent1@acme.test' });

    const { rows: audit } = await t.pool.query(`SELECT action, actor_account_id, detail->>'via' AS via FROM audit_event WHERE subject = $1 AND action LIKE 'account.%abled' ORDER BY id`, [id]);
    expect(audit).toEqual([
      { action: 'account.disabled', actor_account_id: null, via: 'scim' },
      { action: 'account.enabled', actor_account_id: null, via: 'scim' },
    ]);
  });

  it('the last active admin cannot be disabled or deleted through SCIM', async () => {
    const r = await scim('PATCH', `/Users/${acme.accounts.head}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect(r.status).toBe(409);
    expect((await scim('DELETE', `/Users/${acme.accounts.head}`)).status).toBe(409);
  });

  it('PUT replaces names, e-mail and title', async () => {
    const r = await scim('PUT', `/Users/${adaId}`, { schemas: [USER], userName: 'ada.king@acme.test', name: { givenName: 'Augusta Ada', familyName: 'King' }, active: true });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ userName: 'ada.king@acme.test', externalId: 'E-9001', name: { givenName: 'Augusta Ada', familyName: 'King' }, active: true });
    expect(r.body.title).toBeUndefined();
    const { rows } = await t.pool.query(`SELECT p.email FROM person p JOIN account a ON a.person_id = p.id WHERE a.id = $1`, [adaId]);
    expect(rows[0].email).toBe('ada.king@acme.test');
  });

  it("another organisation's token sees none of these users, by id, by filter or in the list", async () => {
    const globexAdmin = await t.signIn(globex.email('head'));
    const other = (await createToken(globexAdmin, 'Okta')).token;
    expect((await scim('GET', `/Users/${adaId}`, undefined, other)).status).toBe(404);
    expect((await scim('PATCH', `/Users/${acme.accounts.agent2}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] }, other)).status).toBe(404);
    expect((await scim('DELETE', `/Users/${adaId}`, undefined, other)).status).toBe(404);
    const filtered = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "ada.king@acme.test"')}`, undefined, other);
    expect(filtered.body.totalResults).toBe(0);
    const all = await scim('GET', '/Users?count=200', undefined, other);
    expect(all.body.Resources.every((u: TestJson) => String(u.userName).endsWith('@globex.test'))).toBe(true);
    // And acme's agent2 is untouched.
    expect((await scim('GET', `/Users/${acme.accounts.agent2}`)).body.active).toBe(true);
  });

  it('DELETE removes the account and its sessions (the person stays as HR data); the user is then 404', async () => {
    const r = await scim('DELETE', `/Users/${adaId}`);
    expect(r.status).toBe(204);
    const gone = await scim('GET', `/Users/${adaId}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' });
    const { rows } = await t.pool.query(`SELECT count(*)::int AS n FROM person WHERE organisation_id = $1 AND hris_id = 'E-9001'`, [acme.organisationId]);
    expect(rows[0].n).toBe(1);
  });

  // The key is NO ACTION (Citus allows no SET NULL on a key holding organisation_id, ADR 0016): the delete clears it.
  it('DELETE keeps what the account did: a SCIM token it created stays, with its creator cleared', async () => {
    const body = { schemas: [USER], userName: 'grace.hopper@acme.test', externalId: 'E-9002', name: { givenName: 'Grace', familyName: 'Hopper' }, active: true };
    const created = await scim('POST', '/Users', body);
    expect(created.status).toBe(201);
    const accountId = String(created.body.id);
    const hash = createHash('sha256').update('made by grace').digest('hex');
    const { rows: made } = await t.pool.query(
      `INSERT INTO scim_token (organisation_id, name, token_hash, created_by_account_id) VALUES ($1, 'made by grace', $2, $3) RETURNING id`,
      [acme.organisationId, hash, accountId],
    );
    expect((await scim('DELETE', `/Users/${accountId}`)).status).toBe(204);
    const { rows } = await t.pool.query(`SELECT created_by_account_id FROM scim_token WHERE id = $1`, [made[0].id]);
    expect(rows).toEqual([{ created_by_account_id: null }]);
  });

  it('a revoked token is refused at once, and its last use was recorded', async () => {
    const r = await t.gql(`mutation($id: ID!) { revokeScimToken(id: $id) { id revokedAt lastUsedAt } }`, { id: tokenId }, admin);
    expect(r.data?.revokeScimToken.revokedAt).not.toBeNull();
    expect(r.data?.revokeScimToken.lastUsedAt).not.toBeNull();
    expect((await scim('GET', '/Users')).status).toBe(401);
    const { rows } = await t.pool.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'scim_token.revoked' AND subject = $1`, [tokenId]);
    expect(rows[0].n).toBe(1);
  });
});
