import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';
import { AccountEntity } from './account.entity';

/** A bearer token an identity provider uses for SCIM provisioning; only its SHA-256 is kept (shown once on creation). */
@Entity('scim_token')
// Token first: the bearer look-up reads by token alone (ADR 0016).
@Index('scim_token_hash', ['tokenHash', 'organisationId'], { unique: true })
@Index('scim_token_org', ['organisationId'])
// The creating admin is an account of the same organisation (ADR 0013); deleting it keeps the token
// (the deleting code clears the column: Citus allows no SET NULL on a key with organisation_id, ADR 0016).
@ForeignKey(() => AccountEntity, ['organisationId', 'createdByAccountId'], ['organisationId', 'id'], { name: 'scim_token_created_by_same_organisation', onDelete: 'NO ACTION' })
export class ScimTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true }) createdByAccountId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
