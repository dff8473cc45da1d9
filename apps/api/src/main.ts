import 'reflect-metadata';
import { createApp } from './bootstrap';
import { runMigrations } from './database/migrate';
import { startEmbeddedPostgres, type RunningPostgres } from './database/embedded-postgres';
import { seedIfEmpty } from './database/demo-seed';
import { loadConfig } from './platform/config';
import { createLogger } from './platform/logging/logger';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let embedded: RunningPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, log);
    databaseUrl = embedded.url;
  }
  const stopDatabase = async () => {
    if (embedded) await embedded.stop().catch((e) => log.error({ err: e }, 'stopping embedded PostgreSQL failed'));
    embedded = null;
  };
  try {
    const applied = await runMigrations(databaseUrl);
    if (applied.length) log.info({ applied }, 'migrations applied');
    if (config.demoSeed === 'auto') await seedIfEmpty(databaseUrl, log);
    const app = await createApp({ config, log, databaseUrl, schemaFile: config.production ? false : undefined });
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      log.info({ signal }, 'shutting down: finishing in-flight requests');
      // Nest closes Fastify (in-flight requests finish, their transactions commit or roll back), then TypeORM.
      await app.close();
      await stopDatabase();
      log.info('stopped');
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
    await app.listen({ port: config.port, host: config.host });
    log.info({ port: config.port, ms: Date.now() - started }, `Pulse & Path is ready on http://localhost:${config.port}`);
  } catch (e) {
    log.fatal({ err: e }, 'start-up failed');
    await stopDatabase();
    process.exit(1);
  }
}

void main();
