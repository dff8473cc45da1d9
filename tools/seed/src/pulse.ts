import { scorePulseResponse, tenureBand, type MeasureId, type TenureBand } from '@pulse/domain-pulse';
import type { WorkMode } from '@pulse/shared';
import { isoWeekday, mondayOnOrBefore, toDay, toIso } from './dates';
import { deriveSeed, Rng } from './prng';

/**
 * Pulse history of a generated organisation (SPEC §4): two programs, one wave per period, an
 * invitation for everyone employed at the period start and responses for most of them. Answers
 * come from a latent burnout level per person and week, so group figures tell a story: one
 * overloaded team burns out over the last months, remote agents answer less often.
 *
 * Waves are produced one at a time and invitees person by person, each from its own PRNG stream
 * (seed, wave, person), so 50,000 people × 104 weeks never sit in memory and every row is the
 * same whatever order it is generated in.
 */

/** Weekly pool, in rotation order: item j is asked in waves whose sequence ≡ j (mod 2). */
export const WEEKLY_POOL = [
  'cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11', 'cbi.work.12', 'cbi.work.13',
  'single-item-burnout.1', 'enps.recommend',
] as const;
export const WHO5_ITEMS = ['who5.1', 'who5.2', 'who5.3', 'who5.4', 'who5.5'] as const;
/** The reverse-scored CBI work item ("enough energy for family and friends during leisure time?"). */
const CBI_REVERSE = 'cbi.work.13';

export type SeedPulseProgram = {
  name: string;
  status: 'ACTIVE';
  cadence: 'WEEKLY' | 'MONTHLY';
  itemsPerPulse: number;
  itemIds: readonly string[];
  windowHours: number;
  reminderHoursBeforeClose: number | null;
  /** The first generated period. */
  startsOn: string;
};

export type SeedPulseWave = {
  program: number;
  /** 0-based position in its program; decides the rotation's items. */
  sequence: number;
  /** Monday (weekly) or the 1st (monthly). */
  periodStart: string;
  itemIds: readonly string[];
  /** The current period's waves are OPEN, every earlier one CLOSED. */
  status: 'OPEN' | 'CLOSED';
  /** Instants as epoch milliseconds: earliest invitation opening, latest closing, and when it closed. */
  openedAt: number;
  closesAt: number;
  closedAt: number | null;
  /** Invitations of the wave (everyone employed at the period start). */
  invited: number;
};

export type SeedPulseResponse = {
  answers: Record<string, number>;
  /** Shared between responses with the same answers: do not modify. */
  scores: Readonly<Record<MeasureId, number>>;
  comment: string | null;
  submittedAt: number;
};

/** One invitation and, when the person answered, their response (same snapshot attributes). */
export type SeedPulseEntry = {
  wave: number;
  person: number;
  opensAt: number;
  closesAt: number;
  remindedAt: number | null;
  /** The person's team and its ancestors, nearest first (team indexes). */
  teams: readonly number[];
  workMode: WorkMode;
  tenureBand: TenureBand;
  level: string;
  response: SeedPulseResponse | null;
};

export type SeedActionPlan = {
  team: number;
  program: number;
  title: string;
  /** Owner, and the person whose account created the plan. */
  owner: number;
  dueOn: string;
  measure: MeasureId;
  status: 'OPEN' | 'DONE';
  createdAt: number;
};

export type SeedPulseHistory = {
  /** The generator's "now" (epoch ms): the current waves are open at this instant. */
  now: number;
  programs: SeedPulseProgram[];
  /** Every wave of every program, in order of period start. */
  waves: SeedPulseWave[];
  actionPlans: SeedActionPlan[];
  /** Invitations (and responses) of one wave, person by person. */
  entriesOf(wave: number): Generator<SeedPulseEntry>;
  /** Every invitation of every wave, wave by wave. */
  entries(): Generator<SeedPulseEntry>;
};

/** What the pulse generator needs of the organisation (a structural subset of its rows). */
export type PulseOrganisation = {
  teams: ReadonlyArray<{ parent: number | null; lead: number | null; overloaded: boolean }>;
  people: ReadonlyArray<{
    team: number;
    manager: number | null;
    level: string;
    timeZone: string;
    shiftPattern: ReadonlyArray<{ day: number; start: string }>;
    hireDate: string;
    exitDate: string | null;
    exitReason: string | null;
    workModes: ReadonlyArray<{ workMode: WorkMode; effectiveFrom: string }>;
  }>;
  demoAgent: number;
  demoManager: number;
};

export type PulseHistoryOptions = {
  seed: number;
  /** YYYY-MM-DD, the UTC date of `now`. */
  today: string;
  /** Epoch ms; the current waves are open at this instant. */
  now: number;
  /** Weekly periods to generate, the current one included. Monthly waves cover the same span. */
  weeks: number;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Weeks before now when the overloaded team's burnout starts rising, and when the rise stops. */
const OVERLOAD_FROM = -20;
const OVERLOAD_PEAK = -3;

const COMMENTS = {
  strained: [
    'The queue has been relentless for weeks, no time to breathe between contacts.',
    'Overtime is becoming the norm rather than the exception.',
    'Hard to switch off after a day of back-to-back escalations.',
    'We need more people on the queue; the backlog never shrinks.',
    'Breaks keep getting cut short whenever the queue spikes.',
    'Feels like running to stand still with so many reopened tickets.',
  ],
  neutral: [
    'Workload is fine but the tooling is slow and adds stress.',
    'Would appreciate clearer priorities when the queues spike.',
    'Some weeks are calm, others are chaos.',
    'More time for training would help.',
    'Knowledge base articles are out of date, which slows us down.',
  ],
  positive: [
    'Good week, the team really helped each other out.',
    'The new schedule fits much better with family life.',
    'Feeling supported by my lead.',
    'Coaching sessions have been really useful.',
    'Quiet week, had time to clear my backlog.',
  ],
  remote: [
    'Working from home I sometimes miss asking a teammate a quick question.',
    'Would like more regular check-ins with the team while remote.',
  ],
} as const;

/** Defaults: weekly periods from the history start to today. */
export function weeksSince(historyStart: string, today: string): number {
  return Math.floor((mondayOnOrBefore(toDay(today)) - mondayOnOrBefore(toDay(historyStart))) / 7) + 1;
}

type PersonModel = {
  hire: number;
  exit: number;
  tz: number;
  /** Shift start in minutes after local midnight by ISO weekday (index 1–7), −1 when off. */
  shift: Int16Array;
  firstStart: number;
  modes: Array<[number, WorkMode]>;
  teams: readonly number[];
  overloaded: boolean;
  voluntaryExit: boolean;
  // Latent traits.
  burnout: number;
  driftAmp: number;
  driftWeeks: number;
  driftPhase: number;
  answerRate: number;
  wellbeing: number;
  loyalty: number;
};

export function generatePulseHistory(org: PulseOrganisation, opts: PulseHistoryOptions): SeedPulseHistory {
  if (!Number.isInteger(opts.weeks) || opts.weeks < 1 || opts.weeks > 520) throw new RangeError('pulse weeks must be a whole number from 1 to 520');
  const todayDay = toDay(opts.today);
  const now = opts.now;
  if (Math.floor(now / DAY) !== todayDay) throw new RangeError('now must fall on today (UTC)');
  const currentMonday = mondayOnOrBefore(todayDay);
  const firstMonday = currentMonday - 7 * (opts.weeks - 1);

  // ---- Programs and waves -------------------------------------------------------------------
  const periodsWeekly: number[] = [];
  for (let d = firstMonday; d <= currentMonday; d += 7) periodsWeekly.push(d);
  const periodsMonthly: number[] = [];
  {
    const first = new Date(firstMonday * DAY);
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
    for (;;) {
      const d = Date.UTC(y, m, 1) / DAY;
      if (d > todayDay) break;
      periodsMonthly.push(d);
      m++;
      if (m === 12) {
        m = 0;
        y++;
      }
    }
  }
  if (periodsMonthly.length === 0) {
    const d = new Date(todayDay * DAY);
    periodsMonthly.push(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY);
  }
  const programs: SeedPulseProgram[] = [
    {
      name: 'Weekly wellbeing pulse', status: 'ACTIVE', cadence: 'WEEKLY', itemsPerPulse: 5, itemIds: WEEKLY_POOL,
      windowHours: 72, reminderHoursBeforeClose: 24, startsOn: toIso(periodsWeekly[0]),
    },
    {
      name: 'Monthly well-being check (WHO-5)', status: 'ACTIVE', cadence: 'MONTHLY', itemsPerPulse: 5, itemIds: WHO5_ITEMS,
      windowHours: 120, reminderHoursBeforeClose: 48, startsOn: toIso(periodsMonthly[0]),
    },
  ];
  const currentMonth = periodsMonthly[periodsMonthly.length - 1];

  type Plan = { program: number; sequence: number; day: number; current: boolean };
  const plans: Plan[] = [
    ...periodsWeekly.map((day, sequence) => ({ program: 0, sequence, day, current: day === currentMonday })),
    ...periodsMonthly.map((day, sequence) => ({ program: 1, sequence, day, current: day === currentMonth })),
  ].sort((a, b) => a.day - b.day || a.program - b.program);

  // ---- People -------------------------------------------------------------------------------
  const zones: string[] = [];
  const zoneIndex = new Map<string, number>();
  const ancestry = org.teams.map((_, t) => {
    const chain: number[] = [];
    for (let x: number | null = t; x !== null; x = org.teams[x].parent) chain.push(x);
    return chain;
  });
  const teamBase = org.teams.map((t, i) => (t.overloaded ? 42 : new Rng(deriveSeed(opts.seed, 47, i)).normal(41, 3.5)));
  const people: PersonModel[] = org.people.map((p, i) => {
    let tz = zoneIndex.get(p.timeZone);
    if (tz === undefined) {
      tz = zones.length;
      zones.push(p.timeZone);
      zoneIndex.set(p.timeZone, tz);
    }
    const shift = new Int16Array(8).fill(-1);
    for (const b of p.shiftPattern) shift[b.day] = Number(b.start.slice(0, 2)) * 60 + Number(b.start.slice(3, 5));
    const r = new Rng(deriveSeed(opts.seed, 43, i));
    return {
      hire: toDay(p.hireDate),
      exit: p.exitDate === null ? Infinity : toDay(p.exitDate),
      tz,
      shift,
      firstStart: p.shiftPattern.length ? shift[p.shiftPattern[0].day] : 540,
      modes: p.workModes.map((m) => [toDay(m.effectiveFrom), m.workMode] as [number, WorkMode]),
      teams: ancestry[p.team],
      overloaded: org.teams[p.team].overloaded,
      voluntaryExit: p.exitReason === 'VOLUNTARY',
      burnout: teamBase[p.team] + r.normal(0, 9),
      driftAmp: r.range(2, 8),
      driftWeeks: r.range(18, 60),
      driftPhase: r.range(0, 2 * Math.PI),
      answerRate: r.normal(0.8, 0.1),
      wellbeing: r.normal(0, 10),
      loyalty: r.normal(0, 1.3),
    };
  });

  // UTC offset of a zone on a day, in minutes (at local noon: close enough for shift starts).
  const offsets = new Map<number, number>();
  const formatters = zones.map(
    (timeZone) => new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }),
  );
  const offsetOf = (tz: number, day: number): number => {
    const key = day * 64 + tz;
    let off = offsets.get(key);
    if (off === undefined) {
      const at = day * DAY + 12 * HOUR;
      const parts = Object.fromEntries(formatters[tz].formatToParts(new Date(at)).map((x) => [x.type, x.value]));
      const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
      off = Math.round((local - at) / 60_000);
      offsets.set(key, off);
    }
    return off;
  };
  const shiftStartAt = (p: PersonModel, localDay: number, minutes: number) => localDay * DAY + minutes * 60_000 - offsetOf(p.tz, localDay) * 60_000;

  const employed = (p: PersonModel, day: number) => p.hire <= day && p.exit > day;

  /** A person's window: opens at their first shift start in the period's first four days (local). */
  const windowOf = (i: number, plan: Plan, hours: number): [number, number] => {
    const p = people[i];
    if (plan.current) {
      // An open wave: the person's window started at their latest shift start since the period
      // began (or starts at their next one), so windows are open now as the scheduler left them.
      const localDay = Math.floor((now + offsetOf(p.tz, todayDay) * 60_000) / DAY);
      let opens = Infinity;
      for (let d = localDay; d >= plan.day && opens === Infinity; d--) {
        const start = p.shift[isoWeekday(d)];
        if (start >= 0 && shiftStartAt(p, d, start) <= now) opens = shiftStartAt(p, d, start);
      }
      for (let d = localDay; d < localDay + 8 && opens === Infinity; d++) {
        const start = p.shift[isoWeekday(d)];
        if (start >= 0 && shiftStartAt(p, d, start) > now) opens = shiftStartAt(p, d, start);
      }
      if (opens === Infinity) opens = now - HOUR;
      // The demo agent can always answer this week's pulse in a browser right after seeding.
      if (i === org.demoAgent && (opens > now || opens + hours * HOUR < now + 12 * HOUR)) opens = now - HOUR;
      return [opens, opens + hours * HOUR];
    }
    let opens = -1;
    for (let d = plan.day; d < plan.day + 4 && opens < 0; d++) {
      const start = p.shift[isoWeekday(d)];
      if (start >= 0) opens = shiftStartAt(p, d, start);
    }
    if (opens < 0) opens = shiftStartAt(p, plan.day, p.firstStart);
    // A closed wave's windows end by now (only the previous week's latest shifts could reach it).
    return [opens, Math.min(opens + hours * HOUR, now - 60_000)];
  };

  const modeOn = (p: PersonModel, day: number): WorkMode => {
    let mode = p.modes[0][1];
    for (const [from, m] of p.modes) if (from <= day) mode = m;
    return mode;
  };

  // ---- Wave rows: bounds and sizes from one pass over the invitees ---------------------------
  const waves: SeedPulseWave[] = plans.map((plan) => {
    const program = programs[plan.program];
    let openedAt = Infinity;
    let closesAt = -Infinity;
    let invited = 0;
    for (let i = 0; i < people.length; i++) {
      if (!employed(people[i], plan.day)) continue;
      invited++;
      const [o, c] = windowOf(i, plan, program.windowHours);
      if (o < openedAt) openedAt = o;
      if (c > closesAt) closesAt = c;
    }
    if (invited === 0) openedAt = closesAt = plan.day * DAY;
    const itemIds = plan.program === 0 ? WEEKLY_POOL.filter((_, j) => j % 2 === plan.sequence % 2) : WHO5_ITEMS;
    return {
      program: plan.program, sequence: plan.sequence, periodStart: toIso(plan.day), itemIds,
      status: plan.current ? 'OPEN' : 'CLOSED', openedAt, closesAt, closedAt: plan.current ? null : closesAt, invited,
    };
  });

  // ---- Latent model ----------------------------------------------------------------------------
  /** Weeks from now to a day (negative in the past). */
  const weeksAgo = (day: number) => (day - todayDay) / 7;
  const overload = (t: number) => (t <= OVERLOAD_FROM ? 0 : t >= OVERLOAD_PEAK ? 23 : (25 * (t - OVERLOAD_FROM)) / (OVERLOAD_PEAK - OVERLOAD_FROM));
  const burnoutOf = (p: PersonModel, day: number, r: Rng): number => {
    const t = weeksAgo(day);
    let b = p.burnout + p.driftAmp * Math.sin((2 * Math.PI * day) / (7 * p.driftWeeks) + p.driftPhase) + r.normal(0, 4);
    if (p.overloaded) b += overload(t);
    if (day - p.hire < 90) b -= 6 * (1 - (day - p.hire) / 90); // the honeymoon of the first months
    if (p.voluntaryExit && p.exit - day < 70) b += 12 * (1 - (p.exit - day) / 70);
    return clamp(b, 0, 100);
  };
  const answerRate = (p: PersonModel, day: number, mode: WorkMode, monthly: boolean): number => {
    let rate = p.answerRate - (mode === 'REMOTE' ? 0.1 : 0) - (monthly ? 0.04 : 0);
    if (p.overloaded) rate -= 0.2 * clamp((weeksAgo(day) + 13) / 13, 0, 1);
    return clamp(rate, 0.1, 0.97);
  };

  const quantizeCbi = (x: number) => Math.round(clamp(x, 0, 100) / 25) * 25;
  const cbiShift: Record<string, number> = {
    'cbi.work.7': 5, 'cbi.work.8': -6, 'cbi.work.9': 2, 'cbi.work.10': 9, 'cbi.work.11': -8, 'cbi.work.12': -10, 'cbi.work.13': 8,
  };

  // Answers take few distinct shapes (5^4 × 11 weekly, 6^5 monthly): score each shape once with the
  // instrument rules and share the result, which makes millions of responses cheap.
  const scored = new Map<string, Readonly<Record<MeasureId, number>>>();
  const scoresOf = (answers: Record<string, number>): Readonly<Record<MeasureId, number>> => {
    let key = '';
    for (const id in answers) key += `${id}=${answers[id]};`;
    let scores = scored.get(key);
    if (scores === undefined) {
      scores = Object.freeze(scorePulseResponse(answers));
      scored.set(key, scores);
    }
    return scores;
  };
  // Tenure bands only grow with time; most people sit in the top band, so it is remembered.
  const TOP_BAND: TenureBand = 'YEARS_2_PLUS';
  const topFrom = new Float64Array(people.length).fill(Infinity);
  const bandOf = (i: number, day: number, periodIso: string): TenureBand => {
    if (day >= topFrom[i]) return TOP_BAND;
    const band = tenureBand(org.people[i].hireDate, periodIso);
    if (band === TOP_BAND) topFrom[i] = day;
    return band;
  };

  function* entriesOf(w: number): Generator<SeedPulseEntry> {
    const plan = plans[w];
    const wave = waves[w];
    const program = programs[plan.program];
    const monthly = plan.program === 1;
    const periodIso = wave.periodStart;
    const reminderMs = program.reminderHoursBeforeClose === null ? null : program.reminderHoursBeforeClose * HOUR;
    for (let i = 0; i < people.length; i++) {
      const p = people[i];
      if (!employed(p, plan.day)) continue;
      const [opensAt, closesAt] = windowOf(i, plan, program.windowHours);
      const r = new Rng(deriveSeed(opts.seed, 41, w, i));
      const mode = modeOn(p, plan.day);
      const person = org.people[i];
      const until = Math.min(closesAt, now);
      let rate = answerRate(p, plan.day, mode, monthly);
      if (plan.current) rate *= Math.sqrt(clamp((now - opensAt) / (closesAt - opensAt), 0, 1));
      const demoTodo = plan.current && !monthly && i === org.demoAgent;
      let response: SeedPulseResponse | null = null;
      const remindAt = reminderMs === null ? null : closesAt - reminderMs;
      if (r.chance(rate) && !demoTodo && until > opensAt) {
        // Most answer early in their first shift; some after the reminder.
        let at: number;
        if (remindAt !== null && remindAt > opensAt && remindAt < until && r.chance(0.25)) at = remindAt + r.exponential(3 * HOUR);
        else at = opensAt + r.exponential(6 * HOUR);
        if (at >= until) at = opensAt + r.next() * (until - opensAt);
        const b = burnoutOf(p, plan.day, r);
        const answers: Record<string, number> = {};
        if (monthly) {
          const target = clamp(78 - 0.5 * b + p.wellbeing + r.normal(0, 5), 0, 100) / 20;
          for (const id of WHO5_ITEMS) answers[id] = Math.round(clamp(target + r.normal(0, 0.7), 0, 5));
        } else {
          for (const id of wave.itemIds) {
            if (id.startsWith('cbi.')) {
              const v = quantizeCbi(b + cbiShift[id] + r.normal(0, 14));
              answers[id] = id === CBI_REVERSE ? 100 - v : v;
            } else if (id === 'enps.recommend') {
              answers[id] = Math.round(clamp(8 - 0.075 * (b - 40) + p.loyalty + r.normal(0, 0.8), 0, 10));
            } else {
              answers[id] = Math.round(clamp(1 + b / 28 + r.normal(0, 0.55), 1, 5));
            }
          }
        }
        let comment: string | null = null;
        if (!monthly && r.chance(0.05)) {
          const pool = mode === 'REMOTE' && r.chance(0.25) ? COMMENTS.remote : b >= 58 ? COMMENTS.strained : b >= 38 ? COMMENTS.neutral : COMMENTS.positive;
          comment = r.pick(pool);
        }
        response = { answers, scores: scoresOf(answers), comment, submittedAt: Math.floor(at) };
      }
      const reminded = remindAt !== null && remindAt <= now && remindAt > opensAt && (response === null || response.submittedAt > remindAt);
      yield {
        wave: w, person: i, opensAt, closesAt, remindedAt: reminded ? remindAt : null, teams: p.teams, workMode: mode,
        tenureBand: bandOf(i, plan.day, periodIso), level: person.level, response,
      };
    }
  }

  // ---- Action plans: the demo manager responds to the overloaded team -------------------------
  const overloadedTeam = org.teams.findIndex((t) => t.overloaded);
  const actionPlans: SeedActionPlan[] =
    overloadedTeam < 0
      ? []
      : [
          {
            team: overloadedTeam, program: 0, title: 'Rebalance queue assignments', owner: org.demoManager,
            dueOn: toIso(todayDay + 7 * OVERLOAD_PEAK), measure: 'cbi.work', status: 'DONE', createdAt: (todayDay - 7 * 8) * DAY + 15 * HOUR,
          },
          {
            team: overloadedTeam, program: 0, title: 'Protect off-queue time for coaching and breaks', owner: org.demoManager,
            dueOn: toIso(todayDay + 21), measure: 'enps', status: 'OPEN', createdAt: (todayDay - 10) * DAY + 15 * HOUR,
          },
        ];

  return {
    now,
    programs,
    waves,
    actionPlans,
    entriesOf,
    *entries() {
      for (let w = 0; w < waves.length; w++) yield* entriesOf(w);
    },
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
