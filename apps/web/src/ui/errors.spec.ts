import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeError, errorCode } from './errors';

const graphQLError = (code: string, message = 'msg') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });

describe('API errors shown to people', () => {
  it.each([
    ['BAD_USER_INPUT', 'BAD_USER_INPUT'],
    ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['FORBIDDEN', 'FORBIDDEN'],
    ['NOT_FOUND', 'NOT_FOUND'],
    ['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS'],
    ['INTERNAL_SERVER_ERROR', 'UNKNOWN'],
  ])('extensions.code %s → %s', (code, expected) => {
    expect(errorCode(graphQLError(code))).toBe(expected);
  });

  it('reads HTTP status when there is no GraphQL body', () => {
    const response = { status: 429, headers: new Map() } as unknown as Response;
    expect(errorCode(new ServerError('x', { response, bodyText: '' }))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });

  it('adds the server’s explanation only for rejected input', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    expect(describeError(t, graphQLError('BAD_USER_INPUT', 'confidentialityK must be at least 3'))).toEqual({
      title: 'errors.badInput',
      detail: 'confidentialityK must be at least 3',
    });
    expect(describeError(t, graphQLError('FORBIDDEN', 'internal detail'))).toEqual({ title: 'errors.forbidden', detail: null });
  });
});
