import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { AuditEventEntity } from './entities/audit-event.entity';

@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /**
   * Written in the caller's transaction: the audit row exists exactly when the change does. A null
   * account is the system or an integration (SCIM); the detail says which.
   */
  async record(em: EntityManager, actor: { organisationId: string; accountId: string | null }, action: string, subject: string | null, detail: Record<string, unknown> = {}) {
    await em.query(
      `INSERT INTO audit_event (organisation_id, actor_account_id, action, subject, detail) VALUES ($1, $2, $3, $4, $5)`,
      [actor.organisationId, actor.accountId, action, subject, JSON.stringify(detail)],
    );
  }

  list(actor: Actor, first: number): Promise<AuditEventEntity[]> {
    return this.db.getRepository(AuditEventEntity).find({ where: { organisationId: actor.organisationId }, order: { at: 'DESC', id: 'DESC' }, take: first });
  }
}
