import { BadRequestException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@pulse/shared';
import type { Actor } from '../../platform/auth/actor';
import { SessionService } from '../../platform/auth/session.service';
import { AuditService } from '../audit/audit.service';
import { AccountEntity } from './entities/account.entity';
import { claimSignInAttempt } from './login-throttle';
import { verifyPassword } from './password';

export { LOGIN_LIMITS } from './login-throttle';

@Injectable()
export class IdentityService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async signIn(email: string, password: string, clientAddress: string, ttlHours: number): Promise<{ token: string; expiresAt: Date; account: AccountEntity }> {
    const normalised = email.trim().toLowerCase();
    // Counted before the password is checked: concurrent guesses cannot all slip under the limit.
    const attempt = await claimSignInAttempt(this.db, normalised, clientAddress);
    // The same e-mail may have an account in more than one organisation; the password decides.
    const candidates = await this.db.getRepository(AccountEntity).find({ where: { email: normalised }, order: { createdAt: 'ASC' }, take: 5 });
    let account: AccountEntity | null = null;
    for (const c of candidates) {
      if (!c.disabledAt && (await verifyPassword(c.passwordHash, password))) {
        account = c;
        break;
      }
    }
    if (candidates.length === 0) await verifyPassword(null, password);
    if (!account) {
      throw new UnauthorizedException('E-mail or password is wrong.');
    }
    const found = account;
    return this.db.transaction(async (em) => {
      await attempt.succeeded(em);
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
      const previousRoles = account.roles;
      account.roles = unique;
      await repo.update({ id: account.id }, { roles: unique });
      // Sessions read roles from the account on every request, so the change applies at once.
      await this.audit.record(em, actor, 'account.roles_changed', account.id, { roles: unique, previous: { roles: previousRoles } });
      return account;
    });
  }
}
