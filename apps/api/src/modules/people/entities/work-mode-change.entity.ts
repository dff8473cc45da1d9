import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** Effective-dated work-mode history (SPEC §1): history is appended, never rewritten. */
@Entity('work_mode_change')
@Index('work_mode_change_person_from', ['organisationId', 'personId', 'effectiveFrom'], { unique: true })
@Check('work_mode_change_mode', `"work_mode" IN ('REMOTE','HYBRID','OFFICE')`)
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'work_mode_change_person_same_organisation', onDelete: 'CASCADE' })
export class WorkModeChangeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'work_mode', type: 'text' }) workMode: 'REMOTE' | 'HYBRID' | 'OFFICE';
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
