import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { TenantClient } from './tenant-client';

/** Pool and session limits for the app role's connections (ServiceLimits in platform/config). */
export type ConnectionLimits = { poolSize: number; acquireTimeoutMs: number; statementTimeoutMs: number; idleInTransactionTimeoutMs: number; importConnections: number };

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}, limits?: ConnectionLimits): DataSourceOptions {
  const timeouts = limits ? ` -c statement_timeout=${limits.statementTimeoutMs} -c idle_in_transaction_session_timeout=${limits.idleInTransactionTimeoutMs}` : '';
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    // Imports stage whole files in temporary tables: give each session room to keep them in memory
    // (allocated only when a session uses temporary tables).
    // TenantClient sends the current organisation with every statement (ADR 0013).
    // A request that finds the pool busy for acquireTimeoutMs fails fast (503, retry) instead of
    // queueing behind stalled work; importConnections caps how many of them imports hold (csv-import).
    extra: {
      max: limits?.poolSize ?? Number(process.env.DB_POOL_SIZE ?? 20),
      options: `-c temp_buffers=64MB${timeouts}`,
      Client: TenantClient,
      ...(limits ? { connectionTimeoutMillis: limits.acquireTimeoutMs, importConnections: limits.importConnections } : {}),
    },
    ...extra,
  } as DataSourceOptions;
}

/** Used by the TypeORM CLI (migration:generate and the drift check). */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'));
