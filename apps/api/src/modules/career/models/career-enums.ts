import { registerEnumType } from '@nestjs/graphql';

export enum MoveKindEnum {
  PROMOTION = 'PROMOTION',
  LATERAL = 'LATERAL',
}
export enum AssessorKindEnum {
  SELF = 'SELF',
  MANAGER = 'MANAGER',
  PEER = 'PEER',
}
export enum InsightStatusEnum {
  NEW = 'NEW',
  ACCEPTED = 'ACCEPTED',
  DONE = 'DONE',
  DECLINED = 'DECLINED',
}
export enum InsightFrequencyEnum {
  ONCE = 'ONCE',
  WEEKLY = 'WEEKLY',
  DAILY = 'DAILY',
  MANY_TIMES_A_DAY = 'MANY_TIMES_A_DAY',
}
export enum EquityDimensionEnum {
  WORK_MODE = 'WORK_MODE',
  TEAM = 'TEAM',
}
/** @pulse/shared's SingleLineFault, for GraphQL. */
export enum SingleLineFaultEnum {
  LINE_BREAK = 'LINE_BREAK',
  TAB = 'TAB',
  CONTROL_CHARACTER = 'CONTROL_CHARACTER',
}
registerEnumType(SingleLineFaultEnum, { name: 'SingleLineFault', description: 'What keeps a value from being one line: a line break, a tab or another control character.' });
registerEnumType(MoveKindEnum, { name: 'MoveKind', description: 'PROMOTION: up a track or into a higher one; LATERAL: across tracks at a similar level.' });
registerEnumType(AssessorKindEnum, { name: 'AssessorKind' });
registerEnumType(InsightStatusEnum, { name: 'InsightStatus', description: 'NEW → ACCEPTED → DONE, or NEW/ACCEPTED → DECLINED (with a reason).' });
registerEnumType(InsightFrequencyEnum, { name: 'InsightFrequency', description: 'How often customers say it.' });
registerEnumType(EquityDimensionEnum, { name: 'EquityDimension' });
