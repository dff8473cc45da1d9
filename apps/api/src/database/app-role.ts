import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** The role the API serves requests as (created by the migration IsolateTenantsInTheDatabase, ADR 0013). */
export const APP_ROLE = 'pulse_app';

function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * The connection string the API serves requests with, never the owner's:
 * - APP_DATABASE_URL when it is configured (a role the operator created; see README);
 * - otherwise `pulse_app` on the owner's server and database, with a password derived from the
 *   owner's credentials (every replica with the same DATABASE_URL derives the same one, and it is as
 *   secret as they are), set by the owner when it does not work yet.
 * Refuses a role that could bypass row-level security: isolation would silently be off.
 */
export async function appDatabaseUrl(ownerUrl: string, configured: string | null): Promise<string> {
  const url = configured ?? (await ensureAppLogin(ownerUrl));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    if (rows[0]?.rolsuper || rows[0]?.rolbypassrls) {
      throw new Error('APP_DATABASE_URL must name a role without SUPERUSER and BYPASSRLS (row-level security would not apply to it).');
    }
  } finally {
    await client.end();
  }
  return url;
}

async function ensureAppLogin(ownerUrl: string): Promise<string> {
  const owner = new URL(ownerUrl);
  const password = createHash('sha256')
    .update(`pulse_app\0${decodeURIComponent(owner.username)}\0${decodeURIComponent(owner.password)}\0${owner.host}`)
    .digest('base64url');
  const url = withCredentials(ownerUrl, APP_ROLE, password);
  if (await canConnect(url)) return url;
  const admin = new Client({ connectionString: ownerUrl });
  await admin.connect();
  try {
    // Several processes may start at once (replicas, test files): one changes the role at a time.
    await admin.query('BEGIN');
    await admin.query('SELECT pg_advisory_xact_lock(727276)');
    // The password is base64url: no quote can occur in it.
    await admin.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${password}'`);
    await admin.query('COMMIT');
  } catch (e) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await admin.end();
  }
  return url;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
