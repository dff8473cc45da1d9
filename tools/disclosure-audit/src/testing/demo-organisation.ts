import {
  ALL,
  measureIsReportable,
  ORG_KEY,
  planRotation,
  rollingLookback,
  TENURE_BANDS,
  type RespondentHistory,
  type RollupCell,
  type RollupInvitations,
  type WaveAnswers,
} from '@pulse/domain-pulse';
import { DEFAULT_CONFIDENTIALITY_K } from '@pulse/shared';
import { DEMO_DEFAULTS, generateOrganisation } from '@pulse/seed';
import type { PublishedCell } from '../auditor';

export const WORK_MODES = ['REMOTE', 'HYBRID', 'OFFICE'] as const;
export const RESPONDENTS = 'respondents';

/** One closed wave of the demo organisation as pulse-rollup.service.ts hands it to rollupRollingWave. */
export type DemoWave = {
  readonly program: string;
  readonly cadence: 'WEEKLY' | 'MONTHLY';
  readonly periodStart: string;
  readonly k: number;
  readonly respondents: RespondentHistory[];
  readonly invitations: RollupInvitations[];
  readonly cycleLength: number;
};

export type DemoOrganisation = {
  readonly teams: ReadonlyArray<{ readonly key: string; readonly parent: string | null }>;
  readonly closedWaves: DemoWave[];
};

/**
 * The demo organisation the API seeds on first start (apps/api/src/database/demo-seed.ts:
 * seedDemoOrganisation with DEMO_DEFAULTS and today's date), with every closed wave's input to the
 * rollup built as PulseRollupService.recomputeWave builds it from the database: invitations grouped
 * by snapshot; each respondent's answers to this wave and to the program's rollingLookback(cycle)
 * waves before it (by period start), with this wave's snapshot groups. Waves keep the
 * organisation's k (the seed records it on every wave).
 */
export function demoOrganisation(today: string): DemoOrganisation {
  const org = generateOrganisation({ ...DEMO_DEFAULTS, today });
  const history = org.pulse();
  const k = DEFAULT_CONFIDENTIALITY_K;
  // Answers by wave and person: the database's pulse_response (wave_id, person_id) -> answers.
  const answersOf = history.waves.map((_, w) => {
    const byPerson = new Map<number, Readonly<Record<string, number>>>();
    for (const e of history.entriesOf(w)) if (e.response) byPerson.set(e.person, e.response.answers);
    return byPerson;
  });
  const closedWaves: DemoWave[] = [];
  history.programs.forEach((program, p) => {
    const cycleLength = Math.max(1, planRotation(program.itemIds, program.itemsPerPulse).cycleLength);
    const waves = history.waves.map((w, index) => ({ w, index })).filter(({ w }) => w.program === p);
    waves.sort((a, b) => a.w.periodStart.localeCompare(b.w.periodStart));
    waves.forEach(({ w, index }, position) => {
      if (w.status !== 'CLOSED') return;
      // Newest first: 1 wave ago, 2 waves ago, … (the service's ORDER BY period_start DESC LIMIT).
      const earlier = waves.slice(Math.max(0, position - rollingLookback(cycleLength)), position).reverse();
      const invited = new Map<string, RollupInvitations & { count: number }>();
      const respondents: RespondentHistory[] = [];
      for (const e of history.entriesOf(index)) {
        const snapshot = { teamIds: e.teams.map(String), workMode: e.workMode, tenureBand: e.tenureBand };
        const key = `${snapshot.teamIds.join('/')}|${e.workMode}|${e.tenureBand}`;
        const group = invited.get(key);
        if (group) group.count++;
        else invited.set(key, { ...snapshot, count: 1 });
        if (!e.response) continue;
        const answers: WaveAnswers[] = [{ wavesAgo: 0, answers: e.response.answers }];
        earlier.forEach((before, i) => {
          const then = answersOf[before.index].get(e.person);
          if (then) answers.push({ wavesAgo: i + 1, answers: then });
        });
        respondents.push({ ...snapshot, hasComment: e.response.comment !== null, history: answers });
      }
      closedWaves.push({ program: program.name, cadence: program.cadence, periodStart: w.periodStart, k, respondents, invitations: [...invited.values()], cycleLength });
    });
  });
  return { teams: org.teams.map((t, i) => ({ key: String(i), parent: t.parent === null ? null : String(t.parent) })), closedWaves };
}

/** A measure aggregate hides itself when the suppression decision says so (older aggregates carry no flag). */
function aggregateShown(agg: object): boolean {
  return !('shown' in agg && agg.shown === false);
}

/**
 * What HR can read of one wave, per quantity (the respondent count and each measure the wave
 * scored): every cell a view offers (a team's sub-tree or the organisation, as a whole, by work
 * mode or by tenure band; never a work mode × tenure band cross) with its count and sum when shown.
 * A group with no cell reads as "no responses" (a public zero); inside a shown cell a measure
 * nobody there scored is a zero too. Paired changes (`measure.change`) are left out: views show
 * only their direction, never a count.
 */
export function visibleToHr(teams: DemoOrganisation['teams'], k: number, cells: readonly RollupCell[]): Map<string, PublishedCell[]> {
  const byKey = new Map(cells.map((c) => [`${c.teamKey}|${c.workMode}|${c.tenureBand}`, c]));
  const measures = [...new Set(cells.flatMap((c) => Object.keys(c.measures)))].sort();
  const out = new Map<string, PublishedCell[]>([RESPONDENTS, ...measures].map((q) => [q, []]));
  for (const team of [ORG_KEY, ...teams.map((t) => t.key)])
    for (const workMode of [ALL, ...WORK_MODES])
      for (const tenureBand of [ALL, ...TENURE_BANDS]) {
        if (workMode !== ALL && tenureBand !== ALL) continue;
        const key = { team, workMode, tenureBand };
        const c = byKey.get(`${team}|${workMode}|${tenureBand}`);
        if (!c) {
          for (const list of out.values()) list.push({ ...key, n: 0 });
          continue;
        }
        if (!c.shown) continue;
        out.get(RESPONDENTS)!.push({ ...key, n: c.respondents });
        for (const m of measures) {
          const agg = c.measures[m];
          if (!agg) out.get(m)!.push({ ...key, n: 0 });
          else if (measureIsReportable(agg, k) && aggregateShown(agg)) out.get(m)!.push({ ...key, n: agg.n, sum: { value: agg.sum, tolerance: 0 } });
        }
      }
  return out;
}
