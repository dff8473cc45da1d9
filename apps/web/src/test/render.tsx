import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Locale, Role } from '@pulse/shared';
import { permissionsFor } from '@pulse/shared';
import { createCache } from '../app/apollo';
import { BootSessionProvider } from '../app/boot-session';
import { SessionProvider, type SessionMe } from '../app/session';
import { theme } from '../app/theme';
import { createI18n } from '../i18n/i18n';
import en from '../i18n/locales/en';
import pl from '../i18n/locales/pl';
import zhHans from '../i18n/locales/zh-Hans';
import zhHant from '../i18n/locales/zh-Hant';

/** All four locales loaded synchronously, as the lazy backend would. */
export function testI18n(language: Locale = 'en'): Promise<I18n> {
  return createI18n({
    language,
    resources: {
      en: { translation: en },
      'zh-Hans': { translation: zhHans },
      'zh-Hant': { translation: zhHant },
      pl: { translation: pl },
    },
  });
}

export function fakeMe(roles: Role[], overrides: Partial<SessionMe> = {}): SessionMe {
  return {
    __typename: 'Me',
    accountId: 'acc-1',
    email: 'ana@example.test',
    roles,
    permissions: [...permissionsFor(roles)],
    person: { __typename: 'Person', id: 'p-1', displayName: 'Ana Nowak', firstName: 'Ana', language: 'en', timeZone: 'Europe/Warsaw' },
    organisation: { __typename: 'Organisation', id: 'org-1', name: 'Acme Support', supportMessage: null },
    ...overrides,
  } as SessionMe;
}

type Options = {
  i18n: I18n;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  route?: string;
  /** Signed in as this account (areas need it); omit for signed-out screens. */
  me?: SessionMe;
};

export function renderWithProviders(ui: ReactElement, { i18n, mocks = [], route = '/', me }: Options): RenderResult {
  const wrap = (children: ReactNode) => (me ? <SessionProvider me={me}>{children}</SessionProvider> : children);
  return render(
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={i18n}>
        <MockedProvider mocks={mocks} cache={createCache()}>
          <BootSessionProvider initial={me ?? null}>
            <MemoryRouter initialEntries={[route]}>{wrap(ui)}</MemoryRouter>
          </BootSessionProvider>
        </MockedProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
}
