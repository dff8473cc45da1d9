import { Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
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
    const rows: Array<{ id: string; organisation_id: string }> = await this.db.query(
      // last_used_at is for the admin page; once a minute is precise enough and spares a write per request.
      `WITH t AS (SELECT id, organisation_id, last_used_at FROM scim_token WHERE token_hash = $1 AND revoked_at IS NULL),
            touched AS (UPDATE scim_token s SET last_used_at = now() FROM t
                         WHERE s.id = t.id AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute'))
       SELECT id, organisation_id FROM t`,
      [hashToken(token)],
    );
    return rows[0] ? { organisationId: rows[0].organisation_id, tokenId: rows[0].id } : null;
  }
}
