import type { TFunction } from 'i18next';
import { accountAccessText } from './OrganisationPage';

const t = ((key: string, options?: Record<string, unknown>) => (options?.date ? `${key}(${options.date})` : key)) as unknown as TFunction;
const formatDate = (iso: string) => `<${iso}>`;

describe('the accounts table says why an account can or cannot sign in', () => {
  it.each([
    ['ACTIVE', null, 'admin.accessActive'],
    ['ACTIVE', '2027-01-31', 'admin.leavesOn(<2027-01-31>)'],
    ['NO_PASSWORD', null, 'admin.accessNoPassword'],
    ['DISABLED_BY_ADMIN', null, 'admin.accessDisabledByAdmin'],
    ['EXITED', '2026-11-30', 'admin.accessExited(<2026-11-30>)'],
  ] as const)('%s with exit date %s reads %s', (access, exitDate, text) => {
    expect(accountAccessText(t, formatDate, { access, exitDate })).toBe(text);
  });
});
