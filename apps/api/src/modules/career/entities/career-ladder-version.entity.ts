import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LadderDefinition } from '@pulse/domain-career';
import { AccountEntity } from '../../identity/entities/account.entity';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';

/**
 * One published version of an organisation's career ladder (SPEC §5), whole, effective from a date.
 * The ladder as of D is the latest version with effective_from ≤ D; nothing that names a version is
 * ever rewritten, so past assessments and promotions keep the meaning they were made under.
 */
@Entity('career_ladder_version')
@Index('career_ladder_version_org_effective', ['organisationId', 'effectiveFrom'], { unique: true })
@ForeignKey(() => AccountEntity, ['organisationId', 'publishedByAccountId'], ['organisationId', 'id'], { name: 'career_ladder_version_published_by_same_organisation', onDelete: 'NO ACTION' })
export class CareerLadderVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom: string;
  @Column({ type: 'jsonb' }) definition: LadderDefinition;
  @Column({ name: 'published_by_account_id', type: 'uuid', nullable: true }) publishedByAccountId: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' }) publishedAt: Date;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
