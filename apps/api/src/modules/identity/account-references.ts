import type { EntityManager } from 'typeorm';

/**
 * Rows that name an account only to say who did something: they outlive the account with the
 * column cleared. The database used to do this (`ON DELETE SET NULL (x)`); Citus refuses SET NULL on
 * a foreign key holding the distribution column, so the keys are NO ACTION and every statement
 * deleting accounts calls this first, in its transaction (ADR 0016). A forgotten call fails the
 * delete loudly (23503) rather than losing a row.
 */
export const ACCOUNT_REFERENCES: ReadonlyArray<{ table: string; column: string }> = [
  { table: 'scim_token', column: 'created_by_account_id' },
  { table: 'career_ladder_version', column: 'published_by_account_id' },
  { table: 'career_level_change', column: 'decided_by_account_id' },
];

/** Clears the references to the accounts `accountsSql` selects (a query of one organisation's account ids, parameters $1 = organisation, $2 …). */
export async function clearAccountReferences(em: EntityManager, organisationId: string, accountsSql: string, params: unknown[]): Promise<void> {
  for (const r of ACCOUNT_REFERENCES) {
    await em.query(`UPDATE ${r.table} SET ${r.column} = NULL WHERE organisation_id = $1 AND ${r.column} IN (${accountsSql})`, [organisationId, ...params]);
  }
}
