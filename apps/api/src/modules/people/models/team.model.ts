import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Full path, e.g. "Support / EMEA / Billing".' }) path: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  // Not exposed: used by field resolvers.
  leadId: string | null;
}
