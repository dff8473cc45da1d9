import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import { WorkModeEnum } from '../../people/models/enums';
import { AssessorKindEnum, EquityDimensionEnum, InsightFrequencyEnum, InsightStatusEnum, MoveKindEnum } from './career-enums';

@ObjectType('CompetencyStanding', { description: 'Current proficiency against what a level expects.' })
export class CompetencyStandingModel {
  @Field() competencyKey: string;
  @Field(() => Int, { description: 'Latest manager assessment, else latest self assessment, else 0 (not assessed).' }) current: number;
  @Field({ description: 'True when only a self assessment exists.' }) selfOnly: boolean;
  @Field(() => Int) expected: number;
  @Field(() => Int, { description: 'max(0, expected − current).' }) gap: number;
}

@ObjectType('ReadinessReason')
export class ReadinessReasonModel {
  @Field({ description: 'COMPETENCY | TIME_IN_LEVEL | CERTIFICATION' }) kind: string;
  @Field() met: boolean;
  @Field() message: string;
}

@ObjectType('Readiness')
export class ReadinessModel {
  @Field(() => Int) percent: number;
  @Field() ready: boolean;
  @Field(() => [ReadinessReasonModel]) reasons: readonly ReadinessReasonModel[];
}

@ObjectType('TrainingSuggestion')
export class TrainingSuggestionModel {
  @Field() competencyKey: string;
  @Field() title: string;
}

@ObjectType('PathStep')
export class PathStepModel {
  @Field() fromLevelKey: string;
  @Field() toLevelKey: string;
  @Field(() => MoveKindEnum) kind: MoveKindEnum;
  @Field(() => [CompetencyStandingModel]) gaps: readonly CompetencyStandingModel[];
  @Field(() => [TrainingSuggestionModel], { description: 'Empty until the learning slice lands.' }) training: readonly TrainingSuggestionModel[];
  @Field(() => [String]) missingCertifications: readonly string[];
  @Field(() => Int) monthsInLevelNeeded: number;
  @Field(() => ReadinessModel, { description: 'First step: real; later steps: projected with current proficiency.' }) readiness: ReadinessModel;
}

@ObjectType('CareerPath')
export class CareerPathModel {
  @Field() targetLevelKey: string;
  @Field(() => [PathStepModel]) steps: PathStepModel[];
}

@ObjectType('CareerEvidence')
export class CareerEvidenceModel {
  @Field({ description: 'ASSESSMENT | QA_TREND | CUSTOMER_INSIGHT | TRAINING | CERTIFICATION' }) kind: string;
  @Field(() => String, { nullable: true }) competencyKey: string | null;
  @Field() summary: string;
  @Field(() => LocalDateScalar) at: string;
}

@ObjectType('CompetencyAssessment')
export class CompetencyAssessmentModel {
  @Field(() => ID) id: string;
  @Field() competencyKey: string;
  @Field(() => AssessorKindEnum) assessorKind: AssessorKindEnum;
  @Field(() => String, { nullable: true }) assessorName: string | null;
  @Field(() => Int) proficiency: number;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => GraphQLISODateTime) assessedAt: Date;
}

@ObjectType('CareerProfile')
export class CareerProfileModel {
  @Field(() => ID) personId: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) teamPath: string | null;
  @Field(() => WorkModeEnum, { nullable: true }) workMode: WorkModeEnum | null;
  @Field(() => String, { nullable: true, description: 'Null when the person is unmapped (listed for HR).' }) currentLevelKey: string | null;
  @Field(() => String, { nullable: true }) hrisLevel: string | null;
  @Field(() => Int) monthsInLevel: number;
  @Field(() => String, { nullable: true }) goalLevelKey: string | null;
  @Field(() => CareerPathModel, { nullable: true }) path: CareerPathModel | null;
  @Field(() => ReadinessModel, { nullable: true }) nextStepReadiness: ReadinessModel | null;
  @Field(() => [CompetencyStandingModel], { description: 'Against the next step on the path (or the next promotion when no goal is set).' })
  standings: readonly CompetencyStandingModel[];
  @Field(() => [String]) reachableLevelKeys: string[];
  @Field(() => [CompetencyAssessmentModel]) assessments: CompetencyAssessmentModel[];
  @Field(() => [CareerEvidenceModel]) evidence: CareerEvidenceModel[];
}

@ObjectType('ReadinessRow')
export class ReadinessRowModel {
  @Field(() => ID) personId: string;
  @Field() displayName: string;
  @Field() teamPath: string;
  @Field(() => WorkModeEnum, { nullable: true }) workMode: WorkModeEnum | null;
  @Field(() => String, { nullable: true }) currentLevelKey: string | null;
  @Field(() => String, { nullable: true, description: 'The next step towards the goal, else the next promotion.' }) nextLevelKey: string | null;
  @Field(() => Int) monthsInLevel: number;
  @Field(() => Int) minMonthsInLevel: number;
  @Field() goalSet: boolean;
  @Field(() => ReadinessModel, { nullable: true }) readiness: ReadinessModel | null;
}

@ObjectType('ReadinessPage')
export class ReadinessPageModel {
  @Field(() => [ReadinessRowModel]) items: ReadinessRowModel[];
  @Field(() => Int) total: number;
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('LevelCount')
export class LevelCountModel {
  @Field() levelKey: string;
  @Field(() => Int) people: number;
}

@ObjectType('ProgressionSummary')
export class ProgressionSummaryModel {
  @Field(() => [LevelCountModel]) peoplePerLevel: LevelCountModel[];
  @Field(() => Int) unmapped: number;
  @Field(() => Int) goalsSet: number;
  @Field(() => Int) people: number;
  @Field(() => Int) readyNow: number;
  @Field(() => Int, { description: 'People in their level for more than twice its minimum time (and at least 12 months) without a move.' }) overdueInLevel: number;
}

@ObjectType('CalibrationCell')
export class CalibrationCellModel {
  @Field(() => ID) personId: string;
  @Field() competencyKey: string;
  @Field(() => Int, { nullable: true }) self: number | null;
  @Field(() => Int, { nullable: true }) manager: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the latest rating of each peer.' }) peer: number | null;
  @Field(() => Int) expected: number;
}

@ObjectType('CalibrationGrid')
export class CalibrationGridModel {
  @Field(() => [ReadinessRowModel]) people: ReadinessRowModel[];
  @Field(() => [String]) competencyKeys: string[];
  @Field(() => [CalibrationCellModel]) cells: CalibrationCellModel[];
}

@ObjectType('CustomerInsight')
export class CustomerInsightModel {
  @Field(() => ID) id: string;
  @Field() authorName: string;
  @Field(() => String, { nullable: true }) teamPath: string | null;
  @Field() title: string;
  @Field() customerSaid: string;
  @Field(() => InsightFrequencyEnum) frequency: InsightFrequencyEnum;
  @Field() suggestedChange: string;
  @Field(() => [String]) tags: string[];
  @Field(() => InsightStatusEnum) status: InsightStatusEnum;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field(() => String, { nullable: true }) triagedByName: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType('InsightPage')
export class InsightPageModel {
  @Field(() => [CustomerInsightModel]) items: CustomerInsightModel[];
  @Field(() => Int) total: number;
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('AdoptedIdeasByTeam')
export class AdoptedIdeasByTeamModel {
  @Field() teamPath: string;
  @Field(() => Int) accepted: number;
  @Field(() => Int) done: number;
}

@ObjectType('EquityGroup', { description: 'A group of the equity report. Hidden groups carry only the reason, never a figure.' })
export class EquityGroupModel {
  @Field() key: string;
  @Field() label: string;
  @Field(() => WorkModeEnum, { nullable: true }) workMode: WorkModeEnum | null;
  @Field(() => String, { nullable: true }) teamPath: string | null;
  @Field() hidden: boolean;
  @Field(() => String, { nullable: true, description: 'FEWER_THAN_K or COMPLEMENTARY.' }) hiddenReason: string | null;
  @Field(() => Int, { nullable: true, description: 'People at risk in the window.' }) people: number | null;
  @Field(() => Float, { nullable: true }) personYears: number | null;
  @Field(() => Int, { nullable: true }) promotions: number | null;
  @Field(() => Float, { nullable: true }) ratePerPersonYear: number | null;
  @Field(() => Float, { nullable: true, description: '95% exact Poisson (Garwood) interval.' }) rateLow: number | null;
  @Field(() => Float, { nullable: true }) rateHigh: number | null;
  @Field(() => Float, { nullable: true, description: 'Kaplan–Meier median months to first promotion in the window; null when not reached.' }) medianMonthsToPromotion: number | null;
  @Field(() => Float, { nullable: true }) medianLow: number | null;
  @Field(() => Float, { nullable: true }) medianHigh: number | null;
}

@ObjectType('PromotionEquity')
export class PromotionEquityModel {
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => Int) k: number;
  @Field(() => EquityDimensionEnum) dimension: EquityDimensionEnum;
  @Field(() => [EquityGroupModel]) groups: EquityGroupModel[];
  @Field(() => EquityGroupModel) overall: EquityGroupModel;
  @Field(() => String, { nullable: true, description: 'A plain sentence when the shown groups differ beyond their intervals.' }) gapNote: string | null;
}
