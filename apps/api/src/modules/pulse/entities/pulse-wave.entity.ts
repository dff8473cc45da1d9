import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PulseProgramEntity } from './pulse-program.entity';

export type PulseWaveStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

/**
 * One pulse of a program in one period. Its items are fixed when the wave is planned (rotation);
 * each invited person has their own window inside their shift (pulse_invitation).
 */
@Entity('pulse_wave')
@Index('pulse_wave_program_sequence', ['organisationId', 'programId', 'sequence'], { unique: true })
@Index('pulse_wave_program_period', ['organisationId', 'programId', 'periodStart'], { unique: true })
@Index('pulse_wave_org_period', ['organisationId', 'periodStart'])
@Check('pulse_wave_status', `"status" IN ('SCHEDULED','OPEN','CLOSED')`)
@Check('pulse_wave_k_min', `"confidentiality_k" >= 3`)
@Check('pulse_wave_k_once_open', `"status" = 'SCHEDULED' OR "confidentiality_k" IS NOT NULL`)
@ForeignKey(() => PulseProgramEntity, ['organisationId', 'programId'], ['organisationId', 'id'], { name: 'pulse_wave_program_same_organisation', onDelete: 'CASCADE' })
export class PulseWaveEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  /** 0-based position in the program; decides the rotation's items. */
  @Column({ type: 'int' }) sequence: number;
  @Column({ name: 'period_start', type: 'date' }) periodStart: string;
  @Column({ name: 'item_ids', type: 'text', array: true }) itemIds: string[];
  @Column({ type: 'text', default: 'SCHEDULED' }) status: PulseWaveStatus;
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt: Date | null;
  /** The latest close of any invitation: after it, nobody can answer. */
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true }) closesAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /**
   * The organisation's k when the wave opened (null while planned): its rollups and every figure
   * read from them use it for good, so changing the setting later never re-cuts a past wave. No
   * upper bound here: waves opened before k was capped at 10 keep the k their people were told.
   */
  @Column({ name: 'confidentiality_k', type: 'int', nullable: true }) confidentialityK: number | null;
}
