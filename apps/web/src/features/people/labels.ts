import type { TFunction } from 'i18next';
import type { ExitReason, Role, WorkMode } from '@pulse/shared';

export function workModeLabel(t: TFunction, mode: WorkMode | null | undefined): string {
  return mode ? t(`workMode.${mode}`) : t('common.notSet');
}

export function exitReasonLabel(t: TFunction, reason: ExitReason | null | undefined): string {
  return reason ? t(`exitReason.${reason}`) : t('common.notSet');
}

export function roleLabel(t: TFunction, role: Role): string {
  return t(`role.${role}`);
}
