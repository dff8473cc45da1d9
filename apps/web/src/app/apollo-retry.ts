import { ApolloLink, type ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';
import { map } from 'rxjs';

/**
 * Queries that failed because a replica went away or was busy are sent again (ADR 0018): nginx
 * cannot repeat a POST it already sent, so the 502 for a query a dying replica was answering reaches
 * the browser, and the page should recover without the user pressing "Try again". Mutations are
 * never repeated here: the server decides which of them are safe to repeat, not the client.
 */
export const QUERY_ATTEMPTS = 3;
/** Never wait longer than this between attempts, whatever Retry-After asks for. */
export const MAX_RETRY_DELAY_MS = 5_000;
/** The first back-off without Retry-After; it doubles with each attempt (full jitter). */
export const INITIAL_RETRY_DELAY_MS = 300;

const RETRYABLE_STATUS = new Set([502, 503, 504]);
const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** Every error is the API's "busy, try again" (a pool that stayed full): the whole request may be repeated. */
function onlyServiceUnavailable(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): boolean {
  return !!errors?.length && errors.every((e) => e.extensions?.code === SERVICE_UNAVAILABLE);
}

/** Worth another attempt: no answer at all, a gateway/busy status, or the API's SERVICE_UNAVAILABLE. */
export function isRetryableError(error: unknown): boolean {
  if (ServerError.is(error)) return RETRYABLE_STATUS.has(error.statusCode);
  if (CombinedGraphQLErrors.is(error)) return onlyServiceUnavailable(error.errors);
  // fetch rejects with a TypeError when no HTTP answer arrived (refused, reset, offline); by name,
  // because the error may come from another realm (Node's fetch under a test runner).
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'TypeError';
}

/** Seconds the server asked the client to wait: the Retry-After header (seconds or a date) or the API's retryAfterSeconds. */
export function retryAfterMs(error: unknown, now = Date.now()): number | null {
  if (ServerError.is(error)) {
    const header = error.response?.headers?.get('retry-after');
    if (!header) return null;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
  }
  if (CombinedGraphQLErrors.is(error)) {
    const hints = error.errors.map((e) => e.extensions?.retryAfterSeconds).filter((s): s is number => typeof s === 'number' && s >= 0);
    return hints.length ? Math.max(...hints) * 1000 : null;
  }
  return null;
}

/** The wait before attempt `attempt + 1`: what the server asked for, else exponential back-off with full jitter; capped. */
export function retryDelayMs(attempt: number, error: unknown, random: () => number = Math.random, now = Date.now()): number {
  const asked = retryAfterMs(error, now);
  const delay = asked ?? random() * INITIAL_RETRY_DELAY_MS * 2 ** attempt;
  return Math.min(MAX_RETRY_DELAY_MS, delay);
}

const isQuery = (operation: ApolloLink.Operation) => operation.operationType === OperationTypeNode.QUERY;

/**
 * The API answers a request it could not serve for lack of a connection with HTTP 200 and a
 * SERVICE_UNAVAILABLE error; RetryLink repeats only failed requests, so such a query result is
 * turned into a failure here (the client reports it as the same CombinedGraphQLErrors as before).
 */
export const serviceUnavailableAsFailureLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map((result) => {
      if (isQuery(operation) && onlyServiceUnavailable(result.errors as ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined)) {
        throw new CombinedGraphQLErrors(result);
      }
      return result;
    }),
  ),
);

export function createRetryLink(): RetryLink {
  return new RetryLink({
    attempts: (attempt: number, operation: ApolloLink.Operation, error: ErrorLike) => attempt < QUERY_ATTEMPTS && isQuery(operation) && isRetryableError(error),
    delay: (attempt: number, _operation: ApolloLink.Operation, error: ErrorLike) => retryDelayMs(attempt - 1, error),
  });
}
