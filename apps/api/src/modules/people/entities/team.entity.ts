import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';
import { PersonEntity } from './person.entity';

@Entity('team')
@Index('team_org_path', ['organisationId', 'path'], { unique: true })
@Index('team_org_parent', ['organisationId', 'parentId'])
@ForeignKey(() => TeamEntity, ['organisationId', 'parentId'], ['organisationId', 'id'], { name: 'team_parent_same_organisation', onDelete: 'RESTRICT' })
@ForeignKey(() => PersonEntity, ['organisationId', 'leadId'], ['organisationId', 'id'], { name: 'team_lead_same_organisation', onDelete: 'NO ACTION' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) name: string;
  /** Full path such as "Support / EMEA / Billing": the natural key HRIS files use. */
  @Column({ type: 'text' }) path: string;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
