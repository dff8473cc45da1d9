import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './platform/config';
import { PinoNestLogger } from './platform/logging/logger';
import { createMetrics } from './platform/health/metrics';
import { limitGraphqlRequests } from './platform/graphql/request-limits';
import { appDatabaseUrl } from './database/app-role';
import { runInScope, type TenantScope } from './database/tenant-context';
import { busyBody, PoolBusyFilter, RETRY_AFTER_SECONDS } from './platform/http/busy';

const EXEMPT_FROM_SHEDDING = /^\/(health|metrics)(\/|$|\?)/;

/**
 * Admits at most `max` requests at once and answers the rest 503 with Retry-After at once, so
 * a burst costs the clients beyond the bound a retry instead of slowing everyone admitted (issue
 * 12). Health and metrics are exempt: a load balancer must still see a busy replica as alive.
 */
function shedLoad(fastify: FastifyInstance, max: number): void {
  if (max <= 0) return;
  let inFlight = 0;
  fastify.addHook('onRequest', (req, reply, done) => {
    if (EXEMPT_FROM_SHEDDING.test(req.url)) return done();
    if (inFlight >= max) {
      void reply.code(503).header('retry-after', String(RETRY_AFTER_SECONDS)).header('connection', 'close').send(busyBody());
      return;
    }
    inFlight++;
    // 'close' fires once whether the response finished or the client went away.
    reply.raw.once('close', () => inFlight--);
    done();
  });
}

/** `databaseUrl` is the owner's (jobs, start-up); requests are served as the app role (ADR 0013). */
export type CreateAppOptions = { config: AppConfig; log: Logger; databaseUrl: string; schemaFile?: string | false };

/** Builds the whole product as one Fastify app: GraphQL, REST imports, health, and the built dashboard. */
export async function createApp(opts: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config, log } = opts;
  const adapter = new FastifyAdapter({
    // Forwarded headers count only from the proxies named in TRUST_PROXY: otherwise any client could
    // pick its own address (and reset the per-address sign-in limit) or claim HTTPS.
    trustProxy: config.trustProxy.length ? config.trustProxy : false,
    bodyLimit: 2 * 1024 * 1024,
    // Request logs are structured JSON; bodies are never logged.
    logger: false,
    requestIdHeader: 'x-request-id',
    // A stalled client (headers and a few bytes, then nothing) is cut off instead of holding a
    // request, and with it perhaps a database connection, for good.
    connectionTimeout: config.limits.httpIdleTimeoutMs,
    requestTimeout: config.limits.httpRequestTimeoutMs,
  });
  shedLoad(adapter.getInstance(), config.limits.maxInFlight);
  // CSV uploads stay a stream: the importer reads it row by row and enforces its own size limit.
  adapter.getInstance().addContentTypeParser('text/csv', (_req, payload, done) => done(null, payload));
  limitGraphqlRequests(adapter.getInstance());
  // SCIM clients send JSON as application/scim+json (RFC 7644 §3.1).
  adapter.getInstance().addContentTypeParser('application/scim+json', { parseAs: 'string' }, adapter.getInstance().getDefaultJsonParser('error', 'error'));
  const metrics = createMetrics();
  // Each request runs in its own tenant scope; the access guard names its organisation once the
  // session is known. Entered again before the handler: body parsing runs in stream callbacks
  // outside the first scope.
  const scoped = adapter.getInstance();
  scoped.addHook('onRequest', (req, _reply, done) => {
    const scope: TenantScope = { organisationId: null };
    (req as unknown as { tenantScope: TenantScope }).tenantScope = scope;
    runInScope(scope, done);
  });
  scoped.addHook('preHandler', (req, _reply, done) => runInScope((req as unknown as { tenantScope: TenantScope }).tenantScope, done));
  const appUrl = await appDatabaseUrl(opts.databaseUrl, config.appDatabaseUrl);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with({ ...opts, appDatabaseUrl: appUrl, metrics }), adapter, {
    logger: new PinoNestLogger(log),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions?.url ?? 'unmatched';
    metrics.requestSeconds.observe({ method: req.method, route, status: `${String(reply.statusCode)[0]}xx` }, reply.elapsedTime / 1000);
    log.info({ reqId: req.id, method: req.method, url: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    done();
  });
  // While shutting down, in-flight responses tell clients to reconnect elsewhere, so the
  // kept-alive socket closes with the response instead of holding shutdown open.
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_req, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    // Every 503 (busy, a pool that stayed full, an import already running) is worth retrying soon.
    // The socket closes with it: an unread upload behind a refusal must not keep it open.
    if (reply.statusCode === 503) {
      if (!reply.hasHeader('retry-after')) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      reply.header('connection', 'close');
    }
    done(null, payload);
  });
  await app.register(fastifyCookie as never);
  app.useGlobalFilters(new PoolBusyFilter(app.getHttpAdapter()));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidUnknownValues: false,
      transform: true,
      validationError: { target: false, value: false },
    }),
  );
  if (config.webDist && fs.existsSync(path.join(config.webDist, 'index.html'))) {
    await app.register(fastifyStatic as never, { root: config.webDist, prefix: '/', wildcard: false, index: ['index.html'] });
    // Client-side routes (/people, /import …): a browser navigation that is not the API gets the dashboard.
    fastify.addHook('onRequest', (req, reply, done) => {
      const url = req.url.split('?')[0];
      const isPage =
        req.method === 'GET' &&
        url !== '/' &&
        !/^\/(api|graphql|health|metrics)(\/|$)/.test(url) &&
        !path.extname(url) &&
        String(req.headers.accept ?? '').includes('text/html');
      if (!isPage) return done();
      void (reply as unknown as { sendFile(f: string): unknown }).sendFile('index.html');
    });
  } else if (config.webDist) {
    log.warn({ webDist: config.webDist }, 'dashboard build not found; serving the API only (run npm run build)');
  }
  return app;
}
