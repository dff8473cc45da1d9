import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';

@ObjectType('WeeklySignal')
export class WeeklySignalModel {
  @Field(() => LocalDateScalar) weekStart: string;
  @Field(() => Int, { nullable: true }) contactsHandled: number | null;
  @Field(() => Float, { nullable: true }) occupancyPct: number | null;
  @Field(() => Float, { nullable: true }) overtimeHours: number | null;
  @Field(() => Float, { nullable: true }) adherencePct: number | null;
  @Field(() => Float, { nullable: true }) qaScore: number | null;
  @Field(() => Float, { nullable: true }) csat: number | null;
}
