import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type PulseAlertKind = 'BURNOUT_RISING' | 'PARTICIPATION_FALLING';

/** Early warning for a shown group (≥ k respondents) of a closed wave (SPEC §4.4). */
@Entity('pulse_alert')
@Index('pulse_alert_wave_group_kind', ['organisationId', 'waveId', 'teamKey', 'workMode', 'kind'], { unique: true })
@Index('pulse_alert_org_created', ['organisationId', 'createdAt'])
@Check('pulse_alert_kind', `"kind" IN ('BURNOUT_RISING','PARTICIPATION_FALLING')`)
export class PulseAlertEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'wave_id', type: 'uuid' }) waveId: string;
  @Column({ name: 'team_key', type: 'text' }) teamKey: string;
  @Column({ name: 'work_mode', type: 'text', default: 'ALL' }) workMode: string;
  @Column({ type: 'text' }) kind: PulseAlertKind;
  /** The measure, previous and current value and the noise threshold it exceeded: aggregates only. */
  @Column({ type: 'jsonb' }) detail: Record<string, unknown>;
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true }) acknowledgedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
