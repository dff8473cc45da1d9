import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { TenantClient } from './tenant-client';

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
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
    extra: { max: Number(process.env.DB_POOL_SIZE ?? 20), options: '-c temp_buffers=64MB', Client: TenantClient },
    ...extra,
  } as DataSourceOptions;
}

/** Used by the TypeORM CLI (migration:generate and the drift check). */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'));
