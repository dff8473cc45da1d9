import { filterAccounts } from './OrganisationPage';

const accounts = [
  { id: '2', email: 'zoe@demo.test', person: { displayName: 'Zoë Wang' } },
  { id: '1', email: 'ana@demo.test', person: { displayName: 'Ana Nowak' } },
  { id: '3', email: 'lee@demo.test', person: { displayName: 'Lee Chen' } },
];

describe('account search', () => {
  it('lists every account by e-mail when there is no query', () => {
    expect(filterAccounts(accounts, '  ').map((a) => a.id)).toEqual(['1', '3', '2']);
  });
  it('matches name or e-mail, ignoring case', () => {
    expect(filterAccounts(accounts, 'NOWAK').map((a) => a.id)).toEqual(['1']);
    expect(filterAccounts(accounts, 'lee@').map((a) => a.id)).toEqual(['3']);
    expect(filterAccounts(accounts, 'nobody')).toEqual([]);
  });
});
