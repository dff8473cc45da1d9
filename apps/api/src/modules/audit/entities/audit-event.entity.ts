import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';

@Entity('audit_event')
@Index('audit_event_org_at', ['organisationId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true }) actorAccountId: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text', nullable: true }) subject: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) detail: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
