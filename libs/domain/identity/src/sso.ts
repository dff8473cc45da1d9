/**
 * Rules for single sign-on with OpenID Connect: which issuer URLs are acceptable, which
 * organisation a sign-in is for, and where the browser may be sent afterwards.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns a problem with an issuer URL, or null. Plain http is accepted for a loopback issuer only
 * (a provider on the same machine, as in the tests): elsewhere the client secret and tokens must
 * not cross a network in clear.
 */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'issuer must be a URL';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return 'issuer must use https';
  if (url.search || url.hash) return 'issuer must not have a query or fragment';
  if (url.username || url.password) return 'issuer must not hold credentials';
  return null;
}

export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62})$/;

/**
 * The sign-in page asks for a work e-mail or the organisation's id (slug): an e-mail picks the
 * organisation whose single sign-on claims its domain.
 */
export type SsoLogin = { kind: 'domain'; domain: string; email: string } | { kind: 'slug'; slug: string };
export function parseSsoLogin(login: string): SsoLogin | null {
  const value = login.trim().toLowerCase();
  if (value.length === 0 || value.length > 254) return null;
  const at = value.lastIndexOf('@');
  if (at >= 0) {
    const domain = value.slice(at + 1);
    return at > 0 && DOMAIN.test(domain) ? { kind: 'domain', domain, email: value } : null;
  }
  return SLUG.test(value) ? { kind: 'slug', slug: value } : null;
}

/** Lower-cased, de-duplicated and sorted; the first invalid entry is reported. */
export function normaliseEmailDomains(domains: readonly string[]): { domains: string[]; problem: string | null } {
  const out = new Set<string>();
  for (const raw of domains) {
    const d = raw.trim().toLowerCase().replace(/^@/, '');
    if (!DOMAIN.test(d)) return { domains: [], problem: `${raw} is not a domain name` };
    out.add(d);
  }
  if (out.size > 20) return { domains: [], problem: 'at most 20 e-mail domains' };
  return { domains: [...out].sort(), problem: null };
}

/** Only a path inside the app, never another site (an open redirect) and never back to sign-in. */
export function safeReturnTo(path: string | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || path.length > 512) return '/profile';
  if (/^\/sign-in(\/|\?|$)/.test(path) || /[\u0000-\u001f]/.test(path)) return '/profile';
  return path;
}
