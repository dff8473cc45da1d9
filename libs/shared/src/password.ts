/**
 * The one argon2id parameter set for every password hash: new passwords, the demo seed and the
 * dummy hash that unknown e-mails are checked against. A hash with other parameters costs another
 * time to verify, and that difference tells an attacker which e-mails have accounts; sign-in
 * re-hashes a stored hash whose parameters differ. OWASP's baseline: m=19 MiB, t=2, p=1.
 */
export const PASSWORD_HASH_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
