import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Full path, e.g. "Support / EMEA / Billing".' }) path: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int, { description: 'Active people directly in this team.' }) memberCount: number;
  leadId: string | null;
}
