import type { InsightStatus } from '../../../gql/graphql';

/** NEW → ACCEPTED → DONE; NEW or ACCEPTED → DECLINED (with a reason). DONE and DECLINED are final. */
const TRANSITIONS: Record<InsightStatus, readonly InsightStatus[]> = {
  NEW: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['DONE', 'DECLINED'],
  DONE: [],
  DECLINED: [],
};

export function nextStatuses(status: InsightStatus): readonly InsightStatus[] {
  return TRANSITIONS[status];
}
