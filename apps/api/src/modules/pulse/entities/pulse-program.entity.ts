import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';

export type PulseProgramStatus = 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'ARCHIVED';
export type PulseCadence = 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY';

/**
 * A pulse program (SPEC §4.2): who is asked (audience), how often (cadence), which items rotate
 * through the pulses (item pool, at most 5 per pulse) and how long each person's window stays open.
 * Empty audience arrays mean "everyone" on that dimension.
 */
@Entity('pulse_program')
@Index('pulse_program_org_name', ['organisationId', 'name'], { unique: true })
@Check('pulse_program_status', `"status" IN ('DRAFT','ACTIVE','PAUSED','ARCHIVED')`)
@Check('pulse_program_cadence', `"cadence" IN ('WEEKLY','BIWEEKLY','MONTHLY')`)
@Check('pulse_program_items_per_pulse', `"items_per_pulse" BETWEEN 1 AND 5`)
@Check('pulse_program_window', `"window_hours" BETWEEN 1 AND 336`)
export class PulseProgramEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: 'DRAFT' }) status: PulseProgramStatus;
  @Column({ name: 'audience_team_ids', type: 'uuid', array: true, default: () => "'{}'" }) audienceTeamIds: string[];
  @Column({ name: 'audience_work_modes', type: 'text', array: true, default: () => "'{}'" }) audienceWorkModes: string[];
  @Column({ name: 'audience_levels', type: 'text', array: true, default: () => "'{}'" }) audienceLevels: string[];
  @Column({ type: 'text' }) cadence: PulseCadence;
  @Column({ name: 'items_per_pulse', type: 'int' }) itemsPerPulse: number;
  /** Instrument item ids (`cbi.work.1`, `who5.3`, `likert:<id>`), in rotation order. */
  @Column({ name: 'item_ids', type: 'text', array: true }) itemIds: string[];
  /** How long each person's window stays open, from the start of their first shift in the period. */
  @Column({ name: 'window_hours', type: 'int', default: 72 }) windowHours: number;
  /** Hours before a person's window closes when they are reminded; null means no reminder. */
  @Column({ name: 'reminder_hours_before_close', type: 'int', nullable: true }) reminderHoursBeforeClose: number | null;
  /** First period the program runs (a Monday for weekly cadences, the 1st for monthly). */
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
