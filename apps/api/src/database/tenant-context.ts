import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The organisation the current unit of work acts for (ADR 0013). Every statement the API's pool
 * sends while a scope names an organisation carries it as the transaction-local setting
 * `app.organisation_id`, which the row-level security policies compare with; outside a scope, or
 * before the scope knows its organisation, tenant tables show nothing.
 *
 * A request opens one mutable scope when it arrives and fills in the organisation once the session
 * (or a sign-in) says which it is; background work opens one scope per organisation.
 */
export type TenantScope = { organisationId: string | null };

const storage = new AsyncLocalStorage<TenantScope>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `work` for one organisation: everything it sends to the database is scoped to it. */
export function withOrganisation<T>(organisationId: string, work: () => Promise<T>): Promise<T> {
  if (!UUID.test(organisationId)) throw new Error('withOrganisation needs an organisation id');
  return storage.run({ organisationId }, work);
}

/** Runs `work` in `scope` (a request's, kept on the request so hooks after body parsing re-enter it). */
export function runInScope<T>(scope: TenantScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The organisation of the current scope, or null. */
export function currentOrganisation(): string | null {
  return storage.getStore()?.organisationId ?? null;
}

/**
 * Names the organisation of the current request scope once it is known (session resolved, sign-in
 * succeeded). A scope never changes organisation: that would be one request acting for two tenants.
 */
export function bindOrganisation(scope: TenantScope | undefined, organisationId: string): void {
  if (!scope) return;
  if (scope.organisationId !== null && scope.organisationId !== organisationId) throw new Error('A request cannot act for two organisations.');
  scope.organisationId = organisationId;
}

/** The current scope (to bind it), if any. */
export function currentScope(): TenantScope | undefined {
  return storage.getStore();
}
