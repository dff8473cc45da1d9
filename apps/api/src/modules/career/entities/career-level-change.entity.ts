import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../../identity/entities/account.entity';
import { PersonEntity } from '../../people/entities/person.entity';
import { CareerLadderVersionEntity } from './career-ladder-version.entity';

export type LevelChangeSource = 'INITIAL' | 'HRIS_MAPPING' | 'PROMOTION' | 'LATERAL';

/**
 * A person's level from a date on (effective-dated; the current level is the latest change on or
 * before today). Promotions carry an idempotency key, so a retried request records one change.
 */
@Entity('career_level_change')
@Index('career_level_change_org_person_date', ['organisationId', 'personId', 'effectiveDate'])
@Index('career_level_change_org_idempotency', ['organisationId', 'idempotencyKey'], { unique: true })
@Check('career_level_change_source', `"source" IN ('INITIAL','HRIS_MAPPING','PROMOTION','LATERAL')`)
@ForeignKey(() => PersonEntity, ['organisationId', 'personId'], ['organisationId', 'id'], { name: 'career_level_change_person_same_organisation', onDelete: 'CASCADE' })
@ForeignKey(() => CareerLadderVersionEntity, ['organisationId', 'ladderVersionId'], ['organisationId', 'id'], { name: 'career_level_change_version_same_organisation', onDelete: 'RESTRICT' })
@ForeignKey(() => AccountEntity, ['organisationId', 'decidedByAccountId'], ['organisationId', 'id'], { name: 'career_level_change_decided_by_same_organisation', onDelete: 'NO ACTION' })
export class CareerLevelChangeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'level_key', type: 'text' }) levelKey: string;
  @Column({ name: 'effective_date', type: 'date' }) effectiveDate: string;
  @Column({ type: 'text' }) source: LevelChangeSource;
  @Column({ name: 'from_level_key', type: 'text', nullable: true }) fromLevelKey: string | null;
  /** The ladder version the change was decided under (null for an initial level recorded before any ladder). */
  @Column({ name: 'ladder_version_id', type: 'uuid', nullable: true }) ladderVersionId: string | null;
  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true }) decidedByAccountId: string | null;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
  @Column({ name: 'idempotency_key', type: 'text', nullable: true }) idempotencyKey: string | null;
}
