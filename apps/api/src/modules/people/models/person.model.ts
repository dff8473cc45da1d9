import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import { ExitReasonEnum, WorkModeEnum } from './enums';

@ObjectType('WorkModePeriod')
export class WorkModePeriodModel {
  @Field(() => WorkModeEnum) workMode: WorkModeEnum;
  @Field(() => LocalDateScalar) effectiveFrom: string;
}

/**
 * A person as the API shows them. Directory fields (name, title, team, work mode, site, time zone)
 * are visible to colleagues; HR fields (`restricted`) only to the person, HR and their managers.
 */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) level: string | null;
  @Field(() => WorkModeEnum) workMode: WorkModeEnum;
  @Field(() => String, { nullable: true }) site: string | null;
  @Field() timeZone: string;
  @Field() language: string;
  @Field({ description: 'Whether the HR fields below are visible to you.' }) detailsVisible: boolean;
  @Field(() => String, { nullable: true }) hrisId: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true, description: 'Weekly shift pattern such as "Mon-Fri 09:00-17:00".' }) shiftPattern: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) hireDate: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) exitDate: string | null;
  @Field(() => ExitReasonEnum, { nullable: true }) exitReason: ExitReasonEnum | null;
  @Field() active: boolean;

  // Not exposed: used by field resolvers.
  teamId: string | null;
  managerId: string | null;
}

@ObjectType('PersonPage')
export class PersonPageModel {
  @Field(() => [PersonModel]) items: PersonModel[];
  @Field(() => Int) total: number;
}
