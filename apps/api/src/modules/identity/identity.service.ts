import { BadRequestException, Injectable, NotFoundException, UnauthorizedException, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../platform/jobs/job-queue';
import { DataSource } from 'typeorm';
import type { Role } from '@pulse/shared';
import type { Actor } from '../../platform/auth/actor';
import { SessionService } from '../../platform/auth/session.service';
import { AuditService } from '../audit/audit.service';
import { AccountEntity } from './entities/account.entity';
import { claimSignInAttempt } from './login-throttle';
import { applyExitsToAccounts, todayUtc } from './account-access';
import { hashPassword, needsRehash, verifyPassword } from './password';

/** Today's date in UTC, the day exit dates are compared with everywhere. */
export const TODAY_UTC = `(now() AT TIME ZONE 'UTC')::date`;

export type AccountRow = AccountEntity & { exitDate: string | null };

export { LOGIN_LIMITS } from './login-throttle';

export const IDENTITY_EXITS_JOB = 'identity.exits';

@Injectable()
export class IdentityService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    // Hourly, so an exit dated today takes effect within the hour after midnight UTC; sign-in and
    // every request already refuse an exited person from midnight on.
    this.jobs.register({ name: IDENTITY_EXITS_JOB, cron: '7 * * * *', handler: async () => void (await this.applyDueExits(todayUtc())) });
  }

  async signIn(email: string, password: string, clientAddress: string, ttlHours: number): Promise<{ token: string; expiresAt: Date; account: AccountEntity }> {
    const normalised = email.trim().toLowerCase();
    // Counted before the password is checked: concurrent guesses cannot all slip under the limit.
    const attempt = await claimSignInAttempt(this.db, normalised, clientAddress);
    // The same e-mail may have an account in more than one organisation; the password decides.
    // Disabled and exited accounts are verified like any other and then refused with the same
    // message, so neither the answer nor its timing tells that the account exists.
    const candidates: Array<AccountEntity & { exited: boolean }> = await this.db.query(
      `SELECT a.id, a.organisation_id AS "organisationId", a.person_id AS "personId", a.email, a.password_hash AS "passwordHash",
              a.roles, a.disabled_at AS "disabledAt", a.disabled_reason AS "disabledReason", a.created_at AS "createdAt",
              coalesce(p.exit_date <= ${TODAY_UTC}, false) AS exited
         FROM account a JOIN person p ON p.id = a.person_id
        WHERE a.email = $1 ORDER BY a.created_at LIMIT 5`,
      [normalised],
    );
    let account: AccountEntity | null = null;
    for (const c of candidates) {
      if ((await verifyPassword(c.passwordHash, password)) && !c.disabledAt && !c.exited) {
        account = c;
        break;
      }
    }
    if (candidates.length === 0) await verifyPassword(null, password);
    if (!account) {
      throw new UnauthorizedException('E-mail or password is wrong.');
    }
    const found = account;
    // Hashes made with other parameters (an older release, another tool) are replaced now that the
    // password is known, so every account ends up costing what the dummy hash costs.
    const upgraded = found.passwordHash && needsRehash(found.passwordHash) ? await hashPassword(password) : null;
    return this.db.transaction(async (em) => {
      await attempt.succeeded(em);
      if (upgraded) await em.query(`UPDATE account SET password_hash = $2 WHERE id = $1 AND password_hash = $3`, [found.id, upgraded, found.passwordHash]);
      const { token, expiresAt } = await this.sessions.create(em, found.id, found.organisationId, ttlHours);
      await this.audit.record(em, { organisationId: found.organisationId, accountId: found.id }, 'account.signed_in', found.id);
      return { token, expiresAt, account: found };
    });
  }

  async account(actor: Actor): Promise<AccountEntity> {
    const a = await this.db.getRepository(AccountEntity).findOneBy({ id: actor.accountId, organisationId: actor.organisationId });
    if (!a) throw new UnauthorizedException('Sign in first.');
    return a;
  }

  /** The organisation's accounts with their person's exit date, which decides whether they can sign in. */
  listAccounts(actor: Actor, accountId?: string, em = this.db.manager): Promise<AccountRow[]> {
    return em.query(
      `SELECT a.id, a.organisation_id AS "organisationId", a.person_id AS "personId", a.email, a.password_hash AS "passwordHash",
              a.roles, a.disabled_at AS "disabledAt", a.disabled_reason AS "disabledReason", a.created_at AS "createdAt",
              to_char(p.exit_date, 'YYYY-MM-DD') AS "exitDate"
         FROM account a JOIN person p ON p.id = a.person_id
        WHERE a.organisation_id = $1 AND ($2::uuid IS NULL OR a.id = $2::uuid)
        ORDER BY a.email`,
      [actor.organisationId, accountId ?? null],
    );
  }

  /** Stops an account from signing in and ends its sessions at once. The last admin cannot be disabled. */
  async disableAccount(actor: Actor, accountId: string): Promise<AccountRow> {
    return this.db.transaction(async (em) => {
      const account = await em.getRepository(AccountEntity).findOne({ where: { id: accountId, organisationId: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new NotFoundException('No account with that id.');
      if (account.id === actor.accountId) throw new BadRequestException('You cannot disable your own account.');
      if (!account.disabledAt) {
        if (account.roles.includes('ADMIN')) {
          const [{ n }] = await em.query(`SELECT count(*) AS n FROM account WHERE organisation_id = $1 AND 'ADMIN' = ANY(roles) AND disabled_at IS NULL`, [actor.organisationId]);
          if (Number(n) <= 1) throw new BadRequestException('An organisation needs at least one admin; give someone else ADMIN first.');
        }
        await em.query(`UPDATE account SET disabled_at = now(), disabled_reason = 'DISABLED_BY_ADMIN' WHERE id = $1`, [account.id]);
        await em.query(`UPDATE session SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [account.id]);
        await this.audit.record(em, actor, 'account.disabled', account.id, { reason: 'DISABLED_BY_ADMIN' });
      }
      return (await this.listAccounts(actor, account.id, em))[0];
    });
  }

  /** Lets an account sign in again; refused while the person's exit date has passed. */
  async enableAccount(actor: Actor, accountId: string): Promise<AccountRow> {
    return this.db.transaction(async (em) => {
      const account = await em.getRepository(AccountEntity).findOne({ where: { id: accountId, organisationId: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new NotFoundException('No account with that id.');
      const [row] = await this.listAccounts(actor, account.id, em);
      if (row.exitDate && row.exitDate <= todayUtc()) {
        throw new BadRequestException(`This person left on ${row.exitDate}; correct the exit date in their HR record to give the account back.`);
      }
      if (account.disabledAt) {
        await em.query(`UPDATE account SET disabled_at = NULL, disabled_reason = NULL WHERE id = $1`, [account.id]);
        await this.audit.record(em, actor, 'account.enabled', account.id, { previousReason: account.disabledReason });
      }
      return (await this.listAccounts(actor, account.id, em))[0];
    });
  }

  /**
   * The scheduled part of "leavers lose access": every organisation's accounts as of `today`. Run by
   * the `identity.exits` job; one transaction per organisation, idempotent, safe on every replica.
   */
  async applyDueExits(today: string): Promise<{ disabled: number; sessionsRevoked: number; reinstated: number }> {
    const orgs: Array<{ id: string }> = await this.db.query(`SELECT id FROM organisation ORDER BY id`);
    const total = { disabled: 0, sessionsRevoked: 0, reinstated: 0 };
    for (const { id } of orgs) {
      const r = await this.db.transaction((em) => applyExitsToAccounts((q, p) => em.query(q, p), id, today, null));
      total.disabled += r.disabled;
      total.sessionsRevoked += r.sessionsRevoked;
      total.reinstated += r.reinstated;
    }
    return total;
  }

  async setRoles(actor: Actor, accountId: string, roles: Role[]): Promise<AccountRow> {
    const unique = [...new Set<Role>(['AGENT', ...roles])].sort();
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(AccountEntity);
      const account = await repo.findOne({ where: { id: accountId, organisationId: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new NotFoundException('No account with that id.');
      if (account.roles.includes('ADMIN') && !unique.includes('ADMIN')) {
        const [{ n }] = await em.query(`SELECT count(*) AS n FROM account WHERE organisation_id = $1 AND 'ADMIN' = ANY(roles) AND disabled_at IS NULL`, [actor.organisationId]);
        if (Number(n) <= 1) throw new BadRequestException('An organisation needs at least one admin; give someone else ADMIN first.');
      }
      const previousRoles = account.roles;
      account.roles = unique;
      await repo.update({ id: account.id }, { roles: unique });
      // Sessions read roles from the account on every request, so the change applies at once.
      await this.audit.record(em, actor, 'account.roles_changed', account.id, { roles: unique, previous: { roles: previousRoles } });
      return (await this.listAccounts(actor, account.id, em))[0];
    });
  }
}
