import { Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/entities/person.entity';

/** Weekly workload and quality signals per person (SPEC §1), imported from the contact-centre tools. */
@Entity('weekly_signal')
@Index('weekly_signal_person_week', ['organisationId', 'personId', 'weekStart'], { unique: true })
@Index('weekly_signal_org_week', ['organisationId', 'weekStart'])
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'weekly_signal_person_same_organisation', onDelete: 'CASCADE' })
export class WeeklySignalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'week_start', type: 'date' }) weekStart: string;
  @Column({ name: 'contacts_handled', type: 'int', nullable: true }) contactsHandled: number | null;
  @Column({ name: 'occupancy_pct', type: 'numeric', precision: 5, scale: 2, nullable: true }) occupancyPct: string | null;
  @Column({ name: 'overtime_hours', type: 'numeric', precision: 5, scale: 2, nullable: true }) overtimeHours: string | null;
  @Column({ name: 'adherence_pct', type: 'numeric', precision: 5, scale: 2, nullable: true }) adherencePct: string | null;
  @Column({ name: 'qa_score', type: 'numeric', precision: 5, scale: 2, nullable: true }) qaScore: string | null;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true }) csat: string | null;
}
