import type { TFunction } from 'i18next';
import type { Formatters } from '../../../i18n/useFormat';
import { formatMeasure, measureLabel } from '../measures';

/** One team of the attention list as the API sends it. */
export type AttentionTeam = {
  teamId: string;
  path: string;
  reasons: readonly string[];
  burnoutEarlier: number | null;
  burnoutRecent: number | null;
  burnoutBeyondNoise: boolean;
  participationEarlier: number | null;
  participationRecent: number | null;
  values: ReadonlyArray<number | null>;
};

/** Why a team is listed, one sentence per reason, in the order the API ranked them. */
export function attentionReasons(t: TFunction, format: Formatters, measure: string, team: AttentionTeam): string[] {
  return team.reasons.flatMap((reason) => {
    if (reason === 'BURNOUT_RISING' && team.burnoutEarlier !== null && team.burnoutRecent !== null) {
      const rose = t('pulse.attention.burnoutRising', {
        measure: measureLabel(t, measure),
        earlier: formatMeasure(format, measure, team.burnoutEarlier),
        recent: formatMeasure(format, measure, team.burnoutRecent),
      });
      return [`${rose} (${team.burnoutBeyondNoise ? t('pulse.attention.beyondNoise') : t('pulse.attention.material')})`];
    }
    if (reason === 'PARTICIPATION_FALLING' && team.participationEarlier !== null && team.participationRecent !== null) {
      return [t('pulse.attention.participationFalling', { earlier: format.percent(team.participationEarlier), recent: format.percent(team.participationRecent) })];
    }
    return [];
  });
}

/** Sparkline points: one per period, hidden ones null so the line breaks instead of inventing a value. */
export function sparklineData(periods: readonly string[], values: ReadonlyArray<number | null>): Array<{ period: string; value: number | null }> {
  return periods.map((period, i) => ({ period, value: values[i] ?? null }));
}

/** The team's own name, the last part of its path ("Support / EMEA / Kraków / Billing" → "Billing"). */
export function pathParts(path: string): { parents: string; name: string } {
  const parts = path.split(' / ');
  return { parents: parts.slice(0, -1).join(' / '), name: parts[parts.length - 1] };
}
