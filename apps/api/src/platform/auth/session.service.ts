import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@pulse/shared';
import { preparedQuery } from '../../database/prepared';
import { StatementBatcher } from '../../database/statement-batcher';
import { type Actor, makeActor } from './actor';

export const SESSION_COOKIE = 'pp_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

type SessionRow = { session_id: string; account_id: string; person_id: string; organisation_id: string; roles: Role[] };

@Injectable()
export class SessionService {
  private readonly lookups = new StatementBatcher<string, SessionRow | null>((hashes) => this.lookup(hashes));

  constructor(private readonly db: DataSource) {}

  async create(em: EntityManager, accountId: string, organisationId: string, ttlHours: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
    await em.query(
      `INSERT INTO session (organisation_id, account_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [organisationId, accountId, hashToken(token), expiresAt],
    );
    return { token, expiresAt };
  }

  /**
   * The actor behind a session token, or null when it is unknown, expired, revoked or disabled, or
   * the person's exit date has come (from midnight UTC, before the hourly job revokes the session).
   */
  async resolve(token: string): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const r = await this.lookups.run(hashToken(token));
    return r ? makeActor({ sessionId: r.session_id, accountId: r.account_id, personId: r.person_id, organisationId: r.organisation_id, roles: r.roles }) : null;
  }

  /** Sessions behind many token hashes in one statement: every request starts here, so under load they share it. */
  private async lookup(hashes: readonly string[]): Promise<Array<SessionRow | null>> {
    const rows = await preparedQuery<SessionRow & { token_hash: string }>(
      this.db,
      'session-resolve',
      // Before the organisation is known: the one SECURITY DEFINER look-up of sessions (ADR 0013),
      // which also refuses disabled accounts and people whose exit date has come.
      `SELECT token_hash, session_id, account_id, person_id, organisation_id, roles FROM pulse_session_actors($1)`,
      [hashes],
    );
    const byHash = new Map(rows.map((r) => [r.token_hash, r]));
    return hashes.map((h) => byHash.get(h) ?? null);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }
}
