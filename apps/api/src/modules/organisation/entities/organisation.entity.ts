import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisation')
@Check('organisation_k_range', '"confidentiality_k" BETWEEN 3 AND 10')
@Check('organisation_leaver_unlink_range', '"leaver_answers_unlink_months" BETWEEN 0 AND 24')
@Check('organisation_answer_retention_range', '"answer_retention_months" BETWEEN 1 AND 120')
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
  /** Months after a leaver's exit date after which their raw pulse answers are unlinked from them. */
  @Column({ name: 'leaver_answers_unlink_months', type: 'int', default: 3 }) leaverAnswersUnlinkMonths: number;
  /** Months after which raw pulse answers are deleted (published aggregates stay). */
  @Column({ name: 'answer_retention_months', type: 'int', default: 24 }) answerRetentionMonths: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
