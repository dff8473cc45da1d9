import { Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { withOrganisation } from '../../../database/tenant-context';
import type { Actor } from '../../../platform/auth/actor';
import { hashToken } from '../../../platform/auth/session.service';
import { AuditService } from '../../audit/audit.service';
import { ScimTokenEntity } from '../entities/scim-token.entity';

/** Who is calling SCIM: one organisation, through one token. */
export type ScimCaller = { organisationId: string; tokenId: string };

/** Prefix that lets secret scanners recognise a leaked token. */
const TOKEN_PREFIX = 'pp_scim_';

@Injectable()
export class ScimTokenService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor): Promise<ScimTokenEntity[]> {
    return this.db.getRepository(ScimTokenEntity).find({ where: { organisationId: actor.organisationId }, order: { createdAt: 'DESC' } });
  }

  /** A random 32-byte token; only its SHA-256 is stored, so this is the one time anyone sees it. */
  async create(actor: Actor, name: string): Promise<{ token: string; entity: ScimTokenEntity }> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    return this.db.transaction(async (em) => {
      const entity = await em.getRepository(ScimTokenEntity).save(
        em.getRepository(ScimTokenEntity).create({ organisationId: actor.organisationId, name, tokenHash: hashToken(token), createdByAccountId: actor.accountId }),
      );
      await this.audit.record(em, actor, 'scim_token.created', entity.id, { name });
      return { token, entity };
    });
  }

  async revoke(actor: Actor, id: string): Promise<ScimTokenEntity> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(ScimTokenEntity);
      const entity = await repo.findOne({ where: { id, organisationId: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw new NotFoundException('No SCIM token with that id.');
      if (!entity.revokedAt) {
        entity.revokedAt = new Date();
        await repo.update({ id }, { revokedAt: entity.revokedAt });
        await this.audit.record(em, actor, 'scim_token.revoked', id, { name: entity.name });
      }
      return entity;
    });
  }

  /** The organisation behind a bearer token, or null when it is unknown or revoked. */
  async resolve(token: string): Promise<ScimCaller | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
    // Before the organisation is known: the one SECURITY DEFINER look-up of SCIM tokens (ADR 0013).
    const rows: Array<{ token_id: string; organisation_id: string }> = await this.db.query(`SELECT token_id, organisation_id FROM pulse_scim_token_caller($1)`, [hashToken(token)]);
    const found = rows[0];
    if (!found) return null;
    // last_used_at is for the admin page; once a minute is precise enough and spares a write per request.
    await withOrganisation(found.organisation_id, () =>
      this.db.query(`UPDATE scim_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [found.token_id]),
    );
    return { organisationId: found.organisation_id, tokenId: found.token_id };
  }
}
