import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { MeasureAggregate } from '@pulse/domain-pulse';
import { PulseWaveEntity } from './pulse-wave.entity';


/**
 * Aggregates of one wave for one group cell: team subtree (`team_key` = team id, or `ORG`) ×
 * work mode (or `ALL`) × tenure band (or `ALL`). Recomputed from responses after submissions, with
 * the suppression decision for the whole organisation's cell set stored beside it, so every reader
 * sees the same shown cells and no two views can be subtracted to a small group.
 */
@Entity('pulse_rollup')
@Index('pulse_rollup_org_team', ['organisationId', 'teamKey', 'periodStart'])
@ForeignKey(() => PulseWaveEntity, ['organisationId', 'waveId'], ['organisationId', 'id'], { name: 'pulse_rollup_wave_same_organisation', onDelete: 'CASCADE' })
export class PulseRollupEntity {
  @PrimaryColumn({ name: 'wave_id', type: 'uuid' }) waveId: string;
  @PrimaryColumn({ name: 'team_key', type: 'text' }) teamKey: string;
  @PrimaryColumn({ name: 'work_mode', type: 'text' }) workMode: string;
  @PrimaryColumn({ name: 'tenure_band', type: 'text' }) tenureBand: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'period_start', type: 'date' }) periodStart: string;
  @Column({ type: 'int' }) invited: number;
  @Column({ type: 'int' }) respondents: number;
  @Column({ type: 'jsonb' }) measures: Record<string, MeasureAggregate>;
  /** Comments count only; texts are read from responses when the cell reaches the comment threshold. */
  @Column({ type: 'int', default: 0 }) comments: number;
  @Column({ type: 'boolean' }) shown: boolean;
  /** FEWER_THAN_K or COMPLEMENTARY when hidden. */
  @Column({ name: 'hidden_reason', type: 'text', nullable: true }) hiddenReason: string | null;
  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' }) computedAt: Date;
}
