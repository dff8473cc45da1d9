import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/entities/person.entity';

export type AccountDisabledReason = 'DISABLED_BY_ADMIN' | 'EXITED';

@Entity('account')
@Index('account_org_email', ['organisationId', 'email'], { unique: true })
@Index('account_person', ['organisationId', 'personId'], { unique: true })
@Index('account_email', ['email'])
@Check('account_disabled_reason', `("disabled_at" IS NULL AND "disabled_reason" IS NULL) OR ("disabled_at" IS NOT NULL AND "disabled_reason" IN ('DISABLED_BY_ADMIN','EXITED'))`)
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'account_person_same_organisation', onDelete: 'CASCADE' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  /** Lower-case, unique per organisation; sign-in tries each organisation's account with that e-mail. */
  @Column({ type: 'text' }) email: string;
  /** argon2id hash; null until a password is set. */
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash: string | null;
  @Column({ type: 'text', array: true, default: () => "'{AGENT}'" }) roles: string[];
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt: Date | null;
  /** Why the account cannot sign in: an admin disabled it, or the person's exit date came. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true }) disabledReason: AccountDisabledReason | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
