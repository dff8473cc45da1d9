import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { SubmitPulseResponseInput } from './dto/submit-pulse-response.input';
import { MyPulseHistoryEntryModel, OpenPulseModel, PulseSubmissionModel } from './models/pulse.model';
import { PulseService } from './pulse.service';
import { singleLine } from '../../platform/graphql/single-line';

@Resolver()
export class PulseResolver {
  constructor(private readonly pulses: PulseService) {}

  @Query(() => [OpenPulseModel], { description: "Pulses you can answer now (this week's pulse), worded in `locale` or your profile language." })
  @RequirePermission('pulse:self')
  myOpenPulses(@CurrentActor() actor: Actor, @Args('locale', { type: () => String, nullable: true }, singleLine('locale')) locale?: string): Promise<OpenPulseModel[]> {
    return this.pulses.openPulses(actor, locale);
  }

  @Mutation(() => PulseSubmissionModel, {
    description: 'Stores your answers to an open pulse. Safe to retry: one response per pulse; answering again inside the window replaces it.',
  })
  @RequirePermission('pulse:self')
  submitPulseResponse(@CurrentActor() actor: Actor, @Args('input') input: SubmitPulseResponseInput): Promise<PulseSubmissionModel> {
    return this.pulses.submit(actor, input);
  }

  @Query(() => [MyPulseHistoryEntryModel], { description: 'Your own scores over time, newest first. Nobody else can read them.' })
  @RequirePermission('pulse:self')
  myPulseHistory(@CurrentActor() actor: Actor, @Args('last', { type: () => Int, defaultValue: 52 }) last: number): Promise<MyPulseHistoryEntryModel[]> {
    return this.pulses.myHistory(actor, Math.min(Math.max(last, 1), 200));
  }
}
