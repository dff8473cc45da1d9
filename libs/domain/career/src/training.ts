/** A training that would close a gap on a competency (from the learning slice once it lands). */
export type TrainingSuggestion = { readonly competencyKey: string; readonly title: string };

/**
 * Where path steps find training per competency. Until the learning slice exists the API passes
 * `EMPTY_TRAINING_CATALOG` and the UI says that training suggestions are not available yet.
 */
export interface TrainingCatalog {
  titlesFor(competencyKey: string): readonly string[];
}

/** CAREER.md calls it a training source; same thing. */
export type TrainingSource = TrainingCatalog;

export const EMPTY_TRAINING_CATALOG: TrainingCatalog = { titlesFor: () => [] };

/** A catalogue from a plain `{ competencyKey: titles }` record. */
export function trainingCatalogFrom(titlesByCompetency: Readonly<Record<string, readonly string[]>>): TrainingCatalog {
  return {
    titlesFor: (competencyKey) =>
      Object.prototype.hasOwnProperty.call(titlesByCompetency, competencyKey) ? (titlesByCompetency[competencyKey] ?? []) : [],
  };
}
