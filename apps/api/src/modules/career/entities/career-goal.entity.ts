import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../../people/entities/person.entity';

/** The level a person aims for (one goal per person). */
@Entity('career_goal')
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'career_goal_person_same_organisation', onDelete: 'CASCADE' })
export class CareerGoalEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'target_level_key', type: 'text' }) targetLevelKey: string;
  @Column({ name: 'set_at', type: 'timestamptz', default: () => 'now()' }) setAt: Date;
}
