import * as argon2 from 'argon2';
import { PASSWORD_HASH_PARAMS } from '@pulse/shared';
import type { Client, PoolClient } from 'pg';
import { todayIso } from './dates';
import { DEMO_PASSWORD, demoSignIns, generateOrganisation, type SignIn } from './generate';
import { writeOrganisation, type RowCounts } from './write';
import { writeCareer, type CareerRowCounts } from './write-career';
import type { CareerLadderChoice } from './career';

export type SeedOptions = {
  /** Person rows including leavers of the last 18 months (default 300, at least 60). */
  people?: number;
  slug?: string;
  name?: string;
  /** PRNG seed: the same seed, size and `today` give the same organisation. */
  seed?: number;
  /** YYYY-MM-DD; defaults to the current UTC date so the history always ends now. */
  today?: string;
  /**
   * The instant the current pulse waves are open at (ISO, on `today`). Defaults to the current time
   * when `today` is not given (the demo agent can answer this week's pulse right away), else noon.
   */
  now?: string;
  /** Weekly pulse periods to generate, the current one included (default: the 18-month history). */
  pulseWeeks?: number;
  /** The career ladder people stand on (default: the demo's support ladder; benchmarks use 'large-30'). */
  careerLadder?: CareerLadderChoice;
  onProgress?(done: number, total: number): void;
};

export type SeedResult = { organisationId: string; people: number; signIns: SignIn[]; rows: RowCounts & CareerRowCounts };

export const DEMO_DEFAULTS = { people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101 } as const;

/** The sign-ins of the default demo organisation (slug `demo`). */
export const DEMO_SIGN_INS: ReadonlyArray<Readonly<SignIn>> = Object.freeze(demoSignIns(DEMO_DEFAULTS.slug).map((s) => Object.freeze(s)));

export class OrganisationExistsError extends Error {
  constructor(readonly slug: string) {
    super(`An organisation with slug "${slug}" already exists; seeding refused.`);
    this.name = 'OrganisationExistsError';
  }
}

/**
 * Creates the demo organisation in one transaction: everything or nothing. The database must
 * already be migrated. Refuses (OrganisationExistsError) when the slug is taken.
 */
export async function seedDemoOrganisation(client: Client | PoolClient, opts: SeedOptions = {}): Promise<SeedResult> {
  const now = opts.now ?? (opts.today === undefined ? new Date().toISOString() : undefined);
  const org = generateOrganisation({
    people: opts.people ?? DEMO_DEFAULTS.people,
    slug: opts.slug ?? DEMO_DEFAULTS.slug,
    name: opts.name ?? DEMO_DEFAULTS.name,
    seed: opts.seed ?? DEMO_DEFAULTS.seed,
    today: opts.today ?? now?.slice(0, 10) ?? todayIso(),
    now,
    pulseWeeks: opts.pulseWeeks,
    careerLadder: opts.careerLadder,
  });
  // One hash shared by every demo account: argon2id is deliberately slow. The API's parameters,
  // so a demo account's wrong password costs what an unknown e-mail costs.
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, ...PASSWORD_HASH_PARAMS });
  await client.query('BEGIN');
  try {
    // Serialise concurrent seeders (several API replicas starting at once) on the slug.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pulse-seed:${org.slug}`]);
    const existing = await client.query('SELECT 1 FROM organisation WHERE slug = $1', [org.slug]);
    if ((existing.rowCount ?? 0) > 0) throw new OrganisationExistsError(org.slug);
    const { organisationId, rows } = await writeOrganisation(client, org, passwordHash, opts.onProgress?.bind(opts));
    const career = await writeCareer(client, org, organisationId);
    await client.query('COMMIT');
    return { organisationId, people: org.people.length, signIns: org.signIns, rows: { ...rows, ...career } };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
