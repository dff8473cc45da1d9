import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/entities/person.entity';
import { PulseWaveEntity } from './pulse-wave.entity';

/**
 * One person's answers to one wave (SPEC §4.2: one response per person per wave; answering again
 * inside the window replaces it). Never exposed as such through GraphQL: only the respondent reads
 * their own (PulseService.myHistory) and everyone else sees suppressed aggregates (pulse_rollup).
 * Group attributes are snapshotted at submission so a later reorg cannot re-identify anyone.
 */
@Entity('pulse_response')
@Index('pulse_response_wave_person', ['organisationId', 'waveId', 'personId'], { unique: true })
@Index('pulse_response_person', ['personId', 'submittedAt'])
// A backstop behind the API's answer validation: every stored answer is a whole number on the widest
// answer scale of the instrument library (CBI, 0–100). The function is created by migration 1796680000000.
@Check('pulse_response_answers_in_range', `pulse_answers_in_range("answers")`)
@ForeignKey(() => PulseWaveEntity, ['organisationId', 'waveId'], ['organisationId', 'id'], { name: 'pulse_response_wave_same_organisation', onDelete: 'CASCADE' })
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'pulse_response_person_same_organisation', onDelete: 'NO ACTION' })
export class PulseResponseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'wave_id', type: 'uuid' }) waveId: string;
  /**
   * The respondent, or null once the answer was unlinked (erasure on request, or the retention job
   * some months after the person left): it then still counts in aggregates but belongs to nobody.
   */
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId: string | null;
  /** Item id → stored answer value. */
  @Column({ type: 'jsonb' }) answers: Record<string, number>;
  /** Measure id (`cbi.work`, `who5`, `enps`, `single-item-burnout`, `likert:<id>`) → score; missing scales absent. */
  @Column({ type: 'jsonb' }) scores: Record<string, number>;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ name: 'team_ids', type: 'uuid', array: true, default: () => "'{}'" }) teamIds: string[];
  @Column({ name: 'work_mode', type: 'text' }) workMode: string;
  @Column({ name: 'tenure_band', type: 'text' }) tenureBand: string;
  @Column({ type: 'text', nullable: true }) level: string | null;
  /** How many times the answer was replaced inside the window (1 = first answer). */
  @Column({ type: 'int', default: 1 }) revision: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt: Date;
}
