import type { Expectation, Proficiency } from '../ladder';
import { DEFAULT_COMPETENCY_KEYS, type DefaultCompetencyKey } from './competencies';

export type ExpectationProfile = Partial<Record<DefaultCompetencyKey, Proficiency>>;

/** A level's expectations from a compact profile, listed in catalogue order so every ladder reads alike. */
export function expectationsOf(profile: ExpectationProfile): Expectation[] {
  return DEFAULT_COMPETENCY_KEYS.flatMap((competencyKey) => {
    const proficiency = profile[competencyKey];
    return proficiency === undefined ? [] : [{ competencyKey, proficiency }];
  });
}
