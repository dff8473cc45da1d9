import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PulseAttentionTeam', { description: 'A team in your scope that needs attention, and why. Figures come only from shown groups.' })
export class PulseAttentionTeamModel {
  @Field(() => ID) teamId: string;
  @Field() name: string;
  @Field({ description: 'The team with the teams above it, e.g. "Support / Americas / Austin / Customer Care".' }) path: string;
  @Field(() => [String], { description: 'BURNOUT_RISING and/or PARTICIPATION_FALLING.' }) reasons: string[];
  @Field(() => Float, { nullable: true, description: 'Mean of the burnout measure in the earlier waves (null when none was shown).' }) burnoutEarlier: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the burnout measure in the latest waves (null when none was shown).' }) burnoutRecent: number | null;
  @Field({ description: 'Whether the burnout change exceeds the noise of this group size.' }) burnoutBeyondNoise: boolean;
  @Field(() => Float, { nullable: true, description: 'Participation 0–1 in the earlier waves.' }) participationEarlier: number | null;
  @Field(() => Float, { nullable: true, description: 'Participation 0–1 in the latest waves.' }) participationRecent: number | null;
  @Field(() => [Float], { nullable: 'items', description: 'The burnout measure per period of `periods`; null where hidden or not answered.' }) values: Array<number | null>;
}

@ObjectType('PulseAttention')
export class PulseAttentionModel {
  @Field(() => ID, { nullable: true }) programId: string | null;
  @Field({ description: 'The burnout measure the ranking and the series use.' }) measure: string;
  @Field(() => Int, { description: 'How many of the latest periods count as recent (the rest are earlier).' }) recentPeriods: number;
  @Field(() => [String], { description: 'Closed waves that asked the measure, oldest first.' }) periods: string[];
  @Field(() => [PulseAttentionTeamModel], { description: 'Most urgent first.' }) teams: PulseAttentionTeamModel[];
}
