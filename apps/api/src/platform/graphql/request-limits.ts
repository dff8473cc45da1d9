import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Limits checked on the raw HTTP request, before JSON or GraphQL parsing and before the session is
 * looked up, so an oversized request costs almost nothing. The query limits (tokens, depth, aliases,
 * directives, cost) come after, in parse options and the validation rule.
 */
export const GRAPHQL_REQUEST_LIMITS = {
  /** `/graphql` request bodies; the dashboard's largest request is a few kB. */
  maxBodyBytes: 100 * 1024,
  /** Characters of the `query` string: well above the dashboard's largest document, far below the body limit, so padding is refused before parsing. */
  maxQueryChars: 10_000,
};

type GraphqlBody = { query?: unknown } | Array<{ query?: unknown }> | null | undefined;

function tooLarge(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function queryStrings(req: FastifyRequest): unknown[] {
  const fromUrl = (req.query as { query?: unknown } | undefined)?.query;
  const body = req.body as GraphqlBody;
  const fromBody = Array.isArray(body) ? body.map((b) => b?.query) : [body?.query];
  return [fromUrl, ...fromBody];
}

/** Adds the body and query-length limits to the `/graphql` route (registered later by Apollo): call before routes exist. */
export function limitGraphqlRequests(fastify: FastifyInstance, limits = GRAPHQL_REQUEST_LIMITS): void {
  fastify.addHook('onRoute', (route) => {
    if (route.url !== '/graphql') return;
    route.bodyLimit = limits.maxBodyBytes;
    const kb = Math.round(limits.maxBodyBytes / 1024);
    const inner = route.errorHandler;
    route.errorHandler = function (this: FastifyInstance, error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return tooLarge(reply, 413, 'PAYLOAD_TOO_LARGE', `GraphQL requests are limited to ${kb} KB; this one is larger.`);
      }
      if (inner) return inner.call(this, error, req, reply);
      return reply.send(error);
    };
    const preHandler = route.preHandler ? (Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler]) : [];
    route.preHandler = [
      (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
        const long = queryStrings(req).find((q) => typeof q === 'string' && q.length > limits.maxQueryChars) as string | undefined;
        if (long === undefined) return done();
        void tooLarge(reply, 413, 'QUERY_TOO_LARGE', `The GraphQL query has ${long.length} characters; the limit is ${limits.maxQueryChars}.`);
      },
      ...preHandler,
    ];
  });
}
