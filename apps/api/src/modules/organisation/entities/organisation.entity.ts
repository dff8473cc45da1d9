import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisation')
@Check('organisation_k_range', '"confidentiality_k" BETWEEN 3 AND 10')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) slug: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'confidentiality_k', type: 'int', default: 5 }) confidentialityK: number;
  @Column({ type: 'text', array: true, default: () => "'{en,zh-Hans,zh-Hant,pl}'" }) locales: string[];
  /** Used for a locale without its own text in `supportMessages`. */
  @Column({ name: 'support_message', type: 'text', nullable: true }) supportMessage: string | null;
  /** The support / EAP message per locale (locale → text): people read it in their own language. */
  @Column({ name: 'support_messages', type: 'jsonb', default: () => "'{}'" }) supportMessages: Record<string, string>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
