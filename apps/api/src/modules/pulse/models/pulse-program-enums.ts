import { registerEnumType } from '@nestjs/graphql';

export enum PulseProgramStatusEnum {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ARCHIVED = 'ARCHIVED',
}
export enum PulseCadenceEnum {
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
  MONTHLY = 'MONTHLY',
}
export enum PulseWaveStatusEnum {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PulseProgramStatusEnum, { name: 'PulseProgramStatus', description: 'DRAFT → ACTIVE ⇄ PAUSED → ARCHIVED (final).' });
registerEnumType(PulseCadenceEnum, { name: 'PulseCadence' });
registerEnumType(PulseWaveStatusEnum, { name: 'PulseWaveStatus', description: 'SCHEDULED → OPEN → CLOSED.' });
