import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../../people/entities/person.entity';
import { TeamEntity } from '../../people/entities/team.entity';

export type InsightStatus = 'NEW' | 'ACCEPTED' | 'DONE' | 'DECLINED';
export type InsightFrequency = 'ONCE' | 'WEEKLY' | 'DAILY' | 'MANY_TIMES_A_DAY';

/** What customers said and the change an agent suggests; triaged by their manager (issue 11 §3). */
@Entity('customer_insight')
@Index('customer_insight_org_author', ['organisationId', 'authorPersonId', 'createdAt'])
@Index('customer_insight_org_status', ['organisationId', 'status', 'createdAt'])
@Check('customer_insight_frequency', `"frequency" IN ('ONCE','WEEKLY','DAILY','MANY_TIMES_A_DAY')`)
@Check('customer_insight_status', `"status" IN ('NEW','ACCEPTED','DONE','DECLINED')`)
@Check('customer_insight_declined_has_reason', `"status" <> 'DECLINED' OR "decline_reason" IS NOT NULL`)
@ForeignKey(() => PersonEntity, ['organisationId', 'authorPersonId'], ['organisationId', 'id'], { name: 'customer_insight_author_same_organisation', onDelete: 'CASCADE' })
@ForeignKey(() => TeamEntity, ['organisationId', 'teamId'], ['organisationId', 'id'], { name: 'customer_insight_team_same_organisation', onDelete: 'NO ACTION' })
@ForeignKey(() => PersonEntity, ['organisationId', 'triagedByPersonId'], ['organisationId', 'id'], { name: 'customer_insight_triaged_by_same_organisation', onDelete: 'NO ACTION' })
export class CustomerInsightEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'author_person_id', type: 'uuid' }) authorPersonId: string;
  /** The author's team when it was recorded (HR counts adopted ideas by team). */
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'customer_said', type: 'text' }) customerSaid: string;
  @Column({ type: 'text' }) frequency: InsightFrequency;
  @Column({ name: 'suggested_change', type: 'text' }) suggestedChange: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];
  @Column({ type: 'text', default: 'NEW' }) status: InsightStatus;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason: string | null;
  @Column({ name: 'triaged_by_person_id', type: 'uuid', nullable: true }) triagedByPersonId: string | null;
  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true }) triagedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
