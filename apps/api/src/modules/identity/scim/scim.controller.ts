import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SCIM_LIST_SCHEMA, SCIM_USER_SCHEMA, SCIM_MAX_COUNT, scimPaging } from '@pulse/domain-identity';
import { ScimBearer, type ScimRequest } from './scim-bearer.guard';
import { SCIM_CONTENT_TYPE } from './scim-error.filter';
import { ScimUsersService, type ScimUserRow } from './scim-users.service';

function callerOf(req: ScimRequest) {
  if (!req.scim) throw new Error('ScimBearerGuard did not run');
  return req.scim;
}

function origin(req: ScimRequest): string {
  return `${req.protocol}://${req.host}`;
}

/** RFC 7643 §4.1 User resource; meta.version doubles as a weak ETag. */
export function toScimUser(row: ScimUserRow, base: string) {
  const lastModified = new Date(Math.max(row.updated_at.getTime(), row.created_at.getTime()));
  return {
    schemas: [SCIM_USER_SCHEMA],
    id: row.id,
    externalId: row.hris_id,
    userName: row.email,
    name: { givenName: row.first_name, familyName: row.last_name, formatted: `${row.first_name} ${row.last_name}`.trim() },
    displayName: `${row.first_name} ${row.last_name}`.trim(),
    ...(row.job_title ? { title: row.job_title } : {}),
    emails: [{ value: row.email, type: 'work', primary: true }],
    active: !row.disabled_at,
    meta: {
      resourceType: 'User',
      created: row.created_at.toISOString(),
      lastModified: lastModified.toISOString(),
      location: `${base}/scim/v2/Users/${row.id}`,
      version: `W/"${lastModified.getTime()}${row.disabled_at ? 'd' : 'a'}"`,
    },
  };
}

/**
 * SCIM 2.0 Users for identity providers (Entra ID, Okta, …): one organisation per bearer token,
 * so every query below is scoped to the token's organisation and another organisation's ids are
 * simply not found.
 */
@Controller('scim/v2')
@ScimBearer()
export class ScimController {
  constructor(private readonly users: ScimUsersService) {}

  private send(reply: FastifyReply, status: number, body: unknown): void {
    void reply.status(status).header('content-type', SCIM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  @Get('ServiceProviderConfig')
  serviceProviderConfig(@Res() reply: FastifyReply): void {
    this.send(reply, 200, {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: SCIM_MAX_COUNT },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'A SCIM token an admin creates under Organisation → SCIM provisioning.' }],
    });
  }

  @Get('Users')
  async list(@Req() req: ScimRequest, @Res() reply: FastifyReply, @Query('filter') filter?: string, @Query('startIndex') startIndex?: string, @Query('count') count?: string): Promise<void> {
    const paging = scimPaging(startIndex, count);
    const { total, rows } = await this.users.list(callerOf(req), filter, paging.offset, paging.limit);
    this.send(reply, 200, { schemas: [SCIM_LIST_SCHEMA], totalResults: total, startIndex: paging.offset + 1, itemsPerPage: rows.length, Resources: rows.map((r) => toScimUser(r, origin(req))) });
  }

  @Get('Users/:id')
  async get(@Req() req: ScimRequest, @Res() reply: FastifyReply, @Param('id') id: string): Promise<void> {
    this.send(reply, 200, toScimUser(await this.users.get(callerOf(req), id), origin(req)));
  }

  @Post('Users')
  async create(@Req() req: ScimRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<void> {
    const user = toScimUser(await this.users.create(callerOf(req), body), origin(req));
    void reply.header('location', user.meta.location);
    this.send(reply, 201, user);
  }

  @Put('Users/:id')
  async replace(@Req() req: ScimRequest, @Res() reply: FastifyReply, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    this.send(reply, 200, toScimUser(await this.users.replace(callerOf(req), id, body), origin(req)));
  }

  @Patch('Users/:id')
  async patch(@Req() req: ScimRequest, @Res() reply: FastifyReply, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    this.send(reply, 200, toScimUser(await this.users.patch(callerOf(req), id, body), origin(req)));
  }

  @Delete('Users/:id')
  @HttpCode(204)
  async remove(@Req() req: ScimRequest, @Res() reply: FastifyReply, @Param('id') id: string): Promise<void> {
    await this.users.delete(callerOf(req), id);
    void reply.status(204).send();
  }
}
