import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Center, Divider, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInDocument } from '../../gql/boot/graphql';
import { useBootSession } from '../../app/boot-session';
import { graphqlFetch, GraphQLRequestError } from '../../app/graphql-fetch';
import { LanguageSwitcher } from '../../i18n/LanguageSwitcher';

type FormErrors = { email?: string; password?: string };

/** Why single sign-on sent the browser back here (`?sso=` from the API's OpenID Connect callback). */
const SSO_FAILURES = {
  'not-configured': 'signIn.ssoNotConfigured',
  failed: 'signIn.ssoFailed',
  'unknown-account': 'signIn.ssoUnknownAccount',
  'unverified-email': 'signIn.ssoUnverifiedEmail',
  expired: 'signIn.ssoExpired',
} as const;

function ssoFailureKey(search: string): (typeof SSO_FAILURES)[keyof typeof SSO_FAILURES] | null {
  const reason = new URLSearchParams(search).get('sso');
  return reason && reason in SSO_FAILURES ? SSO_FAILURES[reason as keyof typeof SSO_FAILURES] : null;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, setMe } = useBootSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FormErrors>({});
  const ssoFailure = ssoFailureKey(location.search);
  const [failure, setFailure] = useState<string | null>(ssoFailure ? t(ssoFailure) : null);
  const [ssoOpen, setSsoOpen] = useState(ssoFailure !== null);
  const [ssoLogin, setSsoLogin] = useState('');
  const [ssoError, setSsoError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [loading, setLoading] = useState(false);

  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from.startsWith('/') && !from.startsWith('/sign-in') ? from : '/profile';

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('signIn.title') });
  }, [t]);

  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  if (me) return <Navigate to={target} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!email.trim()) errors.email = t('signIn.emailRequired');
    if (!password) errors.password = t('signIn.passwordRequired');
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    setFailure(null);
    setLoading(true);
    try {
      const result = await graphqlFetch(SignInDocument, { input: { email: email.trim(), password } });
      setLoading(false);
      navigate(target, { replace: true });
      setMe(result.signIn);
    } catch (error) {
      setLoading(false);
      const code = error instanceof GraphQLRequestError ? error.code : 'UNKNOWN';
      setPassword('');
      setFailure(
        code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT'
          ? t('signIn.invalidCredentials')
          : code === 'TOO_MANY_REQUESTS'
            ? t('signIn.tooManyAttempts')
            : code === 'NETWORK'
              ? t('errors.network')
              : t('errors.unknown'),
      );
    }
  }

  // A plain GET form: the API answers with a redirect to the organisation's identity provider.
  function onSsoSubmit(event: FormEvent<HTMLFormElement>) {
    if (!ssoLogin.trim()) {
      event.preventDefault();
      setSsoError(t('signIn.ssoLoginRequired'));
    }
  }

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md" component="header">
        <LanguageSwitcher />
      </Group>
      <Center component="main" id="main" px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <form onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title" data-testid="sign-in-form">
            <Stack>
              <div data-testid="area-sign-in">
                <Text fw={700} c="blue.8">
                  {t('app.name')}
                </Text>
                <Title order={1} id="sign-in-title" size="h2">
                  {t('signIn.title')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('signIn.intro')}
                </Text>
              </div>
              {failure ? (
                <Alert role="alert" color="red" variant="light" ref={alertRef} tabIndex={-1} data-testid="sign-in-error">
                  {failure}
                </Alert>
              ) : null}
              <TextInput
                label={t('signIn.email')}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                error={fieldErrors.email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <PasswordInput
                label={t('signIn.password')}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                error={fieldErrors.password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                visibilityToggleButtonProps={{
                  'aria-label': t('signIn.togglePasswordVisibility'),
                }}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
          <Divider my="md" label={t('signIn.or')} labelPosition="center" />
          {ssoOpen ? (
            <form method="get" action="/api/auth/oidc/start" onSubmit={onSsoSubmit} noValidate data-testid="sso-form">
              <Stack>
                <input type="hidden" name="returnTo" value={target} />
                <TextInput
                  label={t('signIn.ssoLogin')}
                  description={t('signIn.ssoLoginHelp')}
                  name="login"
                  autoComplete="username"
                  required
                  value={ssoLogin}
                  error={ssoError}
                  onChange={(e) => setSsoLogin(e.currentTarget.value)}
                  data-autofocus
                />
                <Button type="submit" variant="default" fullWidth>
                  {t('signIn.ssoContinue')}
                </Button>
              </Stack>
            </form>
          ) : (
            <Button variant="default" fullWidth onClick={() => setSsoOpen(true)} data-testid="sso-open">
              {t('signIn.ssoButton')}
            </Button>
          )}
        </Paper>
      </Center>
    </Box>
  );
}
