import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/entities/organisation.entity';

/** How the HRIS `person.level` text maps onto a ladder level key; unmapped texts are listed for HR. */
@Entity('career_hris_level_map')
export class CareerHrisLevelMapEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @PrimaryColumn({ name: 'hris_level', type: 'text' }) hrisLevel: string;
  @Column({ name: 'level_key', type: 'text' }) levelKey: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Relation<OrganisationEntity>;
}
