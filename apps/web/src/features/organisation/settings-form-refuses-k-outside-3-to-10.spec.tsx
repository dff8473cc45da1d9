import { fireEvent, screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { LOCALES, type Locale } from '@pulse/shared';
import { OrganisationSettingsDocument, UpdateOrganisationSettingsDocument } from '../../gql/graphql';
import { fakeMe, renderWithProviders, testI18n } from '../../test/render';
import OrganisationPage from './OrganisationPage';

const settings: MockLink.MockedResponse = {
  request: { query: OrganisationSettingsDocument },
  result: {
    data: {
      organisationSettings: { __typename: 'Organisation', id: 'org-1', name: 'Acme Support', slug: 'acme', confidentialityK: 5, locales: ['en', 'pl'], supportMessage: null, supportMessages: [] },
    },
  },
};

function saveMock(k: number, result: jest.Mock): MockLink.MockedResponse {
  return {
    request: { query: UpdateOrganisationSettingsDocument, variables: { input: { confidentialityK: k, locales: ['en', 'pl'], supportMessage: null, supportMessages: LOCALES.map((locale) => ({ locale, text: '' })) } } },
    result,
  } as MockLink.MockedResponse;
}

const saved = (k: number) => () => ({
  data: { updateOrganisationSettings: { __typename: 'Organisation', id: 'org-1', confidentialityK: k, locales: ['en', 'pl'], supportMessage: null, supportMessages: [] } },
});

async function renderForm(locale: Locale, mocks: MockLink.MockedResponse[]) {
  renderWithProviders(<OrganisationPage />, { i18n: await testI18n(locale), me: fakeMe(['ADMIN'], { permissions: ['org:settings'] }), mocks: [settings, ...mocks] });
  const input = await screen.findByTestId('org-confidentiality-k');
  return { input, save: () => fireEvent.submit(screen.getByTestId('org-settings-form')) };
}

describe('the organisation settings form accepts a confidentiality k from 3 to 10 only', () => {
  it.each([
    ['11', 'Must be at most 10.'],
    ['50', 'Must be at most 10.'],
    ['2', 'Must be at least 3.'],
  ])('refuses %s with "%s" and sends nothing', async (value, message) => {
    const result = jest.fn(saved(Number(value)));
    const { input, save } = await renderForm('en', [saveMock(Number(value), result)]);
    fireEvent.change(input, { target: { value } });
    save();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(result).not.toHaveBeenCalled();
  });

  it('saves 10', async () => {
    const result = jest.fn(saved(10));
    const { input, save } = await renderForm('en', [saveMock(10, result)]);
    fireEvent.change(input, { target: { value: '10' } });
    save();
    expect(await screen.findByTestId('org-settings-saved')).toBeInTheDocument();
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('says the range and the refusal in Polish', async () => {
    const { input, save } = await renderForm('pl', []);
    expect(input).toHaveAccessibleDescription(/Od 3 do 10/);
    fireEvent.change(input, { target: { value: '12' } });
    save();
    expect(await screen.findByText('Wartość może wynosić co najwyżej 10.')).toBeInTheDocument();
  });
});
