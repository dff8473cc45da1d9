import { BadRequestException } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { PulseAttentionModel } from './models/pulse-attention.model';
import { PulseAttentionService } from './pulse-attention.service';
import { singleLine } from '../../platform/graphql/single-line';

@Resolver()
export class PulseAttentionResolver {
  constructor(private readonly attention: PulseAttentionService) {}

  @Query(() => PulseAttentionModel, {
    description: 'Teams you may see whose burnout is rising or participation falling in the latest closed waves, most urgent first (shown groups only).',
  })
  @RequirePermission('pulse:results:reporting-line', 'pulse:results:all')
  pulseAttention(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID, nullable: true }) programId?: string,
    @Args('measure', { type: () => String, nullable: true, description: 'A burnout measure (default cbi.work when asked).' }, singleLine('measure')) measure?: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first = 10,
  ): Promise<PulseAttentionModel> {
    if (programId && !/^[0-9a-f-]{36}$/i.test(programId)) throw new BadRequestException('programId is not a valid id.');
    return this.attention.attention(actor, { programId, measure, first });
  }
}
