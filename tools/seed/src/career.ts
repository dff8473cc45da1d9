import { LADDER_TEMPLATE_30, SUPPORT_LADDER, type LadderDefinition } from '@pulse/domain-career';
import type { WorkMode } from '@pulse/shared';
import { SPECIALISMS, type Specialism } from './catalogue';
import { addMonths, LadderIndex, monthStartOf, monthStartOnOrAfter, wholeMonths } from './career-ladder';
import { generateCareerEvidence, type SeedAssessment, type SeedGoal, type SeedInsight } from './career-evidence';
import { toDay, toIso } from './dates';
import { deriveSeed, Rng } from './prng';

/**
 * Career history of a generated organisation (SPEC §5, issue 11 §8): the support ladder published
 * before the 18-month history, the HRIS level mapping, every ladder person's level history as
 * effective-dated changes, and (built on first use) assessments, goals and customer insights.
 *
 * Promotions are simulated month by month from each person's hire date: after the level's minimum
 * time a monthly chance of promotion, lower while the person works remotely. That is the equity
 * gap HR should find (remote agents promoted about half as often per person-year); the HRIS level
 * text of frontline agents is then written from where the simulation ends, so the HRIS file and
 * the ladder agree.
 */

export type LevelChangeSource = 'INITIAL' | 'HRIS_MAPPING' | 'PROMOTION' | 'LATERAL';

export type SeedLevelChange = {
  person: number;
  levelKey: string;
  fromLevelKey: string | null;
  /** YYYY-MM-DD. For HRIS_MAPPING: the date the person reached the level, as the HRIS recorded it. */
  effectiveDate: string;
  source: LevelChangeSource;
  /** Person index of the decider (manager chain or HR); null for INITIAL and HRIS_MAPPING. */
  decidedBy: number | null;
  /** ISO instant the change was recorded. */
  recordedAt: string;
  idempotencyKey: string | null;
};

export type HrisLevelMapping = { hrisLevel: string; levelKey: string };

export type SeedCareer = {
  ladder: LadderDefinition;
  /** YYYY-MM-DD: the one published version, effective before the history starts. */
  ladderEffectiveFrom: string;
  ladderPublishedAt: string;
  /** HR person who published it. */
  ladderPublishedBy: number;
  ladderNote: string;
  hrisLevelMap: readonly HrisLevelMapping[];
  /** Sorted by person, then effective date. */
  levelChanges: readonly SeedLevelChange[];
  assessments: readonly SeedAssessment[];
  goals: readonly SeedGoal[];
  insights: readonly SeedInsight[];
};

/**
 * The demo's HRIS level texts that map onto the support ladder by text alone. 'Agent III' is a pay
 * step inside Agent II in the HRIS. Left unmapped for HR to resolve: 'Senior Manager' (between the
 * ladder's top and the directors), 'Director' and above, and the analyst grades (Quality or
 * Workforce analyst depends on the team, not the text; those people carry their level history).
 */
export const DEMO_HRIS_LEVEL_MAP: readonly HrisLevelMapping[] = [
  { hrisLevel: 'Agent I', levelKey: 'agent-1' },
  { hrisLevel: 'Agent II', levelKey: 'agent-2' },
  { hrisLevel: 'Agent III', levelKey: 'agent-2' },
  { hrisLevel: 'Senior Agent', levelKey: 'senior-agent' },
  { hrisLevel: 'Specialist', levelKey: 'specialist' },
  { hrisLevel: 'Team Lead', levelKey: 'team-lead' },
  { hrisLevel: 'Manager', levelKey: 'support-manager' },
];

/**
 * Where the demo's people stand on a ladder: the four levels frontline agents climb, the analysts'
 * levels, and the leaders' levels with the level each is promoted from.
 */
export type LadderRoles = {
  ladder: LadderDefinition;
  agentChain: readonly [string, string, string, string];
  qualityAnalyst: string;
  workforceAnalyst: string;
  teamLead: { key: string; from: string };
  supportManager: { key: string; from: string };
  hrisLevelMap: readonly HrisLevelMapping[];
  note: string;
};

export const SUPPORT_LADDER_ROLES: LadderRoles = {
  ladder: SUPPORT_LADDER,
  note: 'Support ladder: Agent I to Support Manager, with lateral moves into Quality, Workforce and Training.',
  agentChain: ['agent-1', 'agent-2', 'senior-agent', 'specialist'],
  qualityAnalyst: 'quality-analyst',
  workforceAnalyst: 'workforce-analyst',
  teamLead: { key: 'team-lead', from: 'specialist' },
  supportManager: { key: 'support-manager', from: 'team-lead' },
  hrisLevelMap: DEMO_HRIS_LEVEL_MAP,
};

/** The benchmark's 30-level ladder graph (six tracks of five levels), peopled the same way. */
export const LARGE_LADDER_ROLES: LadderRoles = {
  ladder: LADDER_TEMPLATE_30,
  note: 'Benchmark ladder: 30 levels on six tracks.',
  agentChain: ['support-ic-1', 'support-ic-2', 'support-ic-3', 'support-ic-4'],
  qualityAnalyst: 'quality-1',
  workforceAnalyst: 'workforce-1',
  teamLead: { key: 'team-leadership-1', from: 'support-ic-3' },
  supportManager: { key: 'team-leadership-2', from: 'team-leadership-1' },
  hrisLevelMap: [
    { hrisLevel: 'Agent I', levelKey: 'support-ic-1' },
    { hrisLevel: 'Agent II', levelKey: 'support-ic-2' },
    { hrisLevel: 'Agent III', levelKey: 'support-ic-2' },
    { hrisLevel: 'Senior Agent', levelKey: 'support-ic-3' },
    { hrisLevel: 'Specialist', levelKey: 'support-ic-4' },
    { hrisLevel: 'Team Lead', levelKey: 'team-leadership-1' },
    { hrisLevel: 'Manager', levelKey: 'team-leadership-2' },
  ],
};

export type CareerLadderChoice = 'support' | 'large-30';
export const LADDER_ROLES: Record<CareerLadderChoice, LadderRoles> = { support: SUPPORT_LADDER_ROLES, 'large-30': LARGE_LADDER_ROLES };

const AGENT_HRIS = ['Agent I', 'Agent II', 'Senior Agent', 'Specialist'] as const;
/** HRIS grade step: agents in Agent II for this many months are graded 'Agent III'. */
const AGENT_III_AFTER_MONTHS = 12;

/**
 * Monthly chance of promotion once the minimum time in level is served, per step of the agent
 * chain (office and hybrid); the typical agent reaches Agent II after about a year and Senior
 * Agent after about two more. Remote work multiplies the chance by REMOTE_FACTOR.
 */
const AGENT_HAZARD = [0.17, 0.085, 0.022] as const;
export const REMOTE_FACTOR = 0.22;
/** Chance a current team lead (support manager) was promoted into the role inside the history. */
const LEAD_PROMOTED = 0.4;
const MANAGER_PROMOTED = 0.3;
/** Share of promotions decided by HR rather than the manager chain. */
const HR_DECIDES = 0.2;

export type CareerPerson = {
  kind: string;
  level: string;
  jobTitle: string;
  team: number;
  manager: number | null;
  hireDate: string;
  exitDate: string | null;
  hrisId: string;
  workModes: ReadonlyArray<{ workMode: WorkMode; effectiveFrom: string }>;
  handlesContacts: boolean;
};

export type CareerOrganisation = {
  teams: ReadonlyArray<{ specialism: Specialism | null; parent: number | null }>;
  /** Frontline agents' `level` and `jobTitle` are rewritten to agree with their simulated level. */
  people: CareerPerson[];
  demo: { HR: number; MANAGER: number; AGENT: number };
};

export type CareerOptions = { seed: number; today: string; historyStart: string };

/** Level histories (eager: they decide the HRIS levels) and the rest on first call. */
export type CareerPlan = {
  ladderEffectiveFrom: string;
  levelChanges: readonly SeedLevelChange[];
  build(): SeedCareer;
};

export function planCareers(org: CareerOrganisation, opts: CareerOptions, roles: LadderRoles = SUPPORT_LADDER_ROLES): CareerPlan {
  const { ladder, agentChain: AGENT_CHAIN } = roles;
  const idx = new LadderIndex(ladder);
  for (const key of [...AGENT_CHAIN, roles.qualityAnalyst, roles.workforceAnalyst, roles.teamLead.key, roles.supportManager.key]) idx.level(key);
  for (let i = 1; i < AGENT_CHAIN.length; i++) {
    if (idx.move(AGENT_CHAIN[i - 1], AGENT_CHAIN[i])?.kind !== 'PROMOTION') throw new Error(`internal: the ladder lacks ${AGENT_CHAIN[i - 1]} → ${AGENT_CHAIN[i]}`);
  }
  const today = toDay(opts.today);
  // Published on the first of the month at least a month before the history starts.
  const effective = monthStartOf(addMonths(toDay(opts.historyStart), -1));
  const hr = org.demo.HR;
  const people = org.people;
  const changes: SeedLevelChange[] = [];

  const modeAt = (p: CareerPerson, day: number): WorkMode => {
    let mode = p.workModes[0].workMode;
    for (const m of p.workModes) if (toDay(m.effectiveFrom) <= day) mode = m.workMode;
    return mode;
  };
  const factor = (p: CareerPerson, day: number) => (modeAt(p, day) === 'REMOTE' ? REMOTE_FACTOR : 1);

  /** Who decides a move on `day`: HR sometimes, else the nearest manager up the chain employed by then. */
  const decider = (r: Rng, person: number, day: number): number => {
    if (r.chance(HR_DECIDES) && toDay(people[hr].hireDate) <= day && person !== hr) return hr;
    for (let m = people[person].manager; m !== null; m = people[m].manager) if (toDay(people[m].hireDate) <= day) return m;
    return hr;
  };

  /** Turns a simulated history (level entries, oldest first) into rows: what predates the ladder is one HRIS mapping. */
  const emit = (r: Rng, person: number, steps: ReadonlyArray<{ key: string; day: number; kind?: 'PROMOTION' | 'LATERAL' }>) => {
    const p = people[person];
    const hire = toDay(p.hireDate);
    let first = 0;
    while (first + 1 < steps.length && steps[first + 1].day <= effective) first++;
    const start = steps[first];
    const initial = hire >= effective && first === 0;
    changes.push({
      person, levelKey: start.key, fromLevelKey: null, effectiveDate: toIso(start.day),
      source: initial ? 'INITIAL' : 'HRIS_MAPPING', decidedBy: null,
      recordedAt: initial ? `${toIso(start.day)}T08:00:00.000Z` : `${toIso(effective)}T08:00:00.000Z`, idempotencyKey: null,
    });
    for (let s = first + 1; s < steps.length; s++) {
      const step = steps[s];
      const recorded = Math.max(effective, step.day - r.int(0, 12));
      changes.push({
        person, levelKey: step.key, fromLevelKey: steps[s - 1].key, effectiveDate: toIso(step.day), source: step.kind ?? 'PROMOTION',
        decidedBy: decider(r, person, recorded), recordedAt: `${toIso(recorded)}T${String(9 + r.int(0, 8)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`,
        idempotencyKey: `seed-${p.hrisId}-${toIso(step.day)}`,
      });
    }
  };

  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const r = new Rng(deriveSeed(opts.seed, 51, i));
    const hire = toDay(p.hireDate);
    const end = p.exitDate === null ? today : toDay(p.exitDate);
    const spec = org.teams[p.team].specialism;
    if (p.kind === 'AGENT' && spec !== null && SPECIALISMS[spec].handlesContacts) {
      const steps = simulateAgent(r, p, hire, end, i === org.demo.AGENT);
      emit(r, i, steps.map((s) => ({ key: AGENT_CHAIN[s.step], day: s.day })));
      const last = steps[steps.length - 1];
      const profile = SPECIALISMS[spec];
      p.level = last.step === 1 && wholeMonths(last.day, end) >= AGENT_III_AFTER_MONTHS ? 'Agent III' : AGENT_HRIS[last.step];
      p.jobTitle = last.step < 2 ? profile.title : last.step === 2 ? profile.seniorTitle : `${profile.seniorTitle} (Tier 2)`;
    } else if (p.kind === 'AGENT' && spec !== null) {
      emit(r, i, analystSteps(r, idx, spec === 'Quality' ? roles.qualityAnalyst : roles.workforceAnalyst, AGENT_CHAIN[2], hire, end, effective));
    } else if (p.kind === 'LEAD' || (p.kind === 'MANAGER' && p.level === 'Manager')) {
      const [{ key, from }, chance] = p.kind === 'LEAD' ? [roles.teamLead, LEAD_PROMOTED] : [roles.supportManager, MANAGER_PROMOTED];
      emit(r, i, leaderSteps(r, idx, key, from, chance, hire, today, effective, (day) => factor(p, day)));
    }
  }

  function simulateAgent(r: Rng, p: CareerPerson, hire: number, end: number, demoAgent: boolean): Array<{ step: number; day: number }> {
    const steps = [{ step: 0, day: hire }];
    if (demoAgent) {
      // The demo agent: Agent II for a few months, short of the minimum, on the way to a goal two levels up.
      const eligible = monthStartOnOrAfter(addMonths(hire, idx.minMonths(AGENT_CHAIN[0])));
      const promoted = Math.max(eligible, monthStartOf(addMonths(end, -Math.max(2, Math.floor(idx.minMonths(AGENT_CHAIN[1]) / 2)))));
      if (promoted < end) steps.push({ step: 1, day: promoted });
      return steps;
    }
    const personal = Math.exp(r.normal(0, 0.35));
    let eligible = addMonths(hire, idx.minMonths(AGENT_CHAIN[0]));
    for (let month = monthStartOnOrAfter(hire + 1); month < end && steps.length < AGENT_CHAIN.length; month = addMonths(month, 1)) {
      if (month < eligible) continue;
      const step = steps.length - 1;
      if (r.chance(AGENT_HAZARD[step] * personal * factor(p, month))) {
        steps.push({ step: step + 1, day: month });
        eligible = addMonths(month, idx.minMonths(AGENT_CHAIN[step + 1]));
      }
    }
    return steps;
  }

  const levelChanges = changes;
  let built: SeedCareer | undefined;
  return {
    ladderEffectiveFrom: toIso(effective),
    levelChanges,
    build: () =>
      (built ??= {
        ladder,
        ladderEffectiveFrom: toIso(effective),
        ladderPublishedAt: `${toIso(effective - 9)}T10:30:00.000Z`,
        ladderPublishedBy: hr,
        ladderNote: roles.note,
        hrisLevelMap: roles.hrisLevelMap,
        levelChanges,
        ...generateCareerEvidence(org, idx, levelChanges, opts),
      }),
  };
}

/** Analysts: hired into the role, or (some long-tenured ones) moved across from Senior Agent. */
function analystSteps(r: Rng, idx: LadderIndex, key: string, from: string, hire: number, end: number, effective: number): Array<{ key: string; day: number; kind?: 'LATERAL' }> {
  if (idx.move(from, key)?.kind === 'LATERAL' && r.chance(0.45)) {
    const seniorFrom = monthStartOnOrAfter(addMonths(hire, 24));
    if (seniorFrom <= effective) {
      const senior = seniorFrom + Math.floor(r.next() * (effective - seniorFrom + 1));
      const s = monthStartOf(senior) < hire ? seniorFrom : monthStartOf(senior);
      const lo = Math.max(monthStartOnOrAfter(effective + 1), monthStartOnOrAfter(addMonths(s, idx.minMonths(from))));
      const hi = monthStartOf(addMonths(end, -1));
      if (lo <= hi) {
        const moved = monthStartOf(lo + Math.floor(r.next() * (hi - lo + 1)));
        return [{ key: from, day: s }, { key, day: Math.max(moved, lo), kind: 'LATERAL' }];
      }
    }
  }
  return [{ key, day: hire }];
}

/** Leaders: in the role since before the history, hired into it, or promoted into it during the history. */
function leaderSteps(
  r: Rng, idx: LadderIndex, key: string, below: string, chance: number, hire: number, today: number, effective: number, factor: (day: number) => number,
): Array<{ key: string; day: number }> {
  const lo = Math.max(monthStartOnOrAfter(effective + 1), monthStartOnOrAfter(addMonths(hire, idx.minMonths(below) + 6)));
  const hi = monthStartOf(addMonths(today, -2));
  if (idx.move(below, key)?.kind === 'PROMOTION' && hire < effective && lo <= hi) {
    const promoted = monthStartOf(lo + Math.floor(r.next() * (hi - lo + 1)));
    const day = Math.max(promoted, lo);
    if (r.chance(chance * factor(day))) {
      const earliest = hire;
      const latest = Math.min(effective, addMonths(day, -idx.minMonths(below)));
      const before = earliest + Math.floor(r.next() * Math.max(1, latest - earliest));
      return [{ key: below, day: Math.min(before, latest) }, { key, day }];
    }
  }
  if (hire >= effective) return [{ key, day: hire }];
  // In the role since some time between hire and the ladder's launch.
  return [{ key, day: hire + Math.floor(r.next() * (effective - hire)) }];
}
