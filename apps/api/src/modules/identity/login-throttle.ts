import { HttpException, HttpStatus } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

/** Rate limits for sign-in, shared by every replica because they live in PostgreSQL. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perAddress: 30 };

export type SignInAttempt = {
  /** A correct password: the e-mail's failures are forgiven and this attempt no longer counts against the address. */
  succeeded(em: EntityManager): Promise<void>;
};

/**
 * Counts a sign-in attempt before its password is checked, then decides on the count that includes it.
 * The insert commits before the count is read, so of any number of concurrent attempts (on any replica)
 * the k-th to commit sees at least k rows: at most `perEmail` of them ever reach the password check.
 * A refused attempt removes its own row again (the table does not grow under a flood); that keeps the
 * bound, because rows of attempts that were let through are never removed by a refusal.
 */
export async function claimSignInAttempt(db: DataSource, email: string, clientAddress: string): Promise<SignInAttempt> {
  const emailKey = `email:${email}`;
  const addressKey = `ip:${clientAddress}`;
  const inserted: Array<{ id: string; key: string }> = await db.query(`INSERT INTO login_attempt (key) VALUES ($1), ($2) RETURNING id, key`, [emailKey, addressKey]);
  const ids = inserted.map((r) => r.id);
  const counts: Array<{ key: string; n: string }> = await db.query(
    `SELECT key, count(*) AS n FROM login_attempt WHERE key = ANY($1) AND at > now() - make_interval(mins => $2) GROUP BY key`,
    [[emailKey, addressKey], LOGIN_LIMITS.windowMinutes],
  );
  const n = (k: string) => Number(counts.find((c) => c.key === k)?.n ?? 0);
  if (n(emailKey) > LOGIN_LIMITS.perEmail || n(addressKey) > LOGIN_LIMITS.perAddress) {
    await db.query(`DELETE FROM login_attempt WHERE id = ANY($1)`, [ids]);
    throw new HttpException(`Too many failed sign-ins. Try again in ${LOGIN_LIMITS.windowMinutes} minutes.`, HttpStatus.TOO_MANY_REQUESTS);
  }
  const addressRow = inserted.find((r) => r.key === addressKey)!.id;
  return {
    async succeeded(em) {
      await em.query(`DELETE FROM login_attempt WHERE key = $1 OR id = $2`, [emailKey, addressRow]);
    },
  };
}
