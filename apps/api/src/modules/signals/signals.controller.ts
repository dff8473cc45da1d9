import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import type { PulseRequest } from '../../platform/auth/request';
import type { ImportReport } from '@pulse/domain-people';
import { csvBody, parseDryRun } from '../people/people-import.controller';
import { SignalsImportService } from './signals-import.service';

@Controller('api')
export class SignalsController {
  constructor(private readonly imports: SignalsImportService) {}

  @Post('imports/signals')
  @HttpCode(200)
  @RequirePermission('signals:import')
  importSignals(@CurrentActor() actor: Actor, @Req() req: PulseRequest, @Query('dryRun') dryRun?: string): Promise<ImportReport> {
    return this.imports.importSignals(actor, csvBody(req), parseDryRun(dryRun));
  }
}
