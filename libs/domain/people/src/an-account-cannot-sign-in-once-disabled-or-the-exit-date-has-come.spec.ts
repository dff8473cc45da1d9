import { accountAccess, type AccountAccessFacts } from './account-access';

const TODAY = '2026-12-07';
const base: AccountAccessFacts = { hasPassword: true, disabled: false, disabledReason: null, exitDate: null };

describe('an account cannot sign in once disabled or once the exit date has come', () => {
  it.each<[string, Partial<AccountAccessFacts>, ReturnType<typeof accountAccess>]>([
    ['a password and no exit', {}, 'ACTIVE'],
    ['an exit still to come', { exitDate: '2026-12-08' }, 'ACTIVE'],
    ['the exit date today', { exitDate: TODAY }, 'EXITED'],
    ['an exit in the past, not yet applied by the job', { exitDate: '2026-11-30' }, 'EXITED'],
    ['disabled for the exit', { disabled: true, disabledReason: 'EXITED', exitDate: '2026-11-30' }, 'EXITED'],
    ['disabled by an admin', { disabled: true, disabledReason: 'DISABLED_BY_ADMIN' }, 'DISABLED_BY_ADMIN'],
    ['disabled by an admin and since left', { disabled: true, disabledReason: 'DISABLED_BY_ADMIN', exitDate: '2026-11-30' }, 'EXITED'],
    ['no password yet', { hasPassword: false }, 'NO_PASSWORD'],
    ['no password and disabled by an admin', { hasPassword: false, disabled: true, disabledReason: 'DISABLED_BY_ADMIN' }, 'DISABLED_BY_ADMIN'],
  ])('%s → %s', (_case, facts, expected) => {
    expect(accountAccess({ ...base, ...facts }, TODAY)).toBe(expected);
  });
});
