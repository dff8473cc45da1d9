import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { PersonalDataService, personalDataCsv } from './personal-data.service';

/** "Download my data" from My profile: the signed-in person's own data, never anyone else's. */
@Controller('api/me')
export class PersonalDataController {
  constructor(private readonly data: PersonalDataService) {}

  @Get('personal-data.json')
  @RequirePermission('profile:self')
  async json(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const data = await this.data.exportOwn(actor, 'json');
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="my-data.json"');
    reply.header('cache-control', 'no-store');
    await reply.send(JSON.stringify(data, null, 2));
  }

  @Get('personal-data.csv')
  @RequirePermission('profile:self')
  async csv(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const data = await this.data.exportOwn(actor, 'csv');
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="my-data.csv"');
    reply.header('cache-control', 'no-store');
    await reply.send(personalDataCsv(data));
  }
}
