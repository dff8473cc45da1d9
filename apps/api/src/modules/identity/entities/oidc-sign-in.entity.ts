import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';

/**
 * A sign-in in flight between the redirect to the provider and its callback: the PKCE verifier and
 * nonce never leave the server; the browser holds only the state (in the URL and a cookie).
 * Used once: the callback deletes it.
 */
@Entity('oidc_sign_in')
// State first: the callback's look-up reads by state alone (ADR 0016).
@Index('oidc_sign_in_state', ['stateHash', 'organisationId'], { unique: true })
@Index('oidc_sign_in_expires', ['expiresAt'])
export class OidcSignInEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'state_hash', type: 'text' }) stateHash: string;
  @Column({ name: 'code_verifier', type: 'text' }) codeVerifier: string;
  @Column({ type: 'text' }) nonce: string;
  @Column({ name: 'redirect_uri', type: 'text' }) redirectUri: string;
  @Column({ name: 'return_to', type: 'text' }) returnTo: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
