import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';

/** An organisation's OpenID Connect provider: at most one per organisation. */
@Entity('oidc_connection')
export class OidcConnectionEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'text' }) issuer: string;
  @Column({ name: 'client_id', type: 'text' }) clientId: string;
  /**
   * Needed in clear to call the token endpoint, so it cannot be hashed; it is never returned by the
   * API (only whether one is set).
   */
  @Column({ name: 'client_secret', type: 'text' }) clientSecret: string;
  /** Lower-case domains whose users the sign-in page sends to this provider. Unique across organisations (checked by the service). */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" }) emailDomains: string[];
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @OneToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
