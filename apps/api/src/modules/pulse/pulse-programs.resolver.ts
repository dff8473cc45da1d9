import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { IdArg } from '../../platform/graphql/id-arg';
import { PulseProgramInput, PulseRotationPreviewInput } from './dto/pulse-program.input';
import { PulseInstrumentModel, PulseProgramModel, PulseRotationPreviewModel, PulseWaveModel } from './models/pulse-program.model';
import { toPulseProgramModel } from './pulse-programs.mapper';
import { PulseProgramsService } from './pulse-programs.service';
import { singleLine } from '../../platform/graphql/single-line';

@Resolver()
export class PulseProgramsResolver {
  constructor(private readonly service: PulseProgramsService) {}

  @Query(() => [PulseProgramModel], { description: "The organisation's pulse programs, by name." })
  @RequirePermission('pulse:programs:manage')
  async pulsePrograms(@CurrentActor() actor: Actor): Promise<PulseProgramModel[]> {
    return (await this.service.list(actor)).map(toPulseProgramModel);
  }

  @Query(() => PulseProgramModel)
  @RequirePermission('pulse:programs:manage')
  async pulseProgram(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PulseProgramModel> {
    return toPulseProgramModel(await this.service.get(actor, id));
  }

  @Query(() => [PulseWaveModel], { description: "A program's waves with status and invitation counts (never who)." })
  @RequirePermission('pulse:programs:manage')
  pulseWaves(@CurrentActor() actor: Actor, @IdArg('programId') programId: string): Promise<PulseWaveModel[]> {
    return this.service.waves(actor, programId);
  }

  @Query(() => [PulseInstrumentModel], { description: 'The instrument library for the item picker, texts in the given locale.' })
  @RequirePermission('pulse:programs:manage')
  pulseItemLibrary(@Args('locale', { nullable: true }, singleLine('locale')) locale?: string): PulseInstrumentModel[] {
    return this.service.instruments(locale);
  }

  @Query(() => [String], { description: 'Levels people in the organisation have, for the audience picker.' })
  @RequirePermission('pulse:programs:manage')
  pulseAudienceLevels(@CurrentActor() actor: Actor): Promise<string[]> {
    return this.service.levels(actor);
  }

  @Query(() => PulseRotationPreviewModel, { description: 'How items would rotate over the waves of a cycle, with scoring warnings.' })
  @RequirePermission('pulse:programs:manage')
  pulseRotationPreview(@Args('input') input: PulseRotationPreviewInput): PulseRotationPreviewModel {
    return this.service.preview(input);
  }

  @Mutation(() => PulseProgramModel, { description: 'Creates a DRAFT program; retrying with the same settings returns the same program.' })
  @RequirePermission('pulse:programs:manage')
  async createPulseProgram(@CurrentActor() actor: Actor, @Args('input') input: PulseProgramInput): Promise<PulseProgramModel> {
    return toPulseProgramModel(await this.service.create(actor, input));
  }

  @Mutation(() => PulseProgramModel, { description: 'Replaces the settings; waves not yet open follow the change.' })
  @RequirePermission('pulse:programs:manage')
  async updatePulseProgram(@CurrentActor() actor: Actor, @IdArg('id') id: string, @Args('input') input: PulseProgramInput): Promise<PulseProgramModel> {
    return toPulseProgramModel(await this.service.update(actor, id, input));
  }

  @Mutation(() => PulseProgramModel, { description: 'Starts (or resumes) running waves.' })
  @RequirePermission('pulse:programs:manage')
  async activatePulseProgram(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PulseProgramModel> {
    return toPulseProgramModel(await this.service.transition(actor, id, 'ACTIVE'));
  }

  @Mutation(() => PulseProgramModel, { description: 'Stops planning and opening new waves; open waves run to their close.' })
  @RequirePermission('pulse:programs:manage')
  async pausePulseProgram(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PulseProgramModel> {
    return toPulseProgramModel(await this.service.transition(actor, id, 'PAUSED'));
  }

  @Mutation(() => PulseProgramModel, { description: 'Ends the program for good; its waves and results stay.' })
  @RequirePermission('pulse:programs:manage')
  async archivePulseProgram(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PulseProgramModel> {
    return toPulseProgramModel(await this.service.transition(actor, id, 'ARCHIVED'));
  }
}
