import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TeamEntity } from '../../people/entities/team.entity';

export type ActionPlanStatus = 'OPEN' | 'DONE' | 'CANCELLED';

/** A manager's action for a team (SPEC §4.4): owner, due date and the measure it targets. */
@Entity('action_plan')
@Index('action_plan_org_team', ['organisationId', 'teamId'])
@Check('action_plan_status', `"status" IN ('OPEN','DONE','CANCELLED')`)
@ForeignKey(() => TeamEntity, ['organisationId', 'teamId'], ['organisationId', 'id'], { name: 'action_plan_team_same_organisation', onDelete: 'CASCADE' })
export class ActionPlanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'team_id', type: 'uuid' }) teamId: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'owner_person_id', type: 'uuid' }) ownerPersonId: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  /** Measure id, e.g. `cbi.work`. */
  @Column({ type: 'text' }) measure: string;
  @Column({ type: 'text', default: 'OPEN' }) status: ActionPlanStatus;
  @Column({ name: 'created_by_account_id', type: 'uuid' }) createdByAccountId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
