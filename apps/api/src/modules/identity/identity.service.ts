import { BadRequestException, HttpException, HttpStatus, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@pulse/shared';
import type { Actor } from '../../platform/auth/actor';
import { SessionService } from '../../platform/auth/session.service';
import { withOrganisation } from '../../database/tenant-context';
import { AuditService } from '../audit/audit.service';
import { AccountEntity } from './entities/account.entity';
import { verifyPassword } from './password';

/** Rate limits for sign-in, shared by every replica because they live in PostgreSQL. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perAddress: 30 };

@Injectable()
export class IdentityService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async signIn(email: string, password: string, clientAddress: string, ttlHours: number): Promise<{ token: string; expiresAt: Date; account: AccountEntity }> {
    const normalised = email.trim().toLowerCase();
    const keys = [`email:${normalised}`, `ip:${clientAddress}`];
    const counts: Array<{ key: string; n: string }> = await this.db.query(
      `SELECT key, count(*) AS n FROM login_attempt WHERE key = ANY($1) AND at > now() - make_interval(mins => $2) GROUP BY key`,
      [keys, LOGIN_LIMITS.windowMinutes],
    );
    const n = (k: string) => Number(counts.find((c) => c.key === k)?.n ?? 0);
    if (n(keys[0]) >= LOGIN_LIMITS.perEmail || n(keys[1]) >= LOGIN_LIMITS.perAddress) {
      throw new HttpException(`Too many failed sign-ins. Try again in ${LOGIN_LIMITS.windowMinutes} minutes.`, HttpStatus.TOO_MANY_REQUESTS);
    }
    // The same e-mail may have an account in more than one organisation; the password decides. The
    // organisation is not known yet, so the accounts come from the one SECURITY DEFINER look-up (ADR 0013).
    const rows: Array<{ id: string; organisation_id: string; person_id: string; email: string; password_hash: string | null; roles: string[]; disabled_at: Date | null }> =
      await this.db.query(`SELECT id, organisation_id, person_id, email, password_hash, roles, disabled_at FROM pulse_sign_in_candidates($1)`, [normalised]);
    const candidates = rows.map((r) =>
      Object.assign(new AccountEntity(), { id: r.id, organisationId: r.organisation_id, personId: r.person_id, email: r.email, passwordHash: r.password_hash, roles: r.roles, disabledAt: r.disabled_at }),
    );
    let account: AccountEntity | null = null;
    for (const c of candidates) {
      if (!c.disabledAt && (await verifyPassword(c.passwordHash, password))) {
        account = c;
        break;
      }
    }
    if (candidates.length === 0) await verifyPassword(null, password);
    if (!account) {
      await this.db.query(`INSERT INTO login_attempt (key) VALUES ($1), ($2)`, keys);
      throw new UnauthorizedException('E-mail or password is wrong.');
    }
    const found = account;
    return withOrganisation(found.organisationId, () => this.db.transaction(async (em) => {
      await em.query(`DELETE FROM login_attempt WHERE key = $1`, [keys[0]]);
      const { token, expiresAt } = await this.sessions.create(em, found.id, found.organisationId, ttlHours);
      await this.audit.record(em, { organisationId: found.organisationId, accountId: found.id }, 'account.signed_in', found.id);
      return { token, expiresAt, account: found };
    }));
  }

  async account(actor: Actor): Promise<AccountEntity> {
    const a = await this.db.getRepository(AccountEntity).findOneBy({ id: actor.accountId, organisationId: actor.organisationId });
    if (!a) throw new UnauthorizedException('Sign in first.');
    return a;
  }

  listAccounts(actor: Actor): Promise<AccountEntity[]> {
    return this.db.getRepository(AccountEntity).find({ where: { organisationId: actor.organisationId }, order: { email: 'ASC' } });
  }

  async setRoles(actor: Actor, accountId: string, roles: Role[]): Promise<AccountEntity> {
    const unique = [...new Set<Role>(['AGENT', ...roles])].sort();
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(AccountEntity);
      const account = await repo.findOne({ where: { id: accountId, organisationId: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new NotFoundException('No account with that id.');
      if (account.roles.includes('ADMIN') && !unique.includes('ADMIN')) {
        const [{ n }] = await em.query(`SELECT count(*) AS n FROM account WHERE organisation_id = $1 AND 'ADMIN' = ANY(roles) AND disabled_at IS NULL`, [actor.organisationId]);
        if (Number(n) <= 1) throw new BadRequestException('An organisation needs at least one admin; give someone else ADMIN first.');
      }
      account.roles = unique;
      await repo.update({ id: account.id }, { roles: unique });
      // Sessions read roles from the account on every request, so the change applies at once.
      await this.audit.record(em, actor, 'account.roles_changed', account.id, { roles: unique });
      return account;
    });
  }
}
