import { Args, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import GraphQLJSON from './json.scalar';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { AuditService } from './audit.service';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) actorAccountId: string | null;
  @Field() action: string;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field(() => GraphQLJSON) detail: Record<string, unknown>;
  @Field(() => GraphQLISODateTime) at: Date;
}

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEventModel], { description: 'Most recent audit events of your organisation.' })
  @RequirePermission('audit:read')
  async auditEvents(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, defaultValue: 100 }) first: number): Promise<AuditEventModel[]> {
    const rows = await this.audit.list(actor, Math.min(Math.max(first, 1), 500));
    return rows.map((r) => ({ id: r.id, actorAccountId: r.actorAccountId, action: r.action, subject: r.subject, detail: r.detail, at: r.at }));
  }
}
