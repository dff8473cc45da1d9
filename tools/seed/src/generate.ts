import { parseShiftPattern, type ShiftBlock } from '@pulse/domain-people';
import type { ExitReason, Locale, Role, WorkMode } from '@pulse/shared';
import {
  emailPart, FRONTLINE, pickName, MANAGER_LAYERS, SITES, SPECIALISMS,
  type Region, type Site, type Specialism,
} from './catalogue';
import { dayOfYear, mondayOnOrAfter, mondayOnOrBefore, toDay, toIso } from './dates';
import { deriveSeed, Rng } from './prng';
import { generatePulseHistory, weeksSince, type SeedPulseHistory } from './pulse';
import { LADDER_ROLES, planCareers, type CareerLadderChoice, type SeedCareer } from './career';

/**
 * Pure generator of a realistic support organisation. Returns plain rows keyed by array index
 * (`teams[i]`, `people[i]`); the writer turns indexes into UUIDs. Weekly signals are produced
 * lazily, person by person, so 50,000 people (millions of weeks) never sit in memory at once.
 */

export type GenerateOptions = {
  /** Person rows to generate, leavers of the last 18 months included. At least 60. */
  people: number;
  slug: string;
  name: string;
  seed: number;
  /** "Today" as YYYY-MM-DD: hires, exits and signals all lie before it. */
  today: string;
  /** Prefix of HRIS employee ids (default "NW"), so two generated files do not share ids. */
  hrisPrefix?: string;
  /** The instant the current pulse waves are open at, ISO 8601 on `today` (default: noon UTC of `today`). */
  now?: string;
  /** Weekly pulse periods, the current one included (default: every week of the 18-month history). */
  pulseWeeks?: number;
  /** The career ladder people stand on (default: the support ladder of the demo). */
  careerLadder?: CareerLadderChoice;
};

export type PersonKind = 'HEAD' | 'ADMIN' | 'HR' | 'OPS' | 'MANAGER' | 'LEAD' | 'AGENT';

export type SeedTeam = {
  parent: number | null;
  name: string;
  /** "Support / EMEA / Kraków / Billing": unique, the HRIS natural key. */
  path: string;
  lead: number | null;
  site: string | null;
  specialism: Specialism | null;
  /** The one team whose workload signals show overload. */
  overloaded: boolean;
};

export type SeedPerson = {
  kind: PersonKind;
  hrisId: string;
  /** Lower-case, unique in the organisation (and, through the slug domain, across organisations). */
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  level: string;
  team: number;
  manager: number | null;
  /** The current work mode: the last entry of `workModes`. */
  workMode: WorkMode;
  site: string;
  timeZone: string;
  shiftPattern: ShiftBlock[];
  language: Locale;
  hireDate: string;
  exitDate: string | null;
  exitReason: ExitReason | null;
  /** Effective-dated history; the first entry starts on the hire date. */
  workModes: Array<{ workMode: WorkMode; effectiveFrom: string }>;
  /** Frontline agents get weekly workload signals. */
  handlesContacts: boolean;
};

export type SeedAccount = { person: number; email: string; roles: Role[]; disabledAt: string | null };

export type SeedSignal = {
  person: number;
  weekStart: string;
  contactsHandled: number;
  occupancyPct: number;
  overtimeHours: number;
  adherencePct: number;
  qaScore: number;
  csat: number;
};

export type DemoRole = 'ADMIN' | 'HR' | 'MANAGER' | 'AGENT';
export type SignIn = { role: DemoRole; email: string; password: string };

export const DEMO_PASSWORD = 'pulse-demo-2026';

export type GeneratedOrganisation = {
  slug: string;
  name: string;
  today: string;
  /** First day of the 18-month history. */
  historyStart: string;
  teams: SeedTeam[];
  people: SeedPerson[];
  accounts: SeedAccount[];
  signIns: SignIn[];
  /** Person indexes of the demo sign-ins. */
  demo: Record<DemoRole, number>;
  /** Monday dates that carry signals (complete weeks inside the history window). */
  weeks: string[];
  /** Weeks of employment a person's signals cover (an upper bound of their signal rows: some weeks are leave). */
  signalWeeksOf(person: number): number;
  /** One person's weekly signals, deterministic for the seed. */
  signalsOf(person: number): SeedSignal[];
  /** Every signal, person by person. */
  signals(): Generator<SeedSignal>;
  /** Pulse programs, waves, invitations, responses and action plans; built on first call. */
  pulse(): SeedPulseHistory;
  /** Ladder, level histories, assessments, goals and customer insights; built on first call. */
  career(): SeedCareer;
};

export function demoSignIns(slug: string): SignIn[] {
  const roles: DemoRole[] = ['ADMIN', 'HR', 'MANAGER', 'AGENT'];
  return roles.map((role) => ({ role, email: `${role.toLowerCase()}@${slug}.pulse.test`, password: DEMO_PASSWORD }));
}

export const MIN_PEOPLE = 60;

/** Support Operations beside the head of operations and the people partner. */
const OPS_STAFF = ['Support Operations Manager', 'Workforce Planner', 'Quality Lead', 'Training Specialist', 'Reporting Analyst', 'Knowledge Base Manager', 'Support Operations Analyst'] as const;
const HISTORY_DAYS = 548; // 18 months
const YEAR = 365.25;

type Occupant = { hire: number; exit: number | null; reason: ExitReason | null };

type TeamDraft = SeedTeam & { siteRef: Site | null; shift: string | null; seats: Occupant[][] };

type PersonDraft = {
  kind: PersonKind;
  site: Site;
  team: number;
  manager: number | null;
  title: string;
  level: string;
  hire: number;
  exit: number | null;
  reason: ExitReason | null;
  shift: string;
  modeMix: ReadonlyArray<readonly [WorkMode, number]>;
  language?: Locale;
  fixedEmail?: string;
  handlesContacts: boolean;
  /** For agents: the specialism, so level and title follow tenure. */
  specialism?: Specialism;
};

const LEADER_MODES: ReadonlyArray<readonly [WorkMode, number]> = [['HYBRID', 0.5], ['OFFICE', 0.3], ['REMOTE', 0.2]];

/** Monthly probability of leaving by months of tenure: early tenure is the riskiest. */
function monthlyHazard(months: number): number {
  if (months < 3) return 0.056;
  if (months < 6) return 0.042;
  if (months < 12) return 0.03;
  if (months < 24) return 0.02;
  return 0.015;
}

/** Who has sat in one agent seat from before the history window (or its opening) until today. */
function simulateSeat(rng: Rng, start: number, today: number, opened: number | null): Occupant[] {
  const out: Occupant[] = [];
  let hire: number;
  if (opened !== null) hire = opened;
  else {
    const years = rng.weighted<[number, number]>([[[0.1, 1], 20], [[1, 3], 35], [[3, 6], 30], [[6, 10], 15]]);
    hire = start - Math.round(rng.range(years[0], years[1]) * YEAR);
  }
  for (;;) {
    let t = Math.max(hire, start);
    let exit: number | null = null;
    while (t < today) {
      const step = Math.min(30, today - t);
      if (rng.chance((monthlyHazard((t - hire) / 30.44) * step) / 30)) {
        exit = t + rng.int(0, step - 1);
        break;
      }
      t += step;
    }
    if (exit !== null) exit = Math.max(exit, hire + 7);
    if (exit === null || exit >= today) {
      out.push({ hire, exit: null, reason: null });
      return out;
    }
    const months = (exit - hire) / 30.44;
    const reason: ExitReason = rng.chance(months < 4 ? 0.6 : 0.82) ? 'VOLUNTARY' : 'INVOLUNTARY';
    out.push({ hire, exit, reason });
    let next = exit + 14 + Math.round(rng.exponential(21));
    // Backfills land before today so every team keeps its seats filled.
    if (next > today) next = exit + 1 + rng.int(0, today - exit - 1);
    hire = next;
  }
}

function partition(n: number, maxSpan: number): number[] {
  const groups = Math.max(1, Math.ceil(n / maxSpan));
  const sizes: number[] = [];
  for (let g = 0; g < groups; g++) sizes.push(Math.floor(n / groups) + (g < n % groups ? 1 : 0));
  return sizes;
}

const shiftCache = new Map<string, ShiftBlock[]>();
function shiftBlocks(text: string): ShiftBlock[] {
  let blocks = shiftCache.get(text);
  if (!blocks) {
    const parsed = parseShiftPattern(text);
    if (!parsed.ok) throw new Error(`bad shift template "${text}": ${parsed.error}`);
    blocks = parsed.value;
    shiftCache.set(text, blocks);
  }
  return blocks.map((b) => ({ ...b }));
}

/**
 * Expected person rows per team: its lead, about 8.4 seats of 1.4 people each over 18 months
 * (the occupant and the leavers before them) and a share of a manager. Tuned empirically; the
 * exact total is reached afterwards by dropping leavers or adding recent hires.
 */
const ROWS_PER_TEAM = 13.4;

export function generateOrganisation(opts: GenerateOptions): GeneratedOrganisation {
  const total = opts.people;
  if (!Number.isInteger(total) || total < MIN_PEOPLE) throw new RangeError(`people must be a whole number of at least ${MIN_PEOPLE}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new RangeError('today must be written YYYY-MM-DD');
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(opts.slug)) throw new RangeError('slug must be lower-case letters, digits and "-"');
  const now = opts.now === undefined ? Date.parse(`${opts.today}T12:00:00Z`) : Date.parse(opts.now);
  if (Number.isNaN(now) || new Date(now).toISOString().slice(0, 10) !== opts.today) throw new RangeError('now must be an ISO instant on today (UTC)');
  const pulseWeeks = opts.pulseWeeks ?? weeksSince(toIso(toDay(opts.today) - HISTORY_DAYS), opts.today);
  if (!Number.isInteger(pulseWeeks) || pulseWeeks < 1 || pulseWeeks > 520) throw new RangeError('pulseWeeks must be a whole number from 1 to 520');
  const rng = new Rng(opts.seed);
  const today = toDay(opts.today);
  const start = today - HISTORY_DAYS;
  const domain = `${opts.slug}.pulse.test`;

  // ---- Team tree and leaders ------------------------------------------------------------
  const teams: TeamDraft[] = [];
  const addTeam = (t: Omit<TeamDraft, 'lead' | 'overloaded' | 'seats' | 'site' | 'specialism'> & Partial<TeamDraft>): number => {
    teams.push({ lead: null, overloaded: false, seats: [], site: t.siteRef?.name ?? null, specialism: null, ...t });
    return teams.length - 1;
  };
  const people: PersonDraft[] = [];
  const addPerson = (p: PersonDraft): number => {
    people.push(p);
    return people.length - 1;
  };

  const siteOf = (key: Site['key']) => SITES.find((s) => s.key === key)!;
  const austin = siteOf('austin');
  const krakow = siteOf('krakow');
  const yearsAgo = (min: number, max: number) => today - Math.round(rng.range(min, max) * YEAR);

  const root = addTeam({ parent: null, name: 'Support', path: 'Support', siteRef: null, shift: null });
  const ops = addTeam({ parent: root, name: 'Operations', path: 'Support / Operations', siteRef: null, shift: null });
  // The head of support sits in Operations, not directly under the root team: a group of one there
  // (root − its sub-teams) would make complementary suppression hide a whole region every week.
  const head = addPerson({
    kind: 'HEAD', site: austin, team: ops, manager: null, title: 'Head of Support', level: 'Director', hire: yearsAgo(5, 8),
    exit: null, reason: null, shift: austin.officeHours, modeMix: [['HYBRID', 1]], language: 'en', handlesContacts: false,
  });
  teams[root].lead = head;
  teams[ops].lead = head;
  const admin = addPerson({
    kind: 'ADMIN', site: krakow, team: ops, manager: head, title: 'Head of Support Operations', level: 'Senior Manager',
    hire: yearsAgo(3, 6), exit: null, reason: null, shift: krakow.officeHours, modeMix: [['HYBRID', 1]], language: 'en',
    fixedEmail: `admin@${domain}`, handlesContacts: false,
  });
  const hr = addPerson({
    kind: 'HR', site: krakow, team: ops, manager: head, title: 'People Partner', level: 'Specialist',
    hire: yearsAgo(1.5, 4), exit: null, reason: null, shift: krakow.officeHours, modeMix: [['HYBRID', 1]], language: 'en',
    fixedEmail: `hr@${domain}`, handlesContacts: false,
  });

  // Central operations staff, so that Operations is a group large enough to report on its own
  // (SPEC §4.3 k = 5 with a few people not answering); all hybrid, so no work mode of it is a
  // handful that a region's cell would have to be hidden for. Small organisations go without.
  // They report to an operations manager (the demo admin and people partner keep no reports).
  const opsStaff = total >= 150 ? OPS_STAFF : [];
  let opsManager = head;
  for (const [i, title] of opsStaff.entries()) {
    const site = i % 3 === 2 ? austin : krakow;
    const id = addPerson({
      kind: 'OPS', site, team: ops, manager: opsManager, title, level: i === 0 ? 'Manager' : 'Specialist', hire: yearsAgo(1, 6),
      exit: null, reason: null, shift: site.officeHours, modeMix: [['HYBRID', 1]], language: 'en', handlesContacts: false,
    });
    if (i === 0) opsManager = id;
  }

  // Team counts per site from the person budget; Austin needs two teams for the demo manager.
  const budget = total - 3 - opsStaff.length;
  const teamCounts = SITES.map((s) => Math.max(s.key === 'austin' ? 2 : 1, Math.round((budget * s.share) / ROWS_PER_TEAM)));
  const regionNode = new Map<Region, number>();
  const siteTops: number[] = [];
  const regionTopSite = new Map<Region, { site: Site; top: number; teams: number }>();
  let demoManager = -1;

  SITES.forEach((site, si) => {
    const count = teamCounts[si];
    let region = regionNode.get(site.region);
    if (region === undefined) {
      region = addTeam({ parent: root, name: site.region, path: `Support / ${site.region}`, siteRef: null, shift: null });
      regionNode.set(site.region, region);
    }
    const siteNode = addTeam({ parent: region, name: site.name, path: `Support / ${site.region} / ${site.name}`, siteRef: site, shift: null });

    // Specialised central teams where a site is big enough; at least one of each in the organisation.
    const specialisms: Specialism[] = [];
    const quality = site.key === 'krakow' ? Math.max(1, Math.round(count / 15)) : Math.round(count / 15);
    const wfm = site.key === 'manila' ? Math.max(1, Math.round(count / 20)) : Math.round(count / 20);
    for (let i = 0; i < quality && specialisms.length < count - 1; i++) specialisms.push('Quality');
    for (let i = 0; i < wfm && specialisms.length < count - 1; i++) specialisms.push('Workforce Management');
    while (specialisms.length < count) specialisms.push(rng.weighted(FRONTLINE));
    // Frontline teams first so the demo manager's first teams handle contacts.
    specialisms.sort((a, b) => Number(!SPECIALISMS[a].handlesContacts) - Number(!SPECIALISMS[b].handlesContacts));

    const ordinal = new Map<Specialism, number>();
    const leads: number[] = [];
    for (const spec of specialisms) {
      const n = (ordinal.get(spec) ?? 0) + 1;
      ordinal.set(spec, n);
      const name = n === 1 ? spec : `${spec} ${n}`;
      const shift = SPECIALISMS[spec].handlesContacts ? rng.weighted(site.shifts) : site.officeHours;
      const team = addTeam({ parent: siteNode, name, path: `Support / ${site.region} / ${site.name} / ${name}`, siteRef: site, shift, specialism: spec });
      const lead = addPerson({
        kind: 'LEAD', site, team, manager: null, title: 'Team Lead', level: 'Team Lead', hire: yearsAgo(1.5, 7),
        exit: null, reason: null, shift, modeMix: LEADER_MODES, handlesContacts: false,
      });
      teams[team].lead = lead;
      leads.push(lead);
    }

    // Management layers: leads → Support Managers (3–6 leads each) → senior layers until one per site.
    let layer = leads;
    let depth = 0;
    while (layer.length > 1 || depth === 0) {
      const spans = partition(layer.length, depth === 0 ? 5 : 6);
      const next: number[] = [];
      let i = 0;
      const title = MANAGER_LAYERS[Math.min(depth, MANAGER_LAYERS.length - 1)];
      for (const span of spans) {
        const m = addPerson({
          kind: 'MANAGER', site, team: siteNode, manager: null, title: title.title, level: title.level,
          hire: yearsAgo(2.5 + depth, 9 + depth), exit: null, reason: null, shift: site.officeHours, modeMix: LEADER_MODES,
          handlesContacts: false,
        });
        for (let k = 0; k < span; k++) people[layer[i++]].manager = m;
        if (depth === 0 && site.key === 'austin' && demoManager < 0 && span >= 2) demoManager = m;
        next.push(m);
      }
      layer = next;
      depth++;
    }
    const top = layer[0];
    people[top].manager = head;
    teams[siteNode].lead = top;
    siteTops.push(top);
    const best = regionTopSite.get(site.region);
    if (!best || best.teams < count) regionTopSite.set(site.region, { site, top, teams: count });
  });
  for (const [region, { top }] of regionTopSite) teams[regionNode.get(region)!].lead = top;

  // ---- Agent seats: who held each seat over the 18 months -------------------------------
  const agentTeams = teams.map((t, i) => ({ t, i })).filter(({ t }) => t.specialism !== null);
  for (const { t } of agentTeams) {
    const profile = SPECIALISMS[t.specialism!];
    const seats = rng.int(profile.minSize, profile.maxSize);
    for (let s = 0; s < seats; s++) {
      const growth = rng.chance(0.1);
      t.seats.push(simulateSeat(rng, start, today, growth ? rng.int(start, today - 14) : null));
    }
  }

  // Hit the requested number of rows exactly. Whole seats (an occupant and the leavers before
  // them) are removed or added, which keeps the attrition rate; single leavers only as a last resort.
  let current = people.length;
  for (const { t } of agentTeams) for (const seat of t.seats) current += seat.length;
  if (current > total) {
    const roomy = rng.shuffle(agentTeams.map(({ t }) => t));
    for (let removed = true; removed && current > total; ) {
      removed = false;
      for (const t of roomy) {
        if (current <= total) break;
        if (t.seats.length <= SPECIALISMS[t.specialism!].minSize) continue;
        const k = t.seats.findIndex((seat) => seat.length <= current - total);
        if (k < 0) continue;
        current -= t.seats[k].length;
        t.seats.splice(k, 1);
        removed = true;
      }
    }
    const seats = rng.shuffle(agentTeams.flatMap(({ t }) => t.seats.filter((seat) => seat.length > 1)));
    for (let i = 0; current > total && seats.length > 0; i = (i + 1) % Math.max(1, seats.length)) {
      seats[i].shift();
      current--;
      if (seats[i].length === 1) {
        seats[i] = seats[seats.length - 1];
        seats.pop();
      }
    }
    if (current > total) throw new RangeError(`cannot build an organisation of only ${total} people`);
  }
  const open = agentTeams.filter(({ t }) => t.seats.length < SPECIALISMS[t.specialism!].maxSize);
  while (current < total) {
    if (open.length > 0) {
      // A new seat opened during the history, with whatever turnover it had since.
      const k = rng.int(0, open.length - 1);
      const { t } = open[k];
      const seat = simulateSeat(rng, start, today, rng.int(start, today - 14));
      const fit = seat.slice(Math.max(0, seat.length - (total - current)));
      t.seats.push(fit);
      current += fit.length;
      if (t.seats.length >= SPECIALISMS[t.specialism!].maxSize) {
        open[k] = open[open.length - 1];
        open.pop();
      }
    } else {
      // Every team is full: a short fixed-term hire who has already left.
      const hire = rng.int(start, today - 60);
      rng.pick(agentTeams).t.seats.push([{ hire, exit: hire + rng.int(30, 59), reason: 'VOLUNTARY' }]);
      current++;
    }
  }

  // The demo manager's teams: one is visibly overloaded, the other holds the demo agent.
  const demoTeams = teams
    .map((_, i) => i)
    .filter((i) => teams[i].specialism && SPECIALISMS[teams[i].specialism!].handlesContacts && people[teams[i].lead!].manager === demoManager);
  if (demoTeams.length < 2) throw new Error('internal: the demo manager needs two frontline teams');
  const overloaded = demoTeams[1];
  teams[overloaded].overloaded = true;
  let demoAgent = -1;

  for (const { t, i } of agentTeams) {
    const site = t.siteRef!;
    const profile = SPECIALISMS[t.specialism!];
    t.seats.forEach((seat) => {
      for (const occ of seat) {
        const id = addPerson({
          kind: 'AGENT', site, team: i, manager: t.lead, title: profile.title, level: profile.levels[0], hire: occ.hire,
          exit: occ.exit, reason: occ.reason, shift: rng.chance(0.8) ? t.shift! : rng.weighted(site.shifts), modeMix: site.modeMix,
          handlesContacts: profile.handlesContacts, specialism: t.specialism!,
        });
        if (demoAgent < 0 && i === demoTeams[0] && occ.exit === null && today - occ.hire > 240) demoAgent = id;
      }
    });
  }
  if (demoAgent < 0) {
    // No long-tenured occupant in that team: give its first active agent a longer history.
    demoAgent = people.findIndex((p) => p.kind === 'AGENT' && p.team === demoTeams[0] && p.exit === null);
    people[demoAgent].hire = today - 400;
  }
  people[demoAgent].fixedEmail = `agent@${domain}`;
  people[demoAgent].language = 'en';
  people[demoManager].fixedEmail = `manager@${domain}`;
  people[demoManager].language = 'en';

  // ---- Materialise: breadth-first from the head so managers precede their reports ---------
  const reports = new Map<number, number[]>();
  people.forEach((p, i) => {
    if (p.manager === null) return;
    const list = reports.get(p.manager) ?? [];
    list.push(i);
    reports.set(p.manager, list);
  });
  const order: number[] = [head];
  for (let q = 0; q < order.length; q++) order.push(...(reports.get(order[q]) ?? []));
  if (order.length !== people.length) throw new Error('internal: not everyone reports up to the head of support');
  const newIndex = new Int32Array(people.length);
  order.forEach((old, i) => (newIndex[old] = i));

  // HRIS ids follow hire order, as most HR systems number employees.
  const byHire = order.map((old) => old).sort((a, b) => people[a].hire - people[b].hire || newIndex[a] - newIndex[b]);
  const hrisOf = new Map<number, string>();
  const prefix = opts.hrisPrefix ?? 'NW';
  byHire.forEach((old, i) => hrisOf.set(old, `${prefix}${String(i + 1).padStart(6, '0')}`));

  const usedEmails = new Map<string, number>();
  const out: SeedPerson[] = order.map((old) => {
    const d = people[old];
    const prng = new Rng(deriveSeed(opts.seed, 11, old));
    const { firstName, lastName } = pickName(d.site.names, prng);
    let email = d.fixedEmail;
    if (!email) {
      const base = `${emailPart(firstName)}.${emailPart(lastName)}`;
      const n = (usedEmails.get(base) ?? 0) + 1;
      usedEmails.set(base, n);
      email = `${n === 1 ? base : `${base}${n}`}@${domain}`;
    }
    const end = d.exit ?? today;
    let level = d.level;
    let title = d.title;
    if (d.kind === 'AGENT') {
      const profile = SPECIALISMS[d.specialism!];
      const years = (end - d.hire) / YEAR + prng.normal(0, 0.3);
      const step = years < 1 ? 0 : years < 2 ? 1 : years < 3.5 ? 2 : 3;
      level = profile.levels[step];
      if (step === 3) title = profile.seniorTitle;
    }
    // Work-mode history: the first entry on the hire date, some people changed later. The central
    // team stays hybrid: one remote person there is a group of one that a region's remote figure
    // would be hidden for (SPEC §4.3).
    const modes: Array<{ workMode: WorkMode; effectiveFrom: string }> = [];
    let mode = prng.weighted(d.modeMix);
    modes.push({ workMode: mode, effectiveFrom: toIso(d.hire) });
    let from = d.hire + 60;
    const central = d.kind === 'HEAD' || d.kind === 'ADMIN' || d.kind === 'HR' || d.kind === 'OPS';
    for (let c = 0; c < 2 && !central && prng.chance(c === 0 ? 0.22 : 0.2) && end - 1 > from; c++) {
      const when = prng.int(from, end - 1);
      mode = nextMode(prng, mode);
      modes.push({ workMode: mode, effectiveFrom: toIso(when) });
      from = when + 60;
    }
    const language = d.language ?? prng.weighted(d.site.languages);
    return {
      kind: d.kind,
      hrisId: hrisOf.get(old)!,
      email,
      firstName,
      lastName,
      jobTitle: title,
      level,
      team: d.team,
      manager: d.manager === null ? null : newIndex[d.manager],
      workMode: mode,
      site: d.site.name,
      timeZone: d.site.timeZone,
      shiftPattern: shiftBlocks(d.shift),
      language,
      hireDate: toIso(d.hire),
      exitDate: d.exit === null ? null : toIso(d.exit),
      exitReason: d.reason,
      workModes: modes,
      handlesContacts: d.handlesContacts,
    };
  });

  // The demo agent works remotely (and moved there from hybrid), to show work-mode history.
  const agent = out[newIndex[demoAgent]];
  const agentHire = toDay(agent.hireDate);
  agent.workModes = [
    { workMode: 'HYBRID', effectiveFrom: agent.hireDate },
    { workMode: 'REMOTE', effectiveFrom: toIso(agentHire + Math.max(1, Math.round((today - agentHire) * 0.4))) },
  ];
  agent.workMode = 'REMOTE';

  const leads = new Set<number>();
  for (const p of out) if (p.manager !== null) leads.add(p.manager);
  const accounts: SeedAccount[] = out.map((p, i) => {
    const roles: Role[] = ['AGENT'];
    if (leads.has(i)) roles.push('MANAGER');
    if (p.kind === 'ADMIN') roles.push('ADMIN');
    if (p.kind === 'HR') roles.push('HR');
    return { person: i, email: p.email, roles, disabledAt: p.exitDate };
  });

  const finalTeams: SeedTeam[] = teams.map((t) => ({
    parent: t.parent, name: t.name, path: t.path, lead: t.lead === null ? null : newIndex[t.lead],
    site: t.site, specialism: t.specialism, overloaded: t.overloaded,
  }));

  // ---- Weekly signals --------------------------------------------------------------------
  const weekDays: number[] = [];
  for (let m = mondayOnOrAfter(start); m <= mondayOnOrBefore(today - 7); m += 7) weekDays.push(m);
  const weeks = weekDays.map(toIso);
  const teamParams = finalTeams.map((t, i) => {
    const r = new Rng(deriveSeed(opts.seed, 23, i));
    return { occupancy: r.range(77, 86), overtime: r.range(0.8, 2.4), adherence: r.range(89, 94), csat: r.range(82, 90), overloaded: t.overloaded };
  });
  const overloadFrom = weekDays[weekDays.length - 1] - 16 * 7;

  const employedWeeks = (p: SeedPerson): [number, number] => {
    if (!p.handlesContacts) return [0, -1];
    const hire = toDay(p.hireDate);
    const exit = p.exitDate === null ? Infinity : toDay(p.exitDate);
    let lo = 0;
    while (lo < weekDays.length && weekDays[lo] + 4 < hire) lo++;
    let hi = weekDays.length - 1;
    while (hi >= lo && weekDays[hi] > exit) hi--;
    return [lo, hi];
  };

  const signalsOf = (index: number): SeedSignal[] => {
    const p = out[index];
    const [lo, hi] = employedWeeks(p);
    if (hi < lo) return [];
    const r = new Rng(deriveSeed(opts.seed, 37, index));
    const team = teamParams[p.team];
    const profile = SPECIALISMS[finalTeams[p.team].specialism!];
    const hire = toDay(p.hireDate);
    const exit = p.exitDate === null ? null : toDay(p.exitDate);
    const involuntary = p.exitReason === 'INVOLUNTARY';
    const plateau = clamp(r.normal(88, 3.5) - (involuntary ? 9 : 0), 72, 97);
    const qaStart = r.range(58, 68);
    const tau = r.range(3.4, 7.6); // weeks: the median agent holds QA ≥ 85 after ~11–12 weeks (benchmark 12.9)
    const speed = clamp(r.normal(1, 0.12), 0.7, 1.3);
    const occ = r.normal(0, 2);
    const adh = r.normal(0, 1.8) - (involuntary ? 4 : 0);
    const csatSelf = r.normal(0, 3);
    const rows: SeedSignal[] = [];
    for (let w = lo; w <= hi; w++) {
      const monday = weekDays[w];
      if (r.chance(0.04)) continue; // leave, holidays, training weeks without queue time
      const tenureWeeks = Math.max(0, (monday - hire) / 7);
      const ramp = 1 - Math.exp(-(tenureWeeks + 0.5) / tau);
      const season = 0.1 * Math.cos((2 * Math.PI * (dayOfYear(monday) - 350)) / 365);
      const load = team.overloaded ? clamp((monday - overloadFrom) / 42, 0, 1) : 0;
      const leaving = exit !== null && p.exitReason === 'VOLUNTARY' ? clamp(1 - (exit - monday) / 70, 0, 1) : 0;

      let occupancy = team.occupancy + occ + 20 * season + r.normal(0, 2) - (tenureWeeks < 3 ? 6 : 0);
      occupancy = clamp(occupancy, 70, 95);
      occupancy += load * (95.5 - occupancy) + load * r.normal(0, 0.8);
      let overtime = r.chance(0.45) ? 0 : r.exponential(team.overtime * 1.6);
      overtime += load * r.range(6, 12) + leaving * r.range(0, 3);
      const adherence = clamp(team.adherence + adh + r.normal(0, 2) - (tenureWeeks < 4 ? 3 : 0) - load * r.range(2, 5) - leaving * 5, 60, 100);
      const qa = clamp(qaStart + (plateau - qaStart) * ramp + r.normal(0, 2.5) - leaving * 2, 30, 100);
      const csat = clamp(team.csat + csatSelf + 0.25 * (qa - 85) + r.normal(0, 3) - load * r.range(3, 7) - leaving * 3, 40, 100);
      const contacts = profile.contactsPerWeek * speed * (0.35 + 0.65 * Math.min(1, (tenureWeeks + 1) / 6)) * (1 + season) * (1 + 0.2 * load) * r.normal(1, 0.08);
      rows.push({
        person: index,
        weekStart: weeks[w],
        contactsHandled: Math.max(0, Math.round(contacts)),
        occupancyPct: round1(clamp(occupancy, 0, 99)),
        overtimeHours: round1(clamp(overtime, 0, 40)),
        adherencePct: round1(adherence),
        qaScore: round1(qa),
        csat: round1(csat),
      });
    }
    return rows;
  };

  let pulse: SeedPulseHistory | undefined;
  const demo = { ADMIN: newIndex[admin], HR: newIndex[hr], MANAGER: newIndex[demoManager], AGENT: newIndex[demoAgent] };
  // Level histories decide frontline agents' HRIS levels, so they are planned before anything reads them.
  const career = planCareers({ teams: finalTeams, people: out, demo }, { seed: opts.seed, today: opts.today, historyStart: toIso(start) }, LADDER_ROLES[opts.careerLadder ?? 'support']);

  return {
    slug: opts.slug,
    name: opts.name,
    today: opts.today,
    historyStart: toIso(start),
    teams: finalTeams,
    people: out,
    accounts,
    signIns: demoSignIns(opts.slug),
    demo,
    weeks,
    signalWeeksOf: (i) => {
      const [lo, hi] = employedWeeks(out[i]);
      return Math.max(0, hi - lo + 1);
    },
    signalsOf,
    *signals() {
      for (let i = 0; i < out.length; i++) yield* signalsOf(i);
    },
    pulse: () =>
      (pulse ??= generatePulseHistory(
        { teams: finalTeams, people: out, demoAgent: demo.AGENT, demoManager: demo.MANAGER },
        { seed: opts.seed, today: opts.today, now, weeks: pulseWeeks },
      )),
    career: () => career.build(),
  };
}

function nextMode(rng: Rng, mode: WorkMode): WorkMode {
  switch (mode) {
    case 'OFFICE':
      return rng.chance(0.7) ? 'HYBRID' : 'REMOTE';
    case 'HYBRID':
      return rng.chance(0.6) ? 'REMOTE' : 'OFFICE';
    case 'REMOTE':
      return rng.chance(0.8) ? 'HYBRID' : 'OFFICE';
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
