import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne, type Relation, ForeignKey } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';
import { PersonEntity } from './person.entity';

@Entity('team')
@Index('team_org_path', ['organisationId', 'path'], { unique: true })
@Index('team_org_parent', ['organisationId', 'parentId'])
// Children reference (organisation_id, id), so the database keeps every reference inside one organisation.
@Index('team_org_id', ['organisationId', 'id'], { unique: true })
@ForeignKey(() => TeamEntity, ['organisationId', 'parentId'], ['organisationId', 'id'], { name: 'team_parent_same_organisation', onDelete: 'RESTRICT' })
@ForeignKey(() => PersonEntity, ['organisationId', 'leadId'], ['organisationId', 'id'], { name: 'team_lead_same_organisation', onDelete: 'SET NULL' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) name: string;
  /** Full path such as "Support / EMEA / Billing": the natural key HRIS files use. */
  @Column({ type: 'text' }) path: string;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
