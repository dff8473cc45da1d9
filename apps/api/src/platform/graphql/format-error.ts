import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { BUSY_MESSAGE, poolWasBusy, RETRY_AFTER_SECONDS } from '../http/busy';

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};
const SAFE_CODES = new Set([
  ...Object.values(STATUS_CODES),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
]);

/**
 * Maps Nest HTTP exceptions to stable GraphQL codes and never lets an internal message,
 * SQL text or stack trace reach a client: unexpected errors become a generic message with an id
 * that is logged next to the real error.
 */
export function makeFormatError(log: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const ext = (formatted.extensions ?? {}) as Record<string, unknown>;
    const original = (error as { originalError?: { response?: { statusCode?: number; message?: unknown } ; getStatus?: () => number } })?.originalError;
    const status = typeof original?.getStatus === 'function' ? original.getStatus() : original?.response?.statusCode;
    let code = (status && STATUS_CODES[status]) || (ext.code as string) || 'INTERNAL_SERVER_ERROR';
    let message = formatted.message;
    const responseMessage = original?.response?.message;
    if (Array.isArray(responseMessage)) message = responseMessage.join('; ');
    if (code === 'BAD_REQUEST') code = 'BAD_USER_INPUT';
    if (poolWasBusy(error)) return { message: BUSY_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS } };
    // Apollo files every validation-rule error under GRAPHQL_VALIDATION_FAILED; a rule that judged the input itself says so.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && (original as { extensions?: { code?: unknown } } | undefined)?.extensions?.code === 'BAD_USER_INPUT') code = 'BAD_USER_INPUT';
    if (!SAFE_CODES.has(code)) {
      const errorId = randomUUID();
      log.error({ errorId, err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path }, 'unexpected GraphQL error');
      return { message: `Something went wrong on our side (error id ${errorId}). Nothing was changed.`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
    }
    const out: GraphQLFormattedError = { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    // Input errors may list their problems one by one (a career ladder's LadderIssues): plain data the caller sent.
    if (code === 'BAD_USER_INPUT' && Array.isArray(ext.issues)) (out.extensions as Record<string, unknown>).issues = ext.issues;
    if (!production && ext.stacktrace && code === 'INTERNAL_SERVER_ERROR') (out.extensions as Record<string, unknown>).stacktrace = ext.stacktrace;
    return out;
  };
}
