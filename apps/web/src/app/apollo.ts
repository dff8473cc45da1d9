import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { MeDocument } from '../gql/graphql';
import { createRetryLink, serviceUnavailableAsFailureLink } from './apollo-retry';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Me: { keyFields: ['accountId'] },
      // Organisation settings are a singleton per tenant; Person lists are replaced, never merged.
      // One set of results per argument set, read by two queries (summary, breakdowns): merge them.
      PulseResults: { merge: true },
      Person: { fields: { directReports: { merge: false }, workModeHistory: { merge: false } } },
    },
  });
}

/** `uri`: where the API is; the dashboard is served by the API itself, so the default is same-origin. */
export function createApolloClient({ uri = '/graphql' }: { uri?: string } = {}): ApolloClient {
  const cache = createCache();
  // A session that expires mid-use: forget `me`, and the router sends the user to sign in.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: MeDocument, data: { me: null } });
    }
  });
  // Same origin as the API: the session cookie travels, and nothing needs CORS.
  const http = new HttpLink({ uri, credentials: 'same-origin' });
  // A query that failed because a replica died or was busy is sent again before anyone sees an
  // error (apollo-retry.ts); the session link only sees the outcome of the last attempt.
  return new ApolloClient({ link: ApolloLink.from([sessionLink, createRetryLink(), serviceUnavailableAsFailureLink, http]), cache });
}
