/** Who a program asks (SPEC §4.2). An empty list on a dimension means everyone on it. */
export type Audience = {
  readonly teamIds: readonly string[];
  readonly workModes: readonly string[];
  readonly levels: readonly string[];
};

export type AudienceCandidate = {
  /** The person's team and all its ancestors, nearest first (see teamLineage). */
  readonly teamLineage: readonly string[];
  readonly workMode: string;
  readonly level: string | null;
  readonly hireDate: string;
  readonly exitDate: string | null;
};

/**
 * Whether a person is in the audience on a day (ISO date): in a chosen team or any team below it,
 * with a chosen work mode and level, already hired and not yet left.
 */
export function inAudience(audience: Audience, person: AudienceCandidate, on: string): boolean {
  if (person.hireDate > on) return false;
  if (person.exitDate !== null && person.exitDate <= on) return false;
  if (audience.teamIds.length && !person.teamLineage.some((t) => audience.teamIds.includes(t))) return false;
  if (audience.workModes.length && !audience.workModes.includes(person.workMode)) return false;
  if (audience.levels.length && (person.level === null || !audience.levels.includes(person.level))) return false;
  return true;
}

/** A team and its ancestors, nearest first; stops on a cycle instead of looping. */
export function teamLineage(teamId: string | null, parentOf: ReadonlyMap<string, string | null>): string[] {
  const out: string[] = [];
  for (let t = teamId; t && !out.includes(t); t = parentOf.get(t) ?? null) out.push(t);
  return out;
}
