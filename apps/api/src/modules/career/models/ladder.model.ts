import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import type { SingleLineFault } from '@pulse/shared';
import { MoveKindEnum, SingleLineFaultEnum } from './career-enums';

@ObjectType('LocalizedString', { description: 'Text in every product language.' })
export class LocalizedStringModel {
  @Field() en: string;
  @Field() zhHans: string;
  @Field() zhHant: string;
  @Field() pl: string;
}

@ObjectType('CareerCompetency')
export class CareerCompetencyModel {
  @Field() key: string;
  @Field(() => LocalizedStringModel) name: LocalizedStringModel;
  @Field(() => LocalizedStringModel) description: LocalizedStringModel;
  @Field(() => [LocalizedStringModel], { description: 'What the behaviour looks like at proficiency 1…5 (index 0 is 1).' }) anchors: LocalizedStringModel[];
}

@ObjectType('CareerExpectation')
export class CareerExpectationModel {
  @Field() competencyKey: string;
  @Field(() => Int) proficiency: number;
}

@ObjectType('CareerLevel')
export class CareerLevelModel {
  @Field() key: string;
  @Field() trackKey: string;
  @Field(() => Int) rank: number;
  @Field(() => LocalizedStringModel) name: LocalizedStringModel;
  @Field(() => Int) minMonthsInLevel: number;
  @Field({ description: 'People may start the ladder here.' }) entry: boolean;
  @Field(() => [CareerExpectationModel]) expectations: CareerExpectationModel[];
}

@ObjectType('CareerTrack')
export class CareerTrackModel {
  @Field() key: string;
  @Field(() => LocalizedStringModel) name: LocalizedStringModel;
}

@ObjectType('CareerMove')
export class CareerMoveModel {
  @Field() fromLevelKey: string;
  @Field() toLevelKey: string;
  @Field(() => MoveKindEnum) kind: MoveKindEnum;
  @Field(() => [String]) requiredCertifications: string[];
}

@ObjectType('CareerLadder', { description: 'The ladder as of a date: one published version (or the template, versionId "template").' })
export class CareerLadderModel {
  @Field(() => ID) versionId: string;
  @Field(() => LocalDateScalar) effectiveFrom: string;
  @Field(() => GraphQLISODateTime) publishedAt: Date;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => [CareerCompetencyModel]) competencies: CareerCompetencyModel[];
  @Field(() => [CareerTrackModel]) tracks: CareerTrackModel[];
  @Field(() => [CareerLevelModel]) levels: CareerLevelModel[];
  @Field(() => [CareerMoveModel]) moves: CareerMoveModel[];
}

@ObjectType('CareerLadderVersion')
export class CareerLadderVersionModel {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) effectiveFrom: string;
  @Field(() => GraphQLISODateTime) publishedAt: Date;
  @Field(() => String, { nullable: true, description: 'Who published it (e-mail of the account), when still known.' }) publishedBy: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('LadderIssueParams', { description: 'What an issue says beyond its code and path, for wording it in another language.' })
export class LadderIssueParamsModel {
  @Field(() => SingleLineFaultEnum, { nullable: true, description: 'NOT_SINGLE_LINE: what breaks the line.' }) lineProblem?: SingleLineFault;
  @Field(() => [String], { nullable: true, description: 'PROMOTION_CYCLE: the level keys in promotion order, starting and ending at the same level.' }) cycle?: readonly string[];
}

@ObjectType('LadderIssue', { description: 'A problem that stops a ladder from being published, with where it is.' })
export class LadderIssueModel {
  @Field() code: string;
  @Field({ description: 'Path into the definition, e.g. levels/3/expectations/1.' }) path: string;
  @Field({ description: 'One English sentence naming the keys involved.' }) message: string;
  @Field(() => LadderIssueParamsModel, { nullable: true, description: 'Set on the codes whose message names more than the path does (NOT_SINGLE_LINE, PROMOTION_CYCLE).' })
  params?: LadderIssueParamsModel;
}

@ObjectType('UnmappedHrisLevel')
export class UnmappedHrisLevelModel {
  @Field() hrisLevel: string;
  @Field(() => Int) people: number;
}

@ObjectType('HrisLevelMapping')
export class HrisLevelMappingModel {
  @Field() hrisLevel: string;
  @Field() levelKey: string;
}
