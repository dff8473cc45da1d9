import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RowError } from '@pulse/domain-people';

/** What an import did, or (dry run / errors) would have done. Nothing is applied when errors is non-empty. */
export type ImportReport = {
  dryRun: boolean;
  applied: boolean;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
};

@ObjectType('ImportRowError')
export class ImportRowErrorModel {
  @Field(() => Int) line: number;
  @Field(() => String, { nullable: true }) hrisId: string | null;
  @Field() reason: string;
}
