import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PulseBandShare')
export class PulseBandShareModel {
  @Field() band: string;
  @Field(() => Float, { description: 'Share of respondents with a score, 0–1.' }) share: number;
}

@ObjectType('PulseMeasureFigure')
export class PulseMeasureFigureModel {
  @Field() measure: string;
  @Field(() => Float, { nullable: true, description: 'Group mean (eNPS: −100…+100); null when hidden.' }) value: number | null;
  @Field(() => Int, { nullable: true }) respondents: number | null;
  @Field(() => [PulseBandShareModel]) bandShares: PulseBandShareModel[];
  @Field({ description: 'True when the measure is shown but its band shares are not: a band holds fewer than k respondents, or everyone is in one band.' })
  bandSharesHidden: boolean;
  @Field(() => Float, { nullable: true, description: 'The same measure in the previous closed wave, when both are shown.' }) previous: number | null;
  @Field(() => String, { nullable: true, description: 'UP or DOWN when the change exceeds the noise of this group size; null otherwise.' })
  change: string | null;
  @Field(() => String, { nullable: true, description: 'FEWER_THAN_K when fewer than k respondents have this score; COMPLEMENTARY when showing it would let this measure be worked out for a smaller group.' }) hiddenReason: string | null;
}

@ObjectType('PulseGroupFigures', { description: 'A group of one wave. Hidden groups carry only the reason, never a count.' })
export class PulseGroupFiguresModel {
  @Field(() => ID, { nullable: true, description: 'The team, or null for the whole organisation.' }) teamId: string | null;
  @Field() label: string;
  @Field() workMode: string;
  @Field() tenureBand: string;
  @Field() shown: boolean;
  @Field(() => String, { nullable: true, description: 'FEWER_THAN_K or COMPLEMENTARY (hidden so that no smaller group can be worked out by subtraction).' })
  hiddenReason: string | null;
  @Field(() => Int, { nullable: true }) respondents: number | null;
  @Field(() => Int, { nullable: true }) invited: number | null;
  @Field(() => Float, { nullable: true, description: 'Respondents / invited, 0–1.' }) participation: number | null;
  @Field(() => [PulseMeasureFigureModel]) measures: PulseMeasureFigureModel[];
}

@ObjectType('PulseSeries', { description: 'One line of a chart as plain arrays (cheap for the client cache); hidden points are null with a reason.' })
export class PulseSeriesModel {
  @Field({ description: 'ALL or a work mode.' }) key: string;
  @Field(() => [Float], { nullable: 'items' }) values: Array<number | null>;
  @Field(() => [Int], { nullable: 'items' }) respondents: Array<number | null>;
  @Field(() => [String], { nullable: 'items' }) hiddenReasons: Array<string | null>;
  @Field(() => [String], { nullable: 'items', description: 'UP / DOWN where the change from the previous point exceeds the noise.' }) changes: Array<string | null>;
}

@ObjectType('PulseTrend')
export class PulseTrendModel {
  @Field() measure: string;
  @Field(() => [String], { description: 'Period starts (YYYY-MM-DD), oldest first; at most 500.' }) periods: string[];
  @Field(() => [PulseSeriesModel]) series: PulseSeriesModel[];
}

@ObjectType('PulseResultsProgram')
export class PulseResultsProgramModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() cadence: string;
}

@ObjectType('PulseResultsTeam')
export class PulseResultsTeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() path: string;
}

@ObjectType('PulseOpenWave', { description: 'The wave in progress: participation so far only; answers are shown after it closes.' })
export class PulseOpenWaveModel {
  @Field() periodStart: string;
  @Field() closesAt: Date;
  @Field() group: PulseGroupFiguresModel;
}

@ObjectType('PulseResults')
export class PulseResultsModel {
  @Field(() => [PulseResultsProgramModel]) programs: PulseResultsProgramModel[];
  @Field(() => PulseResultsProgramModel, { nullable: true }) program: PulseResultsProgramModel | null;
  @Field(() => [PulseResultsTeamModel], { description: 'Teams you may look at.' }) teams: PulseResultsTeamModel[];
  @Field({ description: 'Whether you may look at the whole organisation.' }) canSeeOrganisation: boolean;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => Int, { description: 'The k of the latest wave shown (each wave keeps the k it opened with); before any wave, the current setting.' }) k: number;
  @Field(() => [String]) measures: string[];
  @Field(() => String, { nullable: true }) periodStart: string | null;
  @Field(() => PulseGroupFiguresModel, { nullable: true }) overall: PulseGroupFiguresModel | null;
  @Field(() => [PulseGroupFiguresModel]) byWorkMode: PulseGroupFiguresModel[];
  @Field(() => [PulseGroupFiguresModel]) byTenure: PulseGroupFiguresModel[];
  @Field(() => [PulseGroupFiguresModel]) byTeam: PulseGroupFiguresModel[];
  @Field(() => PulseTrendModel) trend: PulseTrendModel;
  @Field(() => PulseTrendModel, { description: 'Participation (0–1) by work mode.' }) participation: PulseTrendModel;
  @Field(() => PulseOpenWaveModel, { nullable: true }) openWave: PulseOpenWaveModel | null;
}

@ObjectType('PulseHeatmapRow')
export class PulseHeatmapRowModel {
  @Field(() => ID) teamId: string;
  @Field() name: string;
  @Field() path: string;
  @Field(() => Int, { nullable: true }) respondents: number | null;
  @Field(() => [Float], { nullable: 'items' }) values: Array<number | null>;
  @Field(() => [String], { nullable: 'items' }) hiddenReasons: Array<string | null>;
}

@ObjectType('PulseHeatmap', { description: 'Teams × measures of one closed wave (HR).' })
export class PulseHeatmapModel {
  @Field(() => String, { nullable: true }) periodStart: string | null;
  @Field(() => [String]) measures: string[];
  @Field(() => [PulseHeatmapRowModel]) rows: PulseHeatmapRowModel[];
}

@ObjectType('PulseAlert')
export class PulseAlertModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: 'The team with the teams above it; null for the organisation.' }) path: string | null;
  @Field() workMode: string;
  @Field() periodStart: string;
  @Field(() => String, { nullable: true }) measure: string | null;
  @Field(() => Float, { nullable: true }) previous: number | null;
  @Field(() => Float, { nullable: true }) current: number | null;
  @Field() createdAt: Date;
}

@ObjectType('ActionPlan')
export class ActionPlanModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field() title: string;
  @Field(() => ID) ownerPersonId: string;
  @Field() ownerName: string;
  @Field() dueOn: string;
  @Field() measure: string;
  @Field() status: string;
  @Field() createdAt: Date;
  @Field(() => Float, { nullable: true, description: 'The measure in the last closed wave before the plan was made (if shown).' }) before: number | null;
  @Field(() => String, { nullable: true }) beforePeriod: string | null;
  @Field(() => Float, { nullable: true, description: 'The measure in the latest closed wave after the plan was made (if shown).' }) after: number | null;
  @Field(() => String, { nullable: true }) afterPeriod: string | null;
}
