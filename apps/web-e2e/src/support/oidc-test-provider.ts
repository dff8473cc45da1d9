// The same test provider as apps/api/src/testing/oidc-test-provider.ts: an app may not import
// another app (module boundaries), and the browser tier needs it in its own test process.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as OidcProviderModule from 'oidc-provider' with { 'resolution-mode': 'import' };

export type TestOidcProvider = { issuer: string; clientId: string; clientSecret: string; close(): Promise<void> };

export const TEST_CLIENT_ID = 'pulse-and-path';
export const TEST_CLIENT_SECRET = 'a-test-client-secret-that-is-long-enough-for-hs256';

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a loopback port, with one
 * confidential client and its development login and consent pages. Whatever login is typed
 * becomes the account: its e-mail is that login, verified, unless it starts with `unverified+`.
 */
export async function startTestOidcProvider(redirectUris: string[]): Promise<TestOidcProvider> {
  // oidc-provider is ESM-only; the test runner loads it natively (--experimental-vm-modules).
  const { default: Provider } = (await import('oidc-provider')) as typeof OidcProviderModule;
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Its development defaults (signing keys, login pages) warn on the console; expected here.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => (String(args[0]).startsWith('oidc-provider WARNING') ? undefined : warn(...args));
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, id) {
      const unverified = id.startsWith('unverified+');
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: unverified ? id.slice('unverified+'.length) : id, email_verified: !unverified };
        },
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['pulse-test-provider-cookie-key'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
  });
  console.warn = warn;
  const callback = provider.callback();
  handler = (req, res) => void callback(req, res);
  return {
    issuer,
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
