import { formatShiftPattern } from '@pulse/domain-people';
import type { PersonEntity } from './entities/person.entity';
import type { TeamEntity } from './entities/team.entity';
import { ExitReasonEnum, WorkModeEnum } from './models/enums';
import type { PersonModel } from './models/person.model';
import type { TeamModel } from './models/team.model';

export function toPersonModel(p: PersonEntity, detailsVisible: boolean): PersonModel {
  return {
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    displayName: `${p.firstName} ${p.lastName}`,
    jobTitle: p.jobTitle,
    level: p.level,
    workMode: p.workMode as WorkModeEnum,
    site: p.site,
    timeZone: p.timeZone,
    language: p.language,
    active: p.exitDate === null || p.exitDate > new Date().toISOString().slice(0, 10),
    detailsVisible,
    hrisId: detailsVisible ? p.hrisId : null,
    email: detailsVisible ? p.email : null,
    shiftPattern: detailsVisible ? formatShiftPattern(p.shiftPattern ?? []) : null,
    hireDate: detailsVisible ? p.hireDate : null,
    exitDate: detailsVisible ? p.exitDate : null,
    exitReason: detailsVisible ? (p.exitReason as ExitReasonEnum | null) : null,
    teamId: p.teamId,
    managerId: p.managerId,
  };
}

/** A team as the API shows it; `memberCount` is counted by its field resolver, and only when selected. */
export function toTeamModel(t: TeamEntity): TeamModel {
  return { id: t.id, name: t.name, path: t.path, parentId: t.parentId, leadId: t.leadId };
}
