import type { TFunction } from 'i18next';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export type ErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'TOO_MANY_REQUESTS' | 'NETWORK' | 'UNKNOWN';

const SERVER_CODES: readonly ErrorCode[] = ['BAD_USER_INPUT', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'TOO_MANY_REQUESTS'];

export function errorCode(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string');
    return SERVER_CODES.find((known) => known === code) ?? 'UNKNOWN';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return 'TOO_MANY_REQUESTS';
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 403) return 'FORBIDDEN';
    return 'UNKNOWN';
  }
  if (error instanceof TypeError) return 'NETWORK';
  return 'UNKNOWN';
}

/**
 * A translated sentence for the error, plus the server's own words when it explains a rejected
 * input (the server writes those for people, e.g. "k must be at least 3").
 */
export function describeError(t: TFunction, error: unknown): { title: string; detail: string | null } {
  const code = errorCode(error);
  const detail =
    (code === 'BAD_USER_INPUT' || code === 'CONFLICT') && CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message).join(' ') : null;
  const titles: Record<ErrorCode, string> = {
    BAD_USER_INPUT: t('errors.badInput'),
    CONFLICT: t('errors.conflict'),
    UNAUTHENTICATED: t('errors.unauthenticated'),
    FORBIDDEN: t('errors.forbidden'),
    NOT_FOUND: t('errors.notFound'),
    TOO_MANY_REQUESTS: t('errors.tooManyRequests'),
    NETWORK: t('errors.network'),
    UNKNOWN: t('errors.unknown'),
  };
  return { title: titles[code], detail };
}
