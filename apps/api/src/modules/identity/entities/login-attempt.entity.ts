import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins per e-mail and per client address, for rate limiting shared by all API replicas. */
@Entity('login_attempt')
@Index('login_attempt_key_at', ['key', 'at'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'text' }) key: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
}
