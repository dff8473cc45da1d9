import { registerEnumType } from '@nestjs/graphql';

export enum WorkModeEnum {
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
  OFFICE = 'OFFICE',
}
export enum ExitReasonEnum {
  VOLUNTARY = 'VOLUNTARY',
  INVOLUNTARY = 'INVOLUNTARY',
}
export enum RoleEnum {
  AGENT = 'AGENT',
  MANAGER = 'MANAGER',
  HR = 'HR',
  ADMIN = 'ADMIN',
}
registerEnumType(WorkModeEnum, { name: 'WorkMode', description: 'Where a person works (SPEC §1).' });
registerEnumType(ExitReasonEnum, { name: 'ExitReason' });
registerEnumType(RoleEnum, { name: 'Role' });
