import { issuerProblem, normaliseEmailDomains, parseSsoLogin, safeReturnTo } from './sso';

describe('issuer URLs: https, or http on loopback only', () => {
  it.each([
    ['https://login.example.com', null],
    ['https://login.example.com/tenant/v2.0', null],
    ['http://127.0.0.1:4455', null],
    ['http://localhost:4455/oidc', null],
    ['http://login.example.com', 'issuer must use https'],
    ['ftp://login.example.com', 'issuer must use https'],
    ['https://login.example.com/?x=1', 'issuer must not have a query or fragment'],
    ['https://user:pw@login.example.com', 'issuer must not hold credentials'],
    ['not a url', 'issuer must be a URL'],
  ])('%s → %s', (issuer, problem) => {
    expect(issuerProblem(issuer)).toBe(problem);
  });
});

describe('the sign-in page field: a work e-mail picks the organisation by domain, anything else is a slug', () => {
  it.each([
    ['Ada@Acme.TEST', { kind: 'domain', domain: 'acme.test', email: 'ada@acme.test' }],
    [' acme ', { kind: 'slug', slug: 'acme' }],
    ['demo-org', { kind: 'slug', slug: 'demo-org' }],
    ['@acme.test', null],
    ['ada@localhost', null],
    ['Acme Inc', null],
    ['', null],
  ])('%j', (login, expected) => {
    expect(parseSsoLogin(login)).toEqual(expected);
  });
});

describe('claimed e-mail domains', () => {
  it('are lower-cased, de-duplicated and sorted; a leading @ is dropped', () => {
    expect(normaliseEmailDomains(['Acme.test', '@acme.test', 'eu.acme.test'])).toEqual({ domains: ['acme.test', 'eu.acme.test'], problem: null });
  });
  it.each([['acme'], ['acme .test'], ['*.acme.test']])('refuses %s', (d) => {
    expect(normaliseEmailDomains([d]).problem).toMatch(/is not a domain name/);
  });
});

describe('after sign-in the browser only goes to a path of this app', () => {
  it.each([
    [undefined, '/profile'],
    ['/people?page=2', '/people?page=2'],
    ['https://evil.example', '/profile'],
    ['//evil.example', '/profile'],
    ['/\\evil.example', '/profile'],
    ['/sign-in', '/profile'],
    ['/sign-in?sso=failed', '/profile'],
  ])('%s → %s', (path, expected) => {
    expect(safeReturnTo(path)).toBe(expected);
  });
});
