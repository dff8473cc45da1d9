import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/entities/person.entity';
import { CareerLadderVersionEntity } from './career-ladder-version.entity';

export type AssessorKind = 'SELF' | 'MANAGER' | 'PEER';

/** One rating of one competency of one person, by themselves, their manager or a peer, under a ladder version. */
@Entity('competency_assessment')
@Index('competency_assessment_org_person_at', ['organisationId', 'personId', 'assessedAt'])
@Check('competency_assessment_assessor_kind', `"assessor_kind" IN ('SELF','MANAGER','PEER')`)
@Check('competency_assessment_proficiency', `"proficiency" BETWEEN 1 AND 5`)
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'competency_assessment_person_same_organisation', onDelete: 'CASCADE' })
@ForeignKey(() => PersonEntity, ['organisationId', 'assessorPersonId'], ['organisationId', 'id'], { name: 'competency_assessment_assessor_same_organisation', onDelete: 'NO ACTION' })
@ForeignKey(() => CareerLadderVersionEntity, ['organisationId', 'ladderVersionId'], ['organisationId', 'id'], { name: 'competency_assessment_version_same_organisation', onDelete: 'RESTRICT' })
export class CompetencyAssessmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'competency_key', type: 'text' }) competencyKey: string;
  @Column({ name: 'assessor_kind', type: 'text' }) assessorKind: AssessorKind;
  /** Null once the assessor's row is gone; the rating stays. */
  @Column({ name: 'assessor_person_id', type: 'uuid', nullable: true }) assessorPersonId: string | null;
  @Column({ type: 'smallint' }) proficiency: number;
  @Column({ type: 'text', nullable: true }) evidence: string | null;
  @Column({ name: 'ladder_version_id', type: 'uuid' }) ladderVersionId: string;
  @Column({ name: 'assessed_at', type: 'timestamptz', default: () => 'now()' }) assessedAt: Date;
}
