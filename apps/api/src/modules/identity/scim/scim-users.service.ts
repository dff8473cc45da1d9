import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { applyScimPatch, parseScimFilter, ScimError, scimUserFromResource, type ScimUserFields } from '@pulse/domain-identity';
import { AuditService } from '../../audit/audit.service';
import { clearAccountReferences } from '../account-references';
import type { ScimCaller } from './scim-token.service';

/** A SCIM User is an account (identity) with its person's names; ids are account ids. */
export type ScimUserRow = {
  id: string;
  email: string;
  disabled_at: Date | null;
  created_at: Date;
  hris_id: string;
  first_name: string;
  last_name: string;
  job_title: string | null;
  updated_at: Date;
};

const SELECT_USER = `SELECT a.id, a.email, a.disabled_at, a.created_at, p.hris_id, p.first_name, p.last_name, p.job_title, p.updated_at
                       FROM account a JOIN person p ON p.id = a.person_id AND p.organisation_id = a.organisation_id`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fieldsOf(row: ScimUserRow): ScimUserFields {
  return { userName: row.email, externalId: row.hris_id, givenName: row.first_name, familyName: row.last_name, title: row.job_title, active: !row.disabled_at };
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === '23505';
}

/**
 * SCIM provisioning of accounts. Creating a user creates a person with the identity fields the
 * provider knows (the HRIS import, keyed by externalId = hris_id, completes team, work mode and
 * the rest) and an AGENT account without a password: they sign in with single sign-on.
 * `active: false` disables the account and revokes its sessions at once.
 */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private system(caller: ScimCaller) {
    return { organisationId: caller.organisationId, accountId: null };
  }

  private async load(em: EntityManager, caller: ScimCaller, id: string, lock = false): Promise<ScimUserRow> {
    if (!UUID.test(id)) throw new ScimError(404, `No user ${id}.`);
    const rows: ScimUserRow[] = await em.query(`${SELECT_USER} WHERE a.organisation_id = $1 AND a.id = $2${lock ? ' FOR UPDATE OF a, p' : ''}`, [caller.organisationId, id]);
    if (!rows[0]) throw new ScimError(404, `No user ${id}.`);
    return rows[0];
  }

  get(caller: ScimCaller, id: string): Promise<ScimUserRow> {
    return this.load(this.db.manager, caller, id);
  }

  async list(caller: ScimCaller, filter: string | undefined, offset: number, limit: number): Promise<{ total: number; rows: ScimUserRow[] }> {
    const where = ['a.organisation_id = $1'];
    const params: unknown[] = [caller.organisationId];
    if (filter !== undefined) {
      const f = parseScimFilter(filter);
      params.push(f.attribute === 'userName' ? f.value.trim().toLowerCase() : f.value);
      where.push(f.attribute === 'userName' ? `a.email = $2` : `p.hris_id = $2`);
    }
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM account a JOIN person p ON p.id = a.person_id WHERE ${where.join(' AND ')}`, params);
    const rows: ScimUserRow[] =
      limit === 0 ? [] : await this.db.query(`${SELECT_USER} WHERE ${where.join(' AND ')} ORDER BY a.created_at, a.id OFFSET ${offset} LIMIT ${limit}`, params);
    return { total: n, rows };
  }

  async create(caller: ScimCaller, body: unknown): Promise<ScimUserRow> {
    const user = scimUserFromResource(body);
    try {
      return await this.db.transaction(async (em) => {
        const org = caller.organisationId;
        const taken = await em.query(`SELECT 1 FROM account WHERE organisation_id = $1 AND email = $2`, [org, user.userName]);
        if (taken.length) throw new ScimError(409, `A user with userName ${user.userName} already exists.`, 'uniqueness');
        // A person the HRIS import created without an account (rare) is linked, not duplicated.
        const existing: Array<{ id: string; hris_id: string }> = await em.query(`SELECT id, hris_id FROM person WHERE organisation_id = $1 AND email = $2`, [org, user.userName]);
        let personId: string;
        if (existing[0]) {
          if (user.externalId && user.externalId !== existing[0].hris_id) throw new ScimError(409, `${user.userName} belongs to a person with another externalId.`, 'uniqueness');
          personId = existing[0].id;
          await em.query(`UPDATE person SET first_name = $2, last_name = $3, job_title = coalesce($4, job_title), updated_at = now() WHERE id = $1`, [personId, user.givenName, user.familyName, user.title]);
        } else {
          const hrisId = user.externalId ?? `scim-${randomBytes(8).toString('hex')}`;
          // Work mode, time zone and hire date are not SCIM attributes: neutral defaults until the HRIS import sets them.
          personId = (
            await em.query(
              `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, job_title, work_mode, time_zone, language, hire_date)
               VALUES ($1, $2, $3, $4, $5, $6, 'OFFICE', 'UTC', 'en', current_date) RETURNING id`,
              [org, hrisId, user.userName, user.givenName, user.familyName, user.title],
            )
          )[0].id;
          await em.query(`INSERT INTO work_mode_change (organisation_id, person_id, work_mode, effective_from) VALUES ($1, $2, 'OFFICE', current_date)`, [org, personId]);
        }
        const [{ id }] = await em.query(
          `INSERT INTO account (organisation_id, person_id, email, roles, disabled_at) VALUES ($1, $2, $3, '{AGENT}', CASE WHEN $4 THEN NULL ELSE now() END) RETURNING id`,
          [org, personId, user.userName, user.active],
        );
        await this.audit.record(em, this.system(caller), 'account.provisioned', id, { via: 'scim', tokenId: caller.tokenId, active: user.active });
        return this.load(em, caller, id);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ScimError(409, 'userName or externalId is already used by another user.', 'uniqueness');
      throw e;
    }
  }

  replace(caller: ScimCaller, id: string, body: unknown): Promise<ScimUserRow> {
    const next = scimUserFromResource(body);
    // hris_id is required on a person: a PUT without externalId keeps the one it has.
    return this.update(caller, id, (current) => ({ ...next, externalId: next.externalId ?? current.externalId }));
  }

  patch(caller: ScimCaller, id: string, body: unknown): Promise<ScimUserRow> {
    return this.update(caller, id, (current) => applyScimPatch(current, body));
  }

  private async update(caller: ScimCaller, id: string, change: (current: ScimUserFields) => ScimUserFields): Promise<ScimUserRow> {
    try {
      return await this.db.transaction(async (em) => {
        const row = await this.load(em, caller, id, true);
        const before = fieldsOf(row);
        const after = change(before);
        if (after.userName !== before.userName || after.externalId !== before.externalId || after.givenName !== before.givenName || after.familyName !== before.familyName || after.title !== before.title) {
          await em.query(`UPDATE account SET email = $2 WHERE id = $1`, [id, after.userName]);
          await em.query(
            `UPDATE person SET email = $2, hris_id = coalesce($3, hris_id), first_name = $4, last_name = $5, job_title = $6, updated_at = now()
              WHERE id = (SELECT person_id FROM account WHERE id = $1)`,
            [id, after.userName, after.externalId, after.givenName, after.familyName, after.title],
          );
          await this.audit.record(em, this.system(caller), 'account.updated', id, { via: 'scim', tokenId: caller.tokenId });
        }
        if (after.active !== before.active) await this.setActive(em, caller, id, after.active);
        return this.load(em, caller, id);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ScimError(409, 'userName or externalId is already used by another user.', 'uniqueness');
      throw e;
    }
  }

  /** Deprovisioning deletes the account (and with it every session); the person stays, as HR's record. */
  async delete(caller: ScimCaller, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.load(em, caller, id, true);
      await this.refuseLastAdmin(em, caller, id);
      await clearAccountReferences(em, caller.organisationId, `SELECT $2::uuid`, [id]);
      await em.query(`DELETE FROM account WHERE id = $1 AND organisation_id = $2`, [id, caller.organisationId]);
      await this.audit.record(em, this.system(caller), 'account.deprovisioned', id, { via: 'scim', tokenId: caller.tokenId });
    });
  }

  private async setActive(em: EntityManager, caller: ScimCaller, id: string, active: boolean): Promise<void> {
    if (active) {
      await em.query(`UPDATE account SET disabled_at = NULL WHERE id = $1`, [id]);
      await this.audit.record(em, this.system(caller), 'account.enabled', id, { via: 'scim', tokenId: caller.tokenId });
      return;
    }
    await this.refuseLastAdmin(em, caller, id);
    await em.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [id]);
    // The session lookup already refuses disabled accounts; revoking as well means re-enabling does not bring old sessions back.
    await em.query(`UPDATE session SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [id]);
    await this.audit.record(em, this.system(caller), 'account.disabled', id, { via: 'scim', tokenId: caller.tokenId });
  }

  /** An identity provider must not lock an organisation out of its own settings (same rule as setAccountRoles). */
  private async refuseLastAdmin(em: EntityManager, caller: ScimCaller, id: string): Promise<void> {
    const [{ others, is_admin }] = await em.query(
      `SELECT count(*) FILTER (WHERE id <> $2 AND disabled_at IS NULL AND 'ADMIN' = ANY(roles))::int AS others,
              bool_or(id = $2 AND 'ADMIN' = ANY(roles)) AS is_admin
         FROM account WHERE organisation_id = $1`,
      [caller.organisationId, id],
    );
    if (is_admin && others === 0) throw new ScimError(409, 'This is the organisation\'s last active admin; give someone else ADMIN first.', 'mutability');
  }
}
