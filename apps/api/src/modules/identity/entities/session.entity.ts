import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from './account.entity';

/** Server-side sessions: the cookie holds a random token, the database only its SHA-256, so sign-out revokes. */
@Entity('session')
// Token first: the look-up before the organisation is known reads by token alone (ADR 0016).
@Index('session_token', ['tokenHash', 'organisationId'], { unique: true })
@Index('session_account', ['accountId'])
@ForeignKey(() => AccountEntity, ['organisationId', 'accountId'], ['organisationId', 'id'], { name: 'session_account_same_organisation', onDelete: 'CASCADE' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
