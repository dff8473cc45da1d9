import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { TeamEntity } from './team.entity';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';
import type { ShiftBlock } from '@pulse/domain-people';

@Entity('person')
@Index('person_org_hris', ['organisationId', 'hrisId'], { unique: true })
@Index('person_org_email', ['organisationId', 'email'], { unique: true })
@Index('person_org_manager', ['organisationId', 'managerId'])
@Index('person_org_team', ['organisationId', 'teamId'])
@Check('person_work_mode', `"work_mode" IN ('REMOTE','HYBRID','OFFICE')`)
@Check('person_exit', `("exit_date" IS NULL AND "exit_reason" IS NULL) OR ("exit_date" IS NOT NULL AND "exit_reason" IN ('VOLUNTARY','INVOLUNTARY'))`)
@Check('person_email_lower', `"email" = lower("email")`)
@ForeignKey(() => TeamEntity, ['organisationId', 'teamId'], ['organisationId', 'id'], { name: 'person_team_same_organisation', onDelete: 'NO ACTION' })
@ForeignKey(() => PersonEntity, ['organisationId', 'managerId'], ['organisationId', 'id'], { name: 'person_manager_same_organisation', onDelete: 'NO ACTION' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'hris_id', type: 'text' }) hrisId: string;
  /** Always stored lower-case, so uniqueness ignores letter case. */
  @Column({ type: 'text' }) email: string;
  @Column({ name: 'first_name', type: 'text' }) firstName: string;
  @Column({ name: 'last_name', type: 'text' }) lastName: string;
  @Column({ name: 'job_title', type: 'text', nullable: true }) jobTitle: string | null;
  @Column({ type: 'text', nullable: true }) level: string | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ name: 'manager_id', type: 'uuid', nullable: true }) managerId: string | null;
  /** Current work mode; the effective-dated history lives in work_mode_change. */
  @Column({ name: 'work_mode', type: 'text' }) workMode: 'REMOTE' | 'HYBRID' | 'OFFICE';
  @Column({ type: 'text', nullable: true }) site: string | null;
  @Column({ name: 'time_zone', type: 'text' }) timeZone: string;
  @Column({ name: 'shift_pattern', type: 'jsonb', default: () => "'[]'" }) shiftPattern: ShiftBlock[];
  @Column({ type: 'text', default: 'en' }) language: string;
  @Column({ name: 'hire_date', type: 'date' }) hireDate: string;
  @Column({ name: 'exit_date', type: 'date', nullable: true }) exitDate: string | null;
  @Column({ name: 'exit_reason', type: 'text', nullable: true }) exitReason: 'VOLUNTARY' | 'INVOLUNTARY' | null;
  /** Set when HR erased the person's personal data on request (GDPR Art. 17); the row stays as a tombstone. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
