import type { TypedDocumentString } from '../gql/boot/graphql';

export type RequestErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS' | 'NETWORK' | 'UNKNOWN';

export class GraphQLRequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

const KNOWN: readonly RequestErrorCode[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_REQUESTS'];

type Response<T> = { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: unknown } }> };

/**
 * One GraphQL request without Apollo Client, for the two calls made before the signed-in chunk
 * (which carries Apollo) is loaded: "who am I?" at start-up and "sign in". Same endpoint, same
 * cookie, same JSON content type that Apollo Server's CSRF prevention accepts.
 */
export async function graphqlFetch<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  let response: globalThis.Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new GraphQLRequestError('NETWORK', 'network error');
  }
  if (response.status === 429) throw new GraphQLRequestError('TOO_MANY_REQUESTS', 'too many requests');
  let body: Response<TResult>;
  try {
    body = (await response.json()) as Response<TResult>;
  } catch {
    throw new GraphQLRequestError('UNKNOWN', `HTTP ${response.status}`);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    const code = KNOWN.find((c) => c === first.extensions?.code) ?? 'UNKNOWN';
    throw new GraphQLRequestError(code, first.message);
  }
  if (!body.data) throw new GraphQLRequestError('UNKNOWN', `HTTP ${response.status}`);
  return body.data;
}
