import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import type { UpdateOrganisationSettingsInput } from './dto/organisation.input';
import { OrganisationEntity } from './entities/organisation.entity';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

@Injectable()
export class OrganisationService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(organisationId: string): Promise<OrganisationEntity> {
    const o = await this.db.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
    if (!o) throw new NotFoundException('Organisation not found.');
    return o;
  }

  async update(actor: Actor, input: UpdateOrganisationSettingsInput): Promise<OrganisationEntity> {
    if (input.supportMessage && CONTROL.test(input.supportMessage)) throw new BadRequestException('supportMessage contains control characters.');
    if (input.supportMessages?.some((m) => CONTROL.test(m.text))) throw new BadRequestException('supportMessages contain control characters.');
    if (new Set(input.supportMessages?.map((m) => m.locale)).size !== (input.supportMessages?.length ?? 0)) throw new BadRequestException('supportMessages name a locale twice.');
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(OrganisationEntity);
      // Locked so the audited previous values are the ones this change replaced.
      const before = await repo.findOne({ where: { id: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException('Organisation not found.');
      const patch: Partial<OrganisationEntity> = {};
      if (input.confidentialityK !== undefined) patch.confidentialityK = input.confidentialityK;
      if (input.locales !== undefined) patch.locales = input.locales;
      if (input.supportMessage !== undefined) patch.supportMessage = input.supportMessage?.trim() || null;
      if (input.supportMessages) {
        const current = (await repo.findOneByOrFail({ id: actor.organisationId })).supportMessages;
        const next: Record<string, string> = { ...current };
        for (const m of input.supportMessages) {
          if (m.text.trim()) next[m.locale] = m.text.trim();
          else delete next[m.locale];
        }
        patch.supportMessages = next;
      }
      if (input.leaverAnswersUnlinkMonths !== undefined) patch.leaverAnswersUnlinkMonths = input.leaverAnswersUnlinkMonths;
      if (input.answerRetentionMonths !== undefined) patch.answerRetentionMonths = input.answerRetentionMonths;
      if (Object.keys(patch).length) await repo.update({ id: actor.organisationId }, patch);
      // The new values stay at the top level (as before); `previous` holds what each replaced.
      const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof typeof patch] ?? null]));
      await this.audit.record(em, actor, 'organisation.settings_changed', actor.organisationId, { ...patch, previous });
      return repo.findOneByOrFail({ id: actor.organisationId });
    });
  }
}
