import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WORK_MODES } from '@pulse/shared';
import type { Actor } from '../../platform/auth/actor';
import type { WorkModeEnum } from '../people/models/enums';
import { promotionEquityStats, type PromotionEvent, type RiskInterval } from './career-rules';
import { decideEquityCells, EQUITY_ALL, EQUITY_ORG, equityCellKey, type EquityCell } from './equity-publication';
import type { EquityDimensionEnum } from './models/career-enums';
import type { EquityGroupModel, PromotionEquityModel } from './models/career.model';

type AtRisk = { id: string; team_id: string | null; work_mode: string; entered: string; exit_date: string | null };
type Team = { id: string; parent_id: string | null; name: string; path: string };

const round = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * Promotion equity (issue 11 §6): pure statistics from @pulse/domain-career per group, and ONE
 * disclosure decision per request over every cell any view offers (decideEquityCells), so a work
 * mode view, a team view and the organisation total can never be combined into a group of 1…k−1.
 * Hidden groups carry no figure at all.
 */
@Injectable()
export class EquityService {
  constructor(private readonly db: DataSource) {}

  async report(actor: Actor, args: { dimension: EquityDimensionEnum; teamId: string | null; from: string; to: string }): Promise<PromotionEquityModel> {
    const org = actor.organisationId;
    if (args.from > args.to) throw new BadRequestException('from must not be after to.');
    const [teams, people, promotions, [{ k }]]: [Team[], AtRisk[], Array<{ person_id: string; effective_date: string }>, Array<{ k: number }>] = await Promise.all([
      this.db.query(`SELECT id, parent_id, name, path FROM team WHERE organisation_id = $1`, [org]),
      // On the ladder: a recorded level, or an HRIS level that maps (then from the hire date).
      this.db.query(
        `SELECT p.id, p.team_id, p.work_mode, to_char(CASE WHEN m.level_key IS NOT NULL THEN p.hire_date ELSE lc.first END, 'YYYY-MM-DD') AS entered,
                to_char(p.exit_date, 'YYYY-MM-DD') AS exit_date
           FROM person p
           LEFT JOIN career_hris_level_map m ON m.organisation_id = p.organisation_id AND m.hris_level = p.level
           LEFT JOIN LATERAL (SELECT min(c.effective_date) AS first FROM career_level_change c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id) lc ON true
          WHERE p.organisation_id = $1 AND p.hire_date <= $3::date AND (p.exit_date IS NULL OR p.exit_date > $2::date)
            AND (m.level_key IS NOT NULL OR lc.first IS NOT NULL)`,
        [org, args.from, args.to],
      ),
      this.db.query(
        `SELECT person_id, to_char(effective_date, 'YYYY-MM-DD') AS effective_date FROM career_level_change
          WHERE organisation_id = $1 AND source = 'PROMOTION' AND effective_date BETWEEN $2::date AND $3::date`,
        [org, args.from, args.to],
      ),
      this.db.query(`SELECT confidentiality_k AS k FROM organisation WHERE id = $1`, [org]),
    ]);
    const teamById = new Map(teams.map((t) => [t.id, t]));
    if (args.teamId && !teamById.has(args.teamId)) throw new NotFoundException('No team with that id.');

    const window = { from: args.from, to: args.to };
    const intervals = new Map<string, RiskInterval>();
    for (const p of people) if (p.entered <= args.to) intervals.set(p.id, { personId: p.id, from: p.entered, to: p.exit_date });
    const atRisk = people.filter((p) => {
      const i = intervals.get(p.id);
      return i && promotionEquityStats([i], [], window).people > 0;
    });
    const events: PromotionEvent[] = promotions.map((r) => ({ personId: r.person_id, effectiveDate: r.effective_date }));

    // One decision over all cells of the organisation (n = people at risk), whatever this request shows.
    const inner = new Map<string, { teamId: string | null; workMode: string; people: number }>();
    for (const p of atRisk) {
      const key = `${p.team_id}|${p.work_mode}`;
      const c = inner.get(key) ?? { teamId: p.team_id, workMode: p.work_mode, people: 0 };
      c.people++;
      inner.set(key, c);
    }
    const cells = decideEquityCells({ k, teams: teams.map((t) => ({ id: t.id, parentId: t.parent_id })), workModes: WORK_MODES, inner: [...inner.values()] });
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
      return atRisk.filter((p) => (teamSet === null || (p.team_id !== null && teamSet.has(p.team_id))) && (workMode === EQUITY_ALL || p.work_mode === workMode));
    };
    const group = (team: string, workMode: string, label: string): EquityGroupModel => {
      const cell = cellByKey.get(equityCellKey(team, workMode)) as EquityCell;
      const base = { key: cell.key, label, workMode: workMode === EQUITY_ALL ? null : (workMode as WorkModeEnum), teamPath: team === EQUITY_ORG ? null : (teamById.get(team)?.path ?? null) };
      if (!cell.decision.shown) {
        return { ...base, hidden: true, hiddenReason: cell.decision.reason, people: null, personYears: null, promotions: null, ratePerPersonYear: null, rateLow: null, rateHigh: null, medianMonthsToPromotion: null, medianLow: null, medianHigh: null };
      }
      const who = members(team, workMode);
      const ids = new Set(who.map((p) => p.id));
      const s = promotionEquityStats(who.map((p) => intervals.get(p.id)!), events.filter((e) => ids.has(e.personId)), window);
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
