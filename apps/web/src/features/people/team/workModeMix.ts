import { WORK_MODES, type WorkMode } from '@pulse/shared';

export type WorkModeCount = { workMode: WorkMode | 'UNKNOWN'; count: number; share: number };

/** People per work mode, in the fixed order REMOTE, HYBRID, OFFICE, then "not set" if any. */
export function workModeMix(people: ReadonlyArray<{ workMode: WorkMode | null }>): WorkModeCount[] {
  const total = people.length;
  const counts = new Map<WorkMode | 'UNKNOWN', number>();
  for (const p of people) {
    const key = p.workMode ?? 'UNKNOWN';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order: Array<WorkMode | 'UNKNOWN'> = [...WORK_MODES, 'UNKNOWN'];
  return order
    .filter((mode) => mode !== 'UNKNOWN' || counts.has('UNKNOWN'))
    .map((mode) => {
      const count = counts.get(mode) ?? 0;
      return { workMode: mode, count, share: total === 0 ? 0 : count / total };
    });
}
