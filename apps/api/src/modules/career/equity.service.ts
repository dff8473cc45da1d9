import { createHash } from 'node:crypto';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WORK_MODES } from '@pulse/shared';
import type { Actor } from '../../platform/auth/actor';
import type { WorkModeEnum } from '../people/models/enums';
import { groupPromotionEquityStats, promotionRecord } from './career-rules';
import { decideEquityCells, EQUITY_ALL, EQUITY_ORG, equityCellKey, type EquityCell, type EquityPublicationInput } from './equity-publication';
import type { EquityDimensionEnum } from './models/career-enums';
import type { EquityGroupModel, PromotionEquityModel } from './models/career.model';

type AtRisk = { id: string; team_id: string | null; work_mode: string; days: number; promotions: number; first_day: number | null };
type Team = { id: string; parent_id: string | null; name: string; path: string };

/** Equity decisions kept in memory (organisations × windows in use). */
const DECISIONS_KEPT = 32;

const round = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * Promotion equity (issue 11 §6): pure statistics from @pulse/domain-career per group, and ONE
 * disclosure decision per request over every cell any view offers (decideEquityCells), so a work
 * mode view, a team view and the organisation total can never be combined into a group of 1…k−1.
 * Hidden groups carry no figure at all.
 */
@Injectable()
export class EquityService {
  /** Decisions by their inputs (most recently used last): see `decide`. */
  private readonly decisions = new Map<string, EquityCell[]>();

  constructor(private readonly db: DataSource) {}

  /**
   * The suppression decision is a pure function of k, the team tree and the people per inner cell,
   * and costs seconds on a 50,000-person organisation (thousands of linked cells), while those
   * inputs change only when people, teams or levels do. So the same inputs reuse the same decision
   * (which also keeps every view of one state identical); anything else decides afresh.
   */
  private decide(input: EquityPublicationInput): EquityCell[] {
    const key = createHash('sha256')
      .update(JSON.stringify([input.k, input.workModes, [...input.teams].map((t) => `${t.id}>${t.parentId}`).sort(), [...input.inner].map((c) => `${c.teamId}|${c.workMode}|${c.people}`).sort()]))
      .digest('base64url');
    const hit = this.decisions.get(key);
    if (hit) {
      this.decisions.delete(key);
      this.decisions.set(key, hit);
      return hit;
    }
    const cells = decideEquityCells(input);
    this.decisions.set(key, cells);
    if (this.decisions.size > DECISIONS_KEPT) this.decisions.delete(this.decisions.keys().next().value as string);
    return cells;
  }

  async report(actor: Actor, args: { dimension: EquityDimensionEnum; teamId: string | null; from: string; to: string }): Promise<PromotionEquityModel> {
    const org = actor.organisationId;
    if (args.from > args.to) throw new BadRequestException('from must not be after to.');
    const [teams, people, [{ k }]]: [Team[], AtRisk[], Array<{ k: number }>] = await Promise.all([
      this.db.query(`SELECT id, parent_id, name, path FROM team WHERE organisation_id = $1`, [org]),
      // Each person's time at risk in the window (from the later of the window's start and their
      // entry on the ladder — a recorded level, or a mapped HRIS level from the hire date — up to
      // exit or the day after the window), their promotions in that time and the day of the first:
      // the inputs of the domain's promotionRecord, computed where the rows are.
      this.db.query(
        `WITH entered AS (
           SELECT person_id, min(effective_date) AS first FROM career_level_change WHERE organisation_id = $1 GROUP BY person_id
         ), risk AS (
           SELECT p.id, p.team_id, p.work_mode,
                  greatest(CASE WHEN m.level_key IS NOT NULL THEN p.hire_date ELSE lc.first END, $2::date) AS s,
                  least(coalesce(p.exit_date, $3::date + 1), $3::date + 1) AS e
             FROM person p
             LEFT JOIN career_hris_level_map m ON m.organisation_id = p.organisation_id AND m.hris_level = p.level
             LEFT JOIN entered lc ON lc.person_id = p.id
            WHERE p.organisation_id = $1 AND p.hire_date <= $3::date AND (p.exit_date IS NULL OR p.exit_date > $2::date)
              AND (m.level_key IS NOT NULL OR lc.first IS NOT NULL)
         ), promoted AS (
           SELECT r.id, count(*)::int AS n, min(c.effective_date) AS first
             FROM risk r JOIN career_level_change c ON c.organisation_id = $1 AND c.person_id = r.id AND c.source = 'PROMOTION' AND c.effective_date >= r.s AND c.effective_date < r.e
            GROUP BY r.id
         )
         SELECT r.id, r.team_id, r.work_mode, r.e - r.s AS days, coalesce(x.n, 0) AS promotions, x.first - r.s AS first_day
           FROM risk r LEFT JOIN promoted x ON x.id = r.id
          WHERE r.e > r.s`,
        [org, args.from, args.to],
      ),
      this.db.query(`SELECT confidentiality_k AS k FROM organisation WHERE id = $1`, [org]),
    ]);
    const teamById = new Map(teams.map((t) => [t.id, t]));
    if (args.teamId && !teamById.has(args.teamId)) throw new NotFoundException('No team with that id.');

    const records = new Map(people.map((p) => [p.id, promotionRecord(p.id, p.days, p.promotions, p.first_day)]));

    // One decision over all cells of the organisation (n = people at risk), whatever this request shows.
    const inner = new Map<string, { teamId: string | null; workMode: string; people: number }>();
    for (const p of people) {
      const key = `${p.team_id}|${p.work_mode}`;
      const c = inner.get(key) ?? { teamId: p.team_id, workMode: p.work_mode, people: 0 };
      c.people++;
      inner.set(key, c);
    }
    const cells = this.decide({ k, teams: teams.map((t) => ({ id: t.id, parentId: t.parent_id })), workModes: WORK_MODES, inner: [...inner.values()] });
    const cellByKey = new Map(cells.map((c) => [c.key, c]));

    // Members of each team sub-tree, for the figures of shown cells.
    const children = new Map<string, string[]>();
    for (const t of teams) if (t.parent_id) children.set(t.parent_id, [...(children.get(t.parent_id) ?? []), t.id]);
    const subtree = (root: string): Set<string> => {
      const out = [root];
      for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
      return new Set(out);
    };
    const members = (team: string, workMode: string) => {
      const teamSet = team === EQUITY_ORG ? null : subtree(team);
      return people.filter((p) => (teamSet === null || (p.team_id !== null && teamSet.has(p.team_id))) && (workMode === EQUITY_ALL || p.work_mode === workMode));
    };
    const group = (team: string, workMode: string, label: string): EquityGroupModel => {
      const cell = cellByKey.get(equityCellKey(team, workMode)) as EquityCell;
      const base = { key: cell.key, label, workMode: workMode === EQUITY_ALL ? null : (workMode as WorkModeEnum), teamPath: team === EQUITY_ORG ? null : (teamById.get(team)?.path ?? null) };
      if (!cell.decision.shown) {
        return { ...base, hidden: true, hiddenReason: cell.decision.reason, people: null, personYears: null, promotions: null, ratePerPersonYear: null, rateLow: null, rateHigh: null, medianMonthsToPromotion: null, medianLow: null, medianHigh: null };
      }
      const s = groupPromotionEquityStats(members(team, workMode).map((p) => records.get(p.id)!));
      return {
        ...base,
        hidden: false,
        hiddenReason: null,
        people: s.people,
        personYears: round(s.personYears, 2),
        promotions: s.promotions,
        ratePerPersonYear: round(s.ratePerPersonYear, 3),
        rateLow: round(s.rateLow, 3),
        rateHigh: round(s.rateHigh, 3),
        medianMonthsToPromotion: round(s.medianMonthsToPromotion, 1),
        medianLow: round(s.medianLow, 1),
        medianHigh: round(s.medianHigh, 1),
      };
    };

    const scope = args.teamId ?? EQUITY_ORG;
    const scopeLabel = args.teamId ? teamById.get(args.teamId)!.name : 'Organisation';
    const groups =
      args.dimension === 'WORK_MODE'
        ? WORK_MODES.map((m) => group(scope, m, m))
        : teams
            .filter((t) => (args.teamId ? t.parent_id === args.teamId : t.parent_id === null || !teamById.has(t.parent_id)))
            .sort((a, b) => (a.path < b.path ? -1 : 1))
            .map((t) => group(t.id, EQUITY_ALL, t.name));
    return { from: args.from, to: args.to, k, dimension: args.dimension, groups, overall: group(scope, EQUITY_ALL, scopeLabel), gapNote: gapNote(groups) };
  }
}

/** A plain sentence when the highest and lowest shown rates differ beyond their 95% intervals. */
function gapNote(groups: EquityGroupModel[]): string | null {
  const shown = groups.filter((g) => !g.hidden && g.ratePerPersonYear !== null && g.rateLow !== null && g.rateHigh !== null);
  if (shown.length < 2) return null;
  const hi = shown.reduce((a, b) => (b.ratePerPersonYear! > a.ratePerPersonYear! ? b : a));
  const lo = shown.reduce((a, b) => (b.ratePerPersonYear! < a.ratePerPersonYear! ? b : a));
  if (hi === lo || hi.rateLow! <= lo.rateHigh!) return null;
  return `${lo.label} is promoted at ${lo.ratePerPersonYear} per person-year against ${hi.ratePerPersonYear} for ${hi.label}; their 95% intervals do not overlap.`;
}
