/**
 * @jest-environment node
 */
// The node environment: the client talks to a real HTTP server through Node's own fetch (jsdom has none).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gql } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { createApolloClient } from './apollo';
import { MAX_RETRY_DELAY_MS, QUERY_ATTEMPTS, retryDelayMs } from './apollo-retry';

/** One scripted answer of the stand-in API: what nginx or a replica would send. */
type Reply =
  | { status: number; body: string; headers?: Record<string, string> }
  /** The connection is cut without an answer (the replica died before nginx could pick another). */
  | 'drop';

const NGINX_502 = { status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>', headers: { 'content-type': 'text/html' } };
const data = (d: unknown) => ({ status: 200, body: JSON.stringify({ data: d }), headers: { 'content-type': 'application/json' } });
const graphQLError = (code: string, extensions: Record<string, unknown> = {}) => ({
  status: 200,
  body: JSON.stringify({ data: null, errors: [{ message: 'msg', extensions: { code, ...extensions } }] }),
  headers: { 'content-type': 'application/json' },
});

const PING = gql`
  query Ping {
    ping
  }
`;
const POKE = gql`
  mutation Poke {
    poke
  }
`;

describe('queries are retried when a replica fails, and mutations are not', () => {
  let server: http.Server;
  let uri: string;
  let script: Reply[] = [];
  /** Operation names in the order the server received them. */
  let received: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push((JSON.parse(body) as { operationName: string }).operationName);
        const reply = script.shift() ?? NGINX_502;
        if (reply === 'drop') return void req.socket.destroy();
        res.writeHead(reply.status, reply.headers ?? {});
        res.end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    script = [];
    received = [];
  });

  const query = () => createApolloClient({ uri }).query({ query: PING, fetchPolicy: 'network-only' });
  const mutate = () => createApolloClient({ uri }).mutate({ mutation: POKE });

  it.each<[string, Reply]>([
    ['a 502 from nginx (the replica died while answering)', NGINX_502],
    ['a connection cut without an answer', 'drop'],
    ['a 503 with Retry-After (the replica is shedding load)', { status: 503, body: '{"statusCode":503}', headers: { 'content-type': 'application/json', 'retry-after': '0' } }],
    ['a 504 from nginx', { status: 504, body: 'gateway timeout', headers: { 'content-type': 'text/plain' } }],
    ['the API’s SERVICE_UNAVAILABLE (no database connection in time)', graphQLError('SERVICE_UNAVAILABLE', { retryAfterSeconds: 0 })],
  ])('a query answered with %s is sent again and resolves', async (_name, failure) => {
    script = [failure, data({ ping: 'pong' })];
    const result = await query();
    expect(result.data).toEqual({ ping: 'pong' });
    expect(received).toEqual(['Ping', 'Ping']);
  });

  it(`a query is sent at most ${QUERY_ATTEMPTS} times, then the last error is the query's`, async () => {
    script = Array(QUERY_ATTEMPTS + 2).fill(NGINX_502);
    const error = await query().then(() => null, (e: unknown) => e);
    expect(ServerError.is(error) && error.statusCode).toBe(502);
    expect(received).toEqual(Array(QUERY_ATTEMPTS).fill('Ping'));
  });

  it.each<[string, Reply]>([
    ['rejected input', graphQLError('BAD_USER_INPUT')],
    ['a missing session', graphQLError('UNAUTHENTICATED')],
    ['too many requests', { status: 429, body: '{}', headers: { 'content-type': 'application/json' } }],
  ])('a query refused for %s is not sent again', async (_name, refusal) => {
    script = [refusal, data({ ping: 'pong' })];
    await expect(query()).rejects.toBeDefined();
    expect(received).toEqual(['Ping']);
  });

  it.each<[string, Reply]>([
    ['a 502 from nginx', NGINX_502],
    ['a connection cut without an answer', 'drop'],
    ['the API’s SERVICE_UNAVAILABLE', graphQLError('SERVICE_UNAVAILABLE')],
  ])('a mutation answered with %s is not sent again (it may have been applied): the error reaches the page', async (_name, failure) => {
    script = [failure, data({ poke: true })];
    const error = await mutate().then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    if (failure !== 'drop' && failure.status === 200) expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(received).toEqual(['Poke']);
  });
});

describe('the wait before the next attempt', () => {
  const response = (headers: Record<string, string>) => new Response('', { status: 503, headers });
  const serverError = (headers: Record<string, string>) => new ServerError('x', { response: response(headers), bodyText: '' });
  const now = Date.parse('2025-03-01T12:00:00Z');
  const noJitter = () => 1;

  it.each<[string, number, unknown, number]>([
    ['Retry-After in seconds', 0, serverError({ 'retry-after': '2' }), 2_000],
    ['Retry-After as a date', 0, serverError({ 'retry-after': 'Sat, 01 Mar 2025 12:00:03 GMT' }), 3_000],
    ['Retry-After beyond the cap', 0, serverError({ 'retry-after': '120' }), MAX_RETRY_DELAY_MS],
    ['the API’s retryAfterSeconds', 0, new CombinedGraphQLErrors({ data: null, errors: [{ message: 'busy', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 } }] }), 1_000],
    ['no hint, first retry', 0, new TypeError('fetch failed'), 300],
    ['no hint, second retry', 1, serverError({}), 600],
    ['no hint, backing off past the cap', 10, serverError({}), MAX_RETRY_DELAY_MS],
  ])('%s', (_name, attempt, error, expected) => {
    expect(retryDelayMs(attempt, error, noJitter, now)).toBe(expected);
  });

  it('without a hint the wait is jittered between zero and the back-off', () => {
    expect(retryDelayMs(1, new TypeError('fetch failed'), () => 0.5, now)).toBe(300);
    expect(retryDelayMs(1, new TypeError('fetch failed'), () => 0, now)).toBe(0);
  });
});
