import { lazy, Suspense } from 'react';
import { Button, Center, MantineProvider, Stack, Text } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { Loading } from '../ui/Loading';
import { BootSessionProvider, useBootSession, type SessionMe } from './boot-session';
import { cssVariablesResolver, theme } from './theme';

/** Behind sign-in; the browser may already be fetching it (see main.tsx). */
export const loadAuthenticatedApp = () => import('./AuthenticatedApp');
const AuthenticatedApp = lazy(loadAuthenticatedApp);

type Props = { i18n: I18n; loadSession?: () => Promise<SessionMe | null> };

export function App({ i18n, loadSession }: Props) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <I18nextProvider i18n={i18n}>
        <BootSessionProvider load={loadSession}>
          <BrowserRouter>
            {/* Only reached while a language's messages load; nothing translated exists yet. */}
            <Suspense fallback={null}>
              <TopRoutes />
            </Suspense>
          </BrowserRouter>
        </BootSessionProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}

function TopRoutes() {
  const { me, error, retry } = useBootSession();
  const { t } = useTranslation();
  if (error && me === undefined) {
    return (
      <Center mih="100vh" p="md">
        <Stack align="center" role="alert">
          <Text>{t('errors.network')}</Text>
          <Button onClick={retry}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (me === undefined) return <Loading />;
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        path="*"
        element={
          <Suspense fallback={<Loading />}>
            <AuthenticatedApp />
          </Suspense>
        }
      />
    </Routes>
  );
}
