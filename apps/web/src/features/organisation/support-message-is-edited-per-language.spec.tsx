import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { OrganisationSettingsDocument, UpdateOrganisationSettingsDocument } from '../../gql/graphql';
import { fakeMe, renderWithProviders, testI18n } from '../../test/render';
import OrganisationPage from './OrganisationPage';

const settings = {
  __typename: 'Organisation' as const,
  id: 'org-1',
  name: 'Acme Support',
  slug: 'acme',
  confidentialityK: 5,
  locales: ['en', 'zh-Hans', 'zh-Hant', 'pl'],
  supportMessage: 'Call the EAP.',
  supportMessages: [
    { __typename: 'LocalizedMessage' as const, locale: 'en', text: 'Call the EAP on 0800 555 0199.' },
    { __typename: 'LocalizedMessage' as const, locale: 'pl', text: 'Zadzwoń do EAP: 800 555 019.' },
  ],
};

describe('the support / EAP message is edited per language', () => {
  it('shows each language’s text and saves all four, an emptied box removing its language', async () => {
    const saved = jest.fn(() => ({ data: { updateOrganisationSettings: { __typename: 'Organisation', id: 'org-1', confidentialityK: 5, locales: settings.locales, supportMessage: 'Call the EAP.', supportMessages: [] } } }));
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: OrganisationSettingsDocument }, result: { data: { organisationSettings: settings } } },
      {
        request: {
          query: UpdateOrganisationSettingsDocument,
          variables: {
            input: {
              confidentialityK: 5,
              locales: settings.locales,
              supportMessage: 'Call the EAP.',
              supportMessages: [
                { locale: 'en', text: 'Call the EAP on 0800 555 0199.' },
                { locale: 'zh-Hans', text: '请致电员工援助热线。' },
                { locale: 'zh-Hant', text: '' },
                { locale: 'pl', text: '' },
              ],
            },
          },
        },
        result: saved,
      },
    ];
    renderWithProviders(<OrganisationPage />, { i18n: await testI18n('en'), me: fakeMe(['ADMIN'], { permissions: ['org:settings'] }), mocks });
    const polish = await screen.findByTestId('org-support-message-pl');
    expect(polish).toHaveValue('Zadzwoń do EAP: 800 555 019.');
    expect(polish).toHaveAttribute('lang', 'pl');
    expect(screen.getByTestId('org-support-message-zh-Hans')).toHaveValue('');
    fireEvent.change(screen.getByTestId('org-support-message-zh-Hans'), { target: { value: '请致电员工援助热线。' } });
    fireEvent.change(polish, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });
});
