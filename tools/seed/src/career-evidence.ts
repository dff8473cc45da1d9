import type { CareerOrganisation, SeedLevelChange } from './career';
import { DECLINE_REASONS, INSIGHT_TEMPLATES, type InsightFrequency } from './career-insights';
import { type LadderIndex, wholeMonths } from './career-ladder';
import { SPECIALISMS } from './catalogue';
import { toDay, toIso } from './dates';
import { deriveSeed, Rng } from './prng';

/**
 * Assessments, goals and customer insights of the demo's current people, from their level
 * histories. A person's true standing in a competency moves from what their level expects towards
 * what the next level expects as they spend time in the level; managers rate it with a little
 * noise, people rate themselves a little higher on average (the calibration view shows it).
 */

export type AssessorKind = 'SELF' | 'MANAGER' | 'PEER';

export type SeedAssessment = {
  person: number;
  competencyKey: string;
  assessorKind: AssessorKind;
  assessor: number;
  proficiency: number;
  evidence: string | null;
  /** ISO instant. */
  assessedAt: string;
};

export type SeedGoal = { person: number; targetLevelKey: string; setAt: string };

export type InsightStatus = 'NEW' | 'ACCEPTED' | 'DONE' | 'DECLINED';

export type SeedInsight = {
  author: number;
  team: number;
  title: string;
  customerSaid: string;
  frequency: InsightFrequency;
  suggestedChange: string;
  tags: readonly string[];
  status: InsightStatus;
  declineReason: string | null;
  triagedBy: number | null;
  triagedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Self-ratings sit this much above the manager's on average. */
export const SELF_BIAS = 0.4;
/** Share of current agents with a career goal. */
const GOAL_SHARE = 0.6;
/** Share of current agents with a manager assessment (most of the rest have none yet, a few only their own). */
const ASSESSED_SHARE = 0.85;
const SELF_ONLY_SHARE = 0.04;
/** People in the demo manager's line who are ready for their next step now. */
const DEMO_READY = 3;
/** New ideas waiting for the demo manager's line to triage. */
const DEMO_NEW_IDEAS = 4;

const EVIDENCE: Record<string, readonly string[]> = {
  empathy: [
    'Calmed a customer whose refund had bounced twice; the follow-up survey mentioned them by name.',
    'Acknowledges frustration before troubleshooting; QA notes "warm and patient" on most calls reviewed.',
    'Handled the bereavement account closures this quarter with care and no escalations.',
  ],
  communication: [
    'Clear written replies; rewrote two macros the team now uses for shipping delays.',
    'Explains billing adjustments in plain language; fewer repeat contacts on their tickets.',
    'Summaries in tickets are complete enough that transfers rarely need a call-back.',
  ],
  'product-knowledge': [
    'Solves app sign-in issues without escalation, including the 2FA edge cases.',
    'Knows the refund rules per market; the go-to person for invoice questions on the floor.',
    'Still escalates subscription downgrades that the knowledge base covers.',
  ],
  'digital-tools': [
    'Uses the CRM shortcuts and saved views; handles chat and e-mail queues side by side.',
    'Built a saved search that finds duplicate shipping tickets.',
  ],
  'customer-insight': [
    'Spotted the spike in password-reset contacts after the release and flagged it the same day.',
    'Records what customers say in the ideas log; two ideas were adopted this half.',
  ],
  'data-analysis': [
    'Pulled the weekly contact reasons for the team huddle and found the carrier issue behind them.',
    'Reads the QA and CSAT dashboards, but has not yet built an analysis of their own.',
  ],
  'risk-control': [
    'Follows the identity checks on every account change; no findings in the last audit sample.',
    'Caught a refund fraud pattern and raised it with the risk team.',
  ],
  'cost-awareness': [
    'Uses partial refunds within policy instead of full replacements where it fits.',
    'Resolves on first contact more often than the team average, fewer costly call-backs.',
  ],
  'coaching-leadership': [
    'Buddies new hires in their first weeks; two of them passed nesting early.',
    'Runs the Tuesday calibration session when the lead is away.',
  ],
};

type Standing = { person: number; level: string; entered: number; hire: number };

export function generateCareerEvidence(
  org: CareerOrganisation,
  idx: LadderIndex,
  changes: readonly SeedLevelChange[],
  opts: { seed: number; today: string },
): { assessments: SeedAssessment[]; goals: SeedGoal[]; insights: SeedInsight[] } {
  const today = toDay(opts.today);
  const people = org.people;
  const current = new Map<number, Standing>();
  for (const c of changes) {
    const p = people[c.person];
    if (p.exitDate !== null) continue;
    current.set(c.person, { person: c.person, level: c.levelKey, entered: toDay(c.effectiveDate), hire: toDay(p.hireDate) });
  }
  const isAgent = (i: number) => people[i].kind === 'AGENT';
  const line = new Set<number>();
  for (let i = 0; i < people.length; i++) {
    for (let m = people[i].manager; m !== null; m = people[m].manager) {
      if (m === org.demo.MANAGER) {
        line.add(i);
        break;
      }
    }
  }

  // In the demo manager's line: the agent longest in their level is overdue and still has gaps;
  // the next few who have served their level's minimum are ready now.
  const waiting = [...current.values()]
    .filter((s) => line.has(s.person) && isAgent(s.person) && s.person !== org.demo.AGENT && idx.nextPromotion(s.level) !== null)
    .filter((s) => wholeMonths(s.entered, today) >= idx.minMonths(s.level))
    .sort((a, b) => a.entered - b.entered || a.person - b.person);
  const overdue = waiting.length > 0 ? waiting[0].person : -1;
  const ready = new Set(waiting.slice(1, 1 + DEMO_READY).map((s) => s.person));
  const teammates = new Map<number, number[]>();
  for (const j of [...current.keys()].sort((a, b) => a - b)) {
    if (!isAgent(j)) continue;
    const list = teammates.get(people[j].team) ?? [];
    list.push(j);
    teammates.set(people[j].team, list);
  }

  const assessments: SeedAssessment[] = [];
  const goals: SeedGoal[] = [];
  const ladderKeys = new Set(idx.ladder.levels.map((l) => l.key));
  for (const s of current.values()) {
    const i = s.person;
    const p = people[i];
    const r = new Rng(deriveSeed(opts.seed, 61, i));
    const demoAgent = i === org.demo.AGENT;
    const next = idx.nextPromotion(s.level);
    const goalOfDemo = demoAgent && next !== null ? idx.nextPromotion(next) : null;
    if (!isAgent(i) && !(p.kind === 'LEAD' && r.chance(0.6))) continue;
    const months = wholeMonths(s.entered, today);
    const keys = new Set<string>();
    for (const level of [s.level, next, goalOfDemo]) {
      if (level) for (const e of idx.level(level).expectations) keys.add(e.competencyKey);
    }
    const ability = r.normal(1, 0.25);
    const progress = clamp((months / Math.max(6, 1.5 * idx.minMonths(s.level))) * ability, 0, i === overdue ? 0.4 : 1.15);
    const manager = p.manager;
    const roll = r.next();
    const assessed = manager !== null && (demoAgent || ready.has(i) || roll < ASSESSED_SHARE);
    const selfOnly = !assessed && roll < ASSESSED_SHARE + SELF_ONLY_SHARE;
    const cycle = today - r.int(7, 70);
    if (cycle - 30 < s.hire) continue; // too new to have been through a review
    const selfAt = cycle - r.int(1, 10);
    const earlier = r.chance(0.35) && cycle - 182 > s.hire ? cycle - 182 + r.int(-10, 10) : null;
    for (const key of [...keys].sort()) {
      const cur = Math.max(1, idx.expected(s.level, key));
      const nxt = next ? Math.max(cur, idx.expected(next, key)) : cur;
      let truth = cur + (nxt - cur) * progress + r.normal(0, 0.45);
      if (demoAgent) truth = cur + (nxt - cur) * (key === 'empathy' || key === 'communication' ? 1 : 0.3);
      let rating = clamp(Math.round(truth), 1, 5);
      if (ready.has(i)) rating = Math.max(rating, nxt);
      const self = clamp(Math.round(truth + SELF_BIAS + r.normal(0, 0.5)), 1, 5);
      if (assessed) {
        assessments.push({ person: i, competencyKey: key, assessorKind: 'MANAGER', assessor: manager!, proficiency: rating, evidence: r.chance(0.7) ? r.pick(EVIDENCE[key] ?? EVIDENCE.communication) : null, assessedAt: instant(r, cycle) });
        if (earlier !== null) {
          assessments.push({ person: i, competencyKey: key, assessorKind: 'MANAGER', assessor: manager!, proficiency: clamp(rating - (r.chance(0.4) ? 1 : 0), 1, 5), evidence: null, assessedAt: instant(r, earlier) });
        }
      }
      if (assessed ? demoAgent || r.chance(0.8) : selfOnly) {
        assessments.push({ person: i, competencyKey: key, assessorKind: 'SELF', assessor: i, proficiency: self, evidence: r.chance(0.4) ? r.pick(EVIDENCE[key] ?? EVIDENCE.communication) : null, assessedAt: instant(r, selfAt) });
      }
    }
    // A peer view for a few people, from a current teammate.
    const peers = (teammates.get(p.team) ?? []).filter((j) => j !== i);
    if ((demoAgent || r.chance(0.08)) && peers.length > 0) {
      const peer = demoAgent ? Math.min(...peers) : r.pick(peers);
      for (const key of ['empathy', 'communication', 'product-knowledge'].filter((k) => keys.has(k))) {
        const rating = clamp(Math.round(Math.max(1, idx.expected(s.level, key)) + r.normal(0.2, 0.5)), 1, 5);
        assessments.push({ person: i, competencyKey: key, assessorKind: 'PEER', assessor: peer, proficiency: rating, evidence: null, assessedAt: instant(r, cycle - r.int(0, 14)) });
      }
    }

    // Goals: most one or two moves away.
    if (isAgent(i) && !ready.has(i) && (demoAgent || r.chance(GOAL_SHARE))) {
      let target: string | null = null;
      const dist = idx.distances(s.level);
      if (goalOfDemo !== null && dist.get(goalOfDemo) === 2) target = goalOfDemo;
      else {
        const want = r.weighted<number>([[1, 0.55], [2, 0.35], [3, 0.1]]);
        for (let d = want; d >= 1 && target === null; d--) {
          const at = [...dist].filter(([k, n]) => n === d && ladderKeys.has(k)).map(([k]) => k).sort();
          if (at.length) target = r.pick(at);
        }
      }
      if (target !== null) {
        const from = Math.max(s.entered, s.hire) + 14;
        const setAt = Math.min(today - 3, Math.max(from, today - r.int(10, 240)));
        goals.push({ person: i, targetLevelKey: target, setAt: instant(r, setAt) });
      }
    }
  }

  return { assessments, goals, insights: insights(org, current, line, opts.seed, today) };
}

function insights(org: CareerOrganisation, current: ReadonlyMap<number, Standing>, line: ReadonlySet<number>, seed: number, today: number): SeedInsight[] {
  const people = org.people;
  const out: SeedInsight[] = [];
  const frontline = (i: number) => {
    const spec = org.teams[people[i].team].specialism;
    return people[i].kind === 'AGENT' && spec !== null && SPECIALISMS[spec].handlesContacts;
  };
  const authors = [...current.keys()].filter(frontline).sort((a, b) => a - b);
  const triager = (r: Rng, author: number) => {
    const lead = people[author].manager!;
    const above = people[lead].manager;
    return above !== null && r.chance(0.25) ? above : lead;
  };
  const add = (r: Rng, author: number, created: number, status: InsightStatus) => {
    const t = r.pick(INSIGHT_TEMPLATES);
    const triaged = status === 'NEW' ? null : Math.min(today - 1, created + r.int(1, 21));
    const done = status === 'DONE' && triaged !== null ? Math.min(today, triaged + r.int(7, 60)) : triaged;
    const createdAt = instant(r, created);
    const triagedAt = triaged === null ? null : instant(r, triaged);
    out.push({
      author, team: people[author].team, title: t.title, customerSaid: t.customerSaid, frequency: t.frequency, suggestedChange: t.suggestedChange,
      tags: t.tags, status, declineReason: status === 'DECLINED' ? r.pick(DECLINE_REASONS) : null,
      triagedBy: triaged === null ? null : triager(r, author), triagedAt,
      createdAt, updatedAt: done === null ? createdAt : done === triaged ? triagedAt! : instant(r, done),
    });
  };
  for (const i of authors) {
    const r = new Rng(deriveSeed(seed, 71, i));
    const hire = toDay(people[i].hireDate);
    let n = r.chance(0.35) ? 1 : 0;
    if (n && r.chance(0.25)) n++;
    if (i === org.demo.AGENT) {
      add(r, i, Math.max(hire + 7, today - 75), 'ACCEPTED');
      add(r, i, today - 6, 'NEW');
      continue;
    }
    for (let k = 0; k < n; k++) {
      const created = Math.max(hire + 14, today - r.int(3, 240));
      if (created >= today) continue;
      const age = today - created;
      const status: InsightStatus =
        age < 14 ? 'NEW' : r.weighted<InsightStatus>([['NEW', age < 60 ? 0.35 : 0.08], ['ACCEPTED', 0.3], ['DONE', age > 45 ? 0.35 : 0.05], ['DECLINED', 0.17]]);
      add(r, i, created, status);
    }
  }
  // Fresh ideas from the demo manager's line, waiting for triage.
  const r = new Rng(deriveSeed(seed, 72));
  const fresh = authors.filter((i) => line.has(i) && i !== org.demo.AGENT);
  const waiting = out.filter((x) => x.status === 'NEW' && line.has(x.author)).length;
  for (let k = waiting; k < DEMO_NEW_IDEAS && fresh.length > 0; k++) add(r, fresh[k % fresh.length], today - r.int(1, 12), 'NEW');
  return out;
}

function instant(r: Rng, day: number): string {
  return `${toIso(day)}T${String(7 + r.int(0, 10)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.000Z`;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
