/**
 * Leavers lose access (issue 10, item 1). A person's account is disabled from their exit date:
 * at once when an exit that has already come is recorded (by HR or an HRIS import), otherwise by
 * the `identity.exits` job on the day. Disabling revokes every session of the account. An exit
 * that is withdrawn or moved into the future gives back an account that only the exit disabled.
 *
 * Plain SQL over any executor (TypeORM's EntityManager or a pg client), so the people service and
 * the HRIS import apply it inside their own transaction: the exit and the lost access commit together.
 */
export type SqlRunner = (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

export type ExitAccessReport = { disabled: number; sessionsRevoked: number; reinstated: number };

/**
 * Applies exit dates to accounts of one organisation as of `today` (YYYY-MM-DD): disables the
 * accounts of people whose exit date has come, revokes their sessions, and reinstates accounts
 * disabled for an exit that no longer stands. `personIds` narrows it to those people (null: all).
 * Idempotent: a second run finds nothing to change. Audited per account, with no actor for the job.
 */
export async function applyExitsToAccounts(
  sql: SqlRunner,
  organisationId: string,
  today: string,
  actorAccountId: string | null,
  personIds: readonly string[] | null = null,
): Promise<ExitAccessReport> {
  const params = [organisationId, today, actorAccountId, personIds];
  const scope = `a.organisation_id = $1 AND ($4::uuid[] IS NULL OR a.person_id = ANY($4::uuid[]))`;
  const [disabled] = await sql(
    `WITH d AS (
       UPDATE account a SET disabled_at = now(), disabled_reason = 'EXITED'
         FROM person p
        WHERE p.id = a.person_id AND p.organisation_id = a.organisation_id AND ${scope}
          AND a.disabled_at IS NULL AND p.exit_date <= $2::date
       RETURNING a.id, to_char(p.exit_date, 'YYYY-MM-DD') AS exit_date),
     audited AS (
       INSERT INTO audit_event (organisation_id, actor_account_id, action, subject, detail)
       SELECT $1, $3::uuid, 'account.disabled', d.id::text, jsonb_build_object('reason', 'EXITED', 'exitDate', d.exit_date) FROM d
       RETURNING 1)
     SELECT (SELECT count(*) FROM d)::int AS n, (SELECT count(*) FROM audited)::int AS audited`,
    params,
  );
  // Every live session of anyone whose exit has come, whatever disabled the account first.
  const [revoked] = await sql(
    `WITH r AS (
       UPDATE session s SET revoked_at = now()
         FROM account a JOIN person p ON p.id = a.person_id AND p.organisation_id = a.organisation_id
        WHERE s.account_id = a.id AND a.organisation_id = $1 AND ($3::uuid[] IS NULL OR a.person_id = ANY($3::uuid[]))
          AND s.revoked_at IS NULL AND p.exit_date <= $2::date
       RETURNING s.id)
     SELECT count(*)::int AS n FROM r`,
    [organisationId, today, personIds],
  );
  const [reinstated] = await sql(
    `WITH e AS (
       UPDATE account a SET disabled_at = NULL, disabled_reason = NULL
         FROM person p
        WHERE p.id = a.person_id AND p.organisation_id = a.organisation_id AND ${scope}
          AND a.disabled_reason = 'EXITED' AND (p.exit_date IS NULL OR p.exit_date > $2::date)
       RETURNING a.id),
     audited AS (
       INSERT INTO audit_event (organisation_id, actor_account_id, action, subject, detail)
       SELECT $1, $3::uuid, 'account.enabled', e.id::text, jsonb_build_object('reason', 'EXIT_WITHDRAWN') FROM e
       RETURNING 1)
     SELECT (SELECT count(*) FROM e)::int AS n, (SELECT count(*) FROM audited)::int AS audited`,
    params,
  );
  return { disabled: Number(disabled.n), sessionsRevoked: Number(revoked.n), reinstated: Number(reinstated.n) };
}

export const todayUtc = (now: Date = new Date()) => now.toISOString().slice(0, 10);
