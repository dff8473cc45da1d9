import { SUPPORT_LADDER, type LadderDefinition } from '@pulse/domain-career';

/**
 * The pure career rules this module uses, all from @pulse/domain-career (the API only loads,
 * scopes, caches and persists): ladder compilation and validation, version dates, proficiency,
 * readiness, the path, and the equity statistics.
 */
export {
  careerPath,
  competencyStandings,
  compileLadder,
  EMPTY_TRAINING_CATALOG,
  effectiveFromError,
  levelOf,
  moveBetween,
  nextPromotion,
  promotionEquityStats,
  reachableLevels,
  readiness,
  validateLadder,
  wholeMonthsBetween,
  type CompiledLadder,
  type CurrentProficiency,
  type PromotionEvent,
  type Readiness,
  type RiskInterval,
  type TrainingCatalog,
} from '@pulse/domain-career';

/** The support ladder HR's editor starts from (the content helper's SUPPORT_LADDER). */
export function ladderTemplate(): LadderDefinition {
  return SUPPORT_LADDER;
}
