import { BadRequestException, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import type { PulseRequest } from '../../platform/auth/request';
import type { ImportReport } from '@pulse/domain-people';
import { PeopleExportService } from './people-export.service';
import { PeopleImportService } from './people-import.service';

export function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === 'true' || value === '1') return true; // safe default: a dry run
  if (value === 'false' || value === '0') return false;
  throw new BadRequestException('dryRun must be true or false.');
}

export function csvBody(req: PulseRequest): Readable {
  const ct = String(req.headers['content-type'] ?? '');
  if (!ct.startsWith('text/csv')) throw new BadRequestException('Send the file as the request body with Content-Type: text/csv.');
  return req.body as Readable;
}

@Controller('api')
export class PeopleImportController {
  constructor(
    private readonly imports: PeopleImportService,
    private readonly exports: PeopleExportService,
  ) {}

  @Post('imports/people')
  @HttpCode(200)
  @RequirePermission('people:import')
  importPeople(@CurrentActor() actor: Actor, @Req() req: PulseRequest, @Query('dryRun') dryRun?: string): Promise<ImportReport> {
    return this.imports.importPeople(actor, csvBody(req), parseDryRun(dryRun));
  }

  @Get('exports/people.csv')
  @RequirePermission('people:import')
  async exportPeople(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="people.csv"');
    await reply.send(this.exports.stream(actor));
  }
}
