import argon2 from 'argon2';
import { PASSWORD_HASH_PARAMS } from '@pulse/shared';

/** The shared parameter set (libs/shared): seed, dummy and new hashes all cost the same to verify. */
const OPTIONS = { type: argon2.argon2id, ...PASSWORD_HASH_PARAMS } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** Whether a stored hash was made with other parameters (or another variant) and should be replaced. */
export function needsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, OPTIONS);
  } catch {
    return true;
  }
}

let dummy: Promise<string> | null = null;
/** Verifies; with no hash, still spends the same time so response timing does not reveal which e-mails exist. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummy ??= hashPassword('not-a-real-password');
    await argon2.verify(await dummy, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
