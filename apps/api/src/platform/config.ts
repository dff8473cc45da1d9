import path from 'node:path';

export type AppConfig = {
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | null;
  /** The non-owner role requests are served as (ADR 0013); derived from databaseUrl when unset. */
  appDatabaseUrl: string | null;
  dataDir: string;
  /** 'auto' seeds the demo organisation when the database has no organisation yet. */
  demoSeed: 'auto' | 'never';
  webDist: string | null;
  logLevel: string;
  sessionTtlHours: number;
  /** Run scheduled work (pulse waves, reminders) in this process: pg-boss, ADR 0008. */
  jobs: boolean;
  /** How soon a job whose worker died is failed and retried elsewhere (ADR 0008). */
  jobTiming: JobTiming;
  /**
   * Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (addresses, CIDRs or proxy-addr's
   * names such as `loopback`); empty: the socket is the client, forwarded headers are ignored.
   */
  trustProxy: string[];
  /** Schema introspection and the GraphiQL IDE: only when a developer asks for them (GRAPHQL_INTROSPECTION=on). */
  introspection: boolean;
  /** Bearer token for GET /metrics; null: /metrics answers 404. */
  metricsToken: string | null;
  /** Limits that keep stalled or excess clients from holding the process or the database (issue 12). */
  limits: ServiceLimits;
  /** The largest CSV upload an import reads (IMPORT_MAX_BYTES); beyond it the answer is 413. */
  importMaxBytes: number;
};

export type JobTiming = {
  /** A running job's worker refreshes it every half of this; one silent this long is failed and retried (pg-boss heartbeat, at least 10). */
  heartbeatSeconds: number;
  /** How often pg-boss's supervisor looks for such jobs (and expired ones). */
  superviseSeconds: number;
};

export type ServiceLimits = {
  /** Connections in the app role's pool. */
  dbPoolSize: number;
  /** How long a request waits for a pooled connection before it is answered 503 (retry). */
  dbAcquireTimeoutMs: number;
  /** PostgreSQL statement_timeout on the app's connections (imports lift it for their own transaction). */
  dbStatementTimeoutMs: number;
  /** PostgreSQL idle_in_transaction_session_timeout on the app's connections. */
  dbIdleInTransactionTimeoutMs: number;
  /** Connections that CSV imports may hold at once; further imports are answered 503 (retry). */
  importConnections: number;
  /** A socket that sends or receives nothing for this long is closed (a stalled upload). */
  httpIdleTimeoutMs: number;
  /** The whole request, body included, must arrive within this time. */
  httpRequestTimeoutMs: number;
  /** Requests in progress at once; beyond it 503 with Retry-After (health and metrics exempt); 0: no bound. */
  maxInFlight: number;
};

function parseCount(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

export function loadLimits(env: NodeJS.ProcessEnv = process.env): ServiceLimits {
  return {
    dbPoolSize: parseCount('DB_POOL_SIZE', env.DB_POOL_SIZE, 20, 1),
    dbAcquireTimeoutMs: parseCount('DB_ACQUIRE_TIMEOUT_MS', env.DB_ACQUIRE_TIMEOUT_MS, 5_000, 1),
    dbStatementTimeoutMs: parseCount('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 60_000),
    dbIdleInTransactionTimeoutMs: parseCount('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 30_000),
    importConnections: parseCount('IMPORT_CONNECTIONS', env.IMPORT_CONNECTIONS, 2, 1),
    httpIdleTimeoutMs: parseCount('HTTP_IDLE_TIMEOUT_MS', env.HTTP_IDLE_TIMEOUT_MS, 30_000),
    httpRequestTimeoutMs: parseCount('HTTP_REQUEST_TIMEOUT_MS', env.HTTP_REQUEST_TIMEOUT_MS, 300_000),
    maxInFlight: parseCount('MAX_IN_FLIGHT', env.MAX_IN_FLIGHT, 256),
  };
}

export function loadJobTiming(env: NodeJS.ProcessEnv = process.env): JobTiming {
  return {
    heartbeatSeconds: parseCount('JOBS_HEARTBEAT_SECONDS', env.JOBS_HEARTBEAT_SECONDS, 20, 10),
    superviseSeconds: parseCount('JOBS_SUPERVISE_SECONDS', env.JOBS_SUPERVISE_SECONDS, 20, 1),
  };
}

/** TRUST_PROXY: a comma-separated list; `true`/`*` is refused because it would let any client pick its own address. */
export function parseTrustProxy(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  if (entries.some((e) => e === '*' || e.toLowerCase() === 'true')) {
    throw new Error('TRUST_PROXY must name the proxy addresses or CIDRs (e.g. 10.0.0.0/8,loopback), not trust every client.');
  }
  return entries;
}

function parseSwitch(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'off' || value === 'false' || value === '0') return false;
  if (value === 'on' || value === 'true' || value === '1') return true;
  throw new Error(`${name} must be on or off, got "${value}"`);
}

function parseImportMaxBytes(value: string | undefined): number {
  if (value === undefined || value === '') return 200 * 1024 * 1024;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1024) throw new Error(`IMPORT_MAX_BYTES must be a whole number of bytes (at least 1024), got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    production,
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    appDatabaseUrl: env.APP_DATABASE_URL || null,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    demoSeed: env.DEMO_SEED === 'never' || env.DEMO_SEED === 'false' ? 'never' : 'auto',
    webDist: env.WEB_DIST === '' ? null : path.resolve(env.WEB_DIST ?? path.join(__dirname, '..', '..', '..', 'web', 'dist')),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    // Off by default under tests: integration tests drive the scheduler with an injected clock.
    jobs: env.JOBS ? env.JOBS !== 'off' : env.NODE_ENV !== 'test',
    jobTiming: loadJobTiming(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    // Never implied by NODE_ENV: a build started without it must not publish the schema.
    introspection: parseSwitch('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION),
    metricsToken: env.METRICS_TOKEN || null,
    limits: loadLimits(env),
    importMaxBytes: parseImportMaxBytes(env.IMPORT_MAX_BYTES),
  };
}
