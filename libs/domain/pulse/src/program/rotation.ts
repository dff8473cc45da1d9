import type { InstrumentDefinition } from '../instrument';
import { findPulseItem } from '../response/measures';

/**
 * Rotation (SPEC §4.2): a program's item pool is spread over a cycle of waves so that every item is
 * asked exactly once per cycle and no wave asks more than `itemsPerPulse` items. Nobody therefore
 * sees an item more often than once per cycle.
 *
 * Items are grouped by scale (stable, in order of first appearance) and dealt round-robin over the
 * cycle's waves (item j → wave j mod cycle), so a scale's items are split as evenly as possible and
 * each wave keeps as many items of every scale as it can.
 */
export type Rotation = {
  /** Waves per cycle: ceil(pool / itemsPerPulse). */
  readonly cycleLength: number;
  /** Items of each wave of the cycle, in asking order. */
  readonly waves: readonly (readonly string[])[];
};

/** The scale an item is scored in: `cbi.work`, `olbi.exhaustion`, `who5`, `enps`, or the item itself. */
export function scaleOf(itemId: string, custom: readonly InstrumentDefinition[] = []): string {
  const found = findPulseItem(itemId, custom);
  if (!found) return itemId;
  const { instrument, item } = found;
  if (instrument.scoring.kind === 'subscale-means' && item.subscaleId) return `${instrument.id}.${item.subscaleId}`;
  if (instrument.scoring.kind === 'likert-items') return `likert:${item.id}`;
  return instrument.id;
}

export function planRotation(itemIds: readonly string[], itemsPerPulse: number, custom: readonly InstrumentDefinition[] = []): Rotation {
  if (!Number.isInteger(itemsPerPulse) || itemsPerPulse < 1) throw new RangeError('itemsPerPulse must be a positive integer');
  const pool = [...new Set(itemIds)];
  if (pool.length === 0) return { cycleLength: 0, waves: [] };
  const cycleLength = Math.ceil(pool.length / itemsPerPulse);
  const groups = new Map<string, string[]>();
  for (const id of pool) {
    const scale = scaleOf(id, custom);
    groups.set(scale, [...(groups.get(scale) ?? []), id]);
  }
  const ordered = [...groups.values()].flat();
  const waves: string[][] = Array.from({ length: cycleLength }, () => []);
  ordered.forEach((id, j) => waves[j % cycleLength].push(id));
  return { cycleLength, waves };
}

/** The items of wave `slot` (0-based, any whole number: it wraps round) of the rotation's cycle. */
export function itemsForWave(rotation: Rotation, slot: number): readonly string[] {
  if (rotation.cycleLength === 0) return [];
  return rotation.waves[((slot % rotation.cycleLength) + rotation.cycleLength) % rotation.cycleLength];
}

/**
 * The cycle slot of a program's next wave: the one after the slot its latest wave asked (`latest`,
 * its items in any order), or the first when it has held none. Following the latest wave rather
 * than the calendar means a program paused for some weeks, or activated long after its start date,
 * resumes its cycle where it stopped: no item is skipped and none comes round early. When the
 * latest wave's items are no wave of this rotation (the program was edited), a new cycle starts.
 */
export function nextRotationSlot(rotation: Rotation, latest: readonly string[] | null): number {
  if (rotation.cycleLength === 0 || latest === null) return 0;
  const key = (items: readonly string[]) => [...items].sort().join('\n');
  const latestKey = key(latest);
  const slot = rotation.waves.findIndex((w) => key(w) === latestKey);
  return slot < 0 ? 0 : (slot + 1) % rotation.cycleLength;
}

export type ScoringWarning = {
  /** 0-based wave of the cycle. */
  readonly wave: number;
  /** `cbi.work`, `olbi.exhaustion`, `who5`. */
  readonly scale: string;
  readonly asked: number;
  readonly minimumAnswered: number;
  readonly message: string;
};

/**
 * Scales a wave asks too few items of to be scored (fewer than the scale's missing-item minimum):
 * answers to those items would be collected but never produce a score. Shown in the HR preview.
 */
export function scoringWarnings(rotation: Rotation, custom: readonly InstrumentDefinition[] = []): ScoringWarning[] {
  const warnings: ScoringWarning[] = [];
  rotation.waves.forEach((items, wave) => {
    const asked = new Map<string, { count: number; minimum: number }>();
    for (const id of items) {
      const minimum = minimumFor(id, custom);
      if (minimum === undefined) continue;
      const scale = scaleOf(id, custom);
      const entry = asked.get(scale) ?? { count: 0, minimum };
      entry.count++;
      asked.set(scale, entry);
    }
    for (const [scale, { count, minimum }] of asked) {
      if (count < minimum) {
        warnings.push({
          wave,
          scale,
          asked: count,
          minimumAnswered: minimum,
          message: `Wave ${wave + 1} asks ${count} item${count === 1 ? '' : 's'} of ${scale}; it needs at least ${minimum} to be scored.`,
        });
      }
    }
  });
  return warnings;
}

function minimumFor(itemId: string, custom: readonly InstrumentDefinition[]): number | undefined {
  const found = findPulseItem(itemId, custom);
  if (!found) return undefined;
  const { instrument, item } = found;
  const scoring = instrument.scoring;
  if (scoring.kind === 'subscale-means') return scoring.subscales.find((s) => s.id === item.subscaleId)?.minimumAnswered;
  if (scoring.kind === 'sum-times') return scoring.minimumAnswered;
  return undefined;
}
