import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../../people/entities/person.entity';
import { PulseWaveEntity } from './pulse-wave.entity';

/**
 * One person asked in one wave, with their own window (opens inside their shift, in their time
 * zone). Group attributes are snapshotted here too, so participation is counted against the
 * groups people were in when they were asked.
 */
@Entity('pulse_invitation')
@Index('pulse_invitation_person', ['personId', 'closesAt'])
@Index('pulse_invitation_org_opens', ['organisationId', 'opensAt'])
@ForeignKey(() => PulseWaveEntity, ['organisationId', 'waveId'], ['organisationId', 'id'], { name: 'pulse_invitation_wave_same_organisation', onDelete: 'CASCADE' })
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'pulse_invitation_person_same_organisation', onDelete: 'CASCADE' })
export class PulseInvitationEntity {
  @PrimaryColumn({ name: 'wave_id', type: 'uuid' }) waveId: string;
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'opens_at', type: 'timestamptz' }) opensAt: Date;
  @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt: Date;
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  /** The team and all its ancestors when invited (nearest first). */
  @Column({ name: 'team_ids', type: 'uuid', array: true, default: () => "'{}'" }) teamIds: string[];
  @Column({ name: 'work_mode', type: 'text' }) workMode: string;
  @Column({ name: 'tenure_band', type: 'text' }) tenureBand: string;
}
