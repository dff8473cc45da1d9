import type { WorkModeEnum } from '../people/models/enums';
import type { PulseProgramEntity } from './entities/pulse-program.entity';
import type { PulseCadenceEnum, PulseProgramStatusEnum } from './models/pulse-program-enums';
import type { PulseProgramModel } from './models/pulse-program.model';

export function toPulseProgramModel(p: PulseProgramEntity): PulseProgramModel {
  return {
    id: p.id,
    name: p.name,
    status: p.status as PulseProgramStatusEnum,
    audienceTeamIds: p.audienceTeamIds,
    audienceWorkModes: p.audienceWorkModes as WorkModeEnum[],
    audienceLevels: p.audienceLevels,
    cadence: p.cadence as PulseCadenceEnum,
    itemsPerPulse: p.itemsPerPulse,
    itemIds: p.itemIds,
    windowHours: p.windowHours,
    reminderHoursBeforeClose: p.reminderHoursBeforeClose,
    startsOn: p.startsOn,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
