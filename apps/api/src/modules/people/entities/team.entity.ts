import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn , JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';
import { PersonEntity } from './person.entity';

@Entity('team')
@Index('team_org_path', ['organisationId', 'path'], { unique: true })
@Index('team_org_parent', ['organisationId', 'parentId'])
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
  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parent_id' }) parent?: Relation<TeamEntity>;
  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'lead_id' }) lead?: Relation<PersonEntity>;
}
