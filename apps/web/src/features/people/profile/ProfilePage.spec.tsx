import { fireEvent, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MyProfileDocument, UpdateMyProfileDocument } from '../../../gql/graphql';
import { fakeMe, renderWithProviders, testI18n } from '../../../test/render';
import ProfilePage from './ProfilePage';

const person = {
  __typename: 'Person',
  id: 'p-1',
  hrisId: 'NW000059',
  email: 'ana@example.test',
  displayName: 'Ana Nowak',
  jobTitle: 'Senior Customer Support Agent',
  level: 'Senior Agent',
  team: { __typename: 'Team', id: 't-1', name: 'Customer Care', path: 'Support / EMEA / Kraków / Customer Care' },
  manager: { __typename: 'Person', id: 'p-9', displayName: 'Ewa Jankowska', jobTitle: 'Team Lead' },
  workMode: 'REMOTE',
  workModeHistory: [
    { __typename: 'WorkModePeriod', workMode: 'HYBRID', effectiveFrom: '2020-11-22' },
    { __typename: 'WorkModePeriod', workMode: 'REMOTE', effectiveFrom: '2023-04-19' },
  ],
  site: 'Kraków',
  timeZone: 'Europe/Warsaw',
  shiftPattern: 'Mon-Fri 08:00-16:00; Sat 10:00-14:00',
  language: 'pl',
  hireDate: '2020-11-22',
};

const profileMock: MockLink.MockedResponse = {
  request: { query: MyProfileDocument },
  result: { data: { me: { __typename: 'Me', accountId: 'acc-1', email: 'ana@example.test', roles: ['AGENT'], person } } },
};

describe('my profile', () => {
  it('shows my details, localised shift pattern and work-mode history, newest first', async () => {
    renderWithProviders(<ProfilePage />, { i18n: await testI18n('en'), mocks: [profileMock], me: fakeMe(['AGENT']), route: '/profile' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ana Nowak' })).toBeInTheDocument();
    expect(screen.getByTestId('area-profile')).toHaveTextContent('My profile');
    expect(screen.getByTestId('profile-shift-pattern')).toHaveTextContent('Mon–Fri 08:00–16:00Sat 10:00–14:00');
    expect(screen.getByText('Support / EMEA / Kraków / Customer Care')).toBeInTheDocument();
    expect(screen.getByText('November 22, 2020')).toBeInTheDocument();
    const history = screen.getByTestId('work-mode-history');
    const rows = within(history).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['RemoteApr 19, 2023', 'HybridNov 22, 2020']);
  });

  it('saves language and time zone through updateMyProfile', async () => {
    let sent: unknown = null;
    const updateMock: MockLink.MockedResponse = {
      request: {
        query: UpdateMyProfileDocument,
        variables: (variables) => {
          sent = variables;
          return true;
        },
      },
      result: { data: { updateMyProfile: { __typename: 'Person', id: 'p-1', language: 'pl', timeZone: 'Asia/Taipei' } } },
    };
    const i18n = await testI18n('pl');
    renderWithProviders(<ProfilePage />, { i18n, mocks: [profileMock, updateMock], me: fakeMe(['AGENT']), route: '/profile' });
    const zone = await screen.findByRole('combobox', { name: /strefa czasowa/i });
    expect(screen.getByRole('combobox', { name: 'Preferowany język' })).toHaveValue('pl');
    fireEvent.change(zone, { target: { value: 'Asia/Taipei' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz ustawienia' }));
    expect(await screen.findByTestId('profile-saved')).toHaveTextContent('Ustawienia zostały zapisane.');
    expect(sent).toEqual({ input: { language: 'pl', timeZone: 'Asia/Taipei' } });
  });
});
