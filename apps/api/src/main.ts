import 'reflect-metadata';
import { createApp } from './bootstrap';
import { runMigrations } from './database/migrate';
import { EmbeddedPostgresRefused, startEmbeddedPostgres, type RunningPostgres } from './database/embedded-postgres';
import { seedIfEmpty } from './database/demo-seed';
import { loadConfig } from './platform/config';
import { createLogger } from './platform/logging/logger';

/** How long SIGTERM/SIGINT waits for in-flight requests before the process exits anyway. */
const DRAIN_MS = 20_000;
/** With the database gone nothing in flight can finish; exit well inside a supervisor's 10 s grace. */
const DRAIN_WITHOUT_DATABASE_MS = 4_000;

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let embedded: RunningPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  try {
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres(config.dataDir, log);
      databaseUrl = embedded.url;
    }
  } catch (e) {
    if (!(e instanceof EmbeddedPostgresRefused)) throw e;
    // Something the operator must fix (the folder or port is in use): one line, no stack trace.
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
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
    let databaseGone = false;
    // Order matters: stop accepting and drain the in-flight requests (their transactions commit or roll
    // back), close the pools, and only then stop the embedded PostgreSQL they were using.
    const shutdown = async (reason: string, exitCode: number) => {
      if (closing) return;
      closing = true;
      const bound = databaseGone ? DRAIN_WITHOUT_DATABASE_MS : DRAIN_MS;
      log.info({ reason, drainMs: bound }, 'shutting down: finishing in-flight requests');
      const drained = await Promise.race([
        app.close().then(() => true, (e: unknown) => (log.error({ err: e }, 'closing the app failed'), true)),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), bound).unref()),
      ]);
      if (!drained) log.warn({ drainMs: bound }, 'requests still running after the drain bound; stopping anyway');
      await stopDatabase();
      log.info('stopped');
      process.exit(exitCode);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
    process.once('SIGINT', () => void shutdown('SIGINT', 0));
    // ADR 0015: a dead embedded database ends the process (non-zero) so the supervisor restarts the whole
    // service through the same start-up path that clears what the crash left behind.
    embedded?.onUnexpectedExit((detail) => {
      databaseGone = true;
      log.fatal({ detail }, 'the embedded PostgreSQL stopped unexpectedly; exiting so the service can be restarted');
      void shutdown('embedded PostgreSQL stopped', 1);
    });
    await app.listen({ port: config.port, host: config.host });
    log.info({ port: config.port, ms: Date.now() - started }, `Pulse & Path is ready on http://localhost:${config.port}`);
  } catch (e) {
    log.fatal({ err: e }, 'start-up failed');
    await stopDatabase();
    process.exit(1);
  }
}

void main();
