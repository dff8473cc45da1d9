import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Code, CopyButton, Group, PasswordInput, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  ConfigureSingleSignOnDocument,
  CreateScimTokenDocument,
  RemoveSingleSignOnDocument,
  RevokeScimTokenDocument,
  ScimTokensDocument,
  SingleSignOnDocument,
} from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';

/** "a.com, b.com" → ["a.com", "b.com"]; the API validates and normalises each. */
export function splitDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}

/** OpenID Connect provider of the organisation (admins with sso:manage). */
export function SingleSignOnSettings() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SingleSignOnDocument);
  const setup = data?.singleSignOn;
  const [issuer, setIssuer] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState('');
  const [enabled, setEnabled] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [configure, configureState] = useMutation(ConfigureSingleSignOnDocument);
  const [remove, removeState] = useMutation(RemoveSingleSignOnDocument);

  useEffect(() => {
    const c = setup?.connection;
    setIssuer(c?.issuer ?? '');
    setClientId(c?.clientId ?? '');
    setDomains(c?.emailDomains.join(', ') ?? '');
    setEnabled(c?.enabled ?? true);
  }, [setup]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const result = await configure({
      variables: { input: { issuer: issuer.trim(), clientId: clientId.trim(), clientSecret: clientSecret || null, emailDomains: splitDomains(domains), enabled } },
    }).catch(() => null);
    if (result?.data) {
      setClientSecret('');
      setNotice(t('admin.ssoSaved'));
      void refetch();
    }
  }

  async function onRemove() {
    setNotice(null);
    const result = await remove().catch(() => null);
    if (result?.data) {
      setNotice(t('admin.ssoRemoved'));
      void refetch();
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sso-title">
      <Title order={2} size="h3" id="sso-title" mb="xs">
        {t('admin.ssoTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.ssoHelp')}
      </Text>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !setup ? <Loading /> : null}
      {setup ? (
        <form onSubmit={onSubmit} noValidate data-testid="sso-settings-form">
          <Stack maw={640}>
            {configureState.error ? <ErrorAlert error={configureState.error} /> : null}
            {removeState.error ? <ErrorAlert error={removeState.error} /> : null}
            {notice ? (
              <Alert role="status" color="green" variant="light" data-testid="sso-saved">
                {notice}
              </Alert>
            ) : null}
            <div>
              <Text size="sm" fw={500}>
                {t('admin.ssoRedirectUri')}
              </Text>
              <Code data-testid="sso-redirect-uri">{setup.redirectUri}</Code>
            </div>
            <TextInput label={t('admin.ssoIssuer')} description={t('admin.ssoIssuerHelp')} type="url" required value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)} />
            <TextInput label={t('admin.ssoClientId')} required value={clientId} onChange={(e) => setClientId(e.currentTarget.value)} autoComplete="off" />
            <PasswordInput
              label={t('admin.ssoClientSecret')}
              description={setup.connection?.clientSecretSet ? t('admin.ssoClientSecretKeep') : t('admin.ssoClientSecretNew')}
              required={!setup.connection?.clientSecretSet}
              value={clientSecret}
              onChange={(e) => setClientSecret(e.currentTarget.value)}
              autoComplete="new-password"
            />
            <TextInput label={t('admin.ssoDomains')} description={t('admin.ssoDomainsHelp', { slug: setup.organisationSlug })} value={domains} onChange={(e) => setDomains(e.currentTarget.value)} />
            <Switch label={t('admin.ssoEnabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
            <Group>
              <Button type="submit" loading={configureState.loading}>
                {t('admin.ssoSave')}
              </Button>
              {setup.connection ? (
                <Button variant="default" color="red" onClick={() => void onRemove()} loading={removeState.loading}>
                  {t('admin.ssoRemove')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}

/** SCIM bearer tokens: created (shown once) and revoked here. */
export function ScimTokens() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ScimTokensDocument);
  const baseUrl = useQuery(SingleSignOnDocument).data?.singleSignOn.scimBaseUrl ?? null;
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateScimTokenDocument);
  const [revoke, revokeState] = useMutation(RevokeScimTokenDocument);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    if (!name.trim()) {
      setNameError(t('admin.scimTokenNameRequired'));
      return;
    }
    setNameError(null);
    const result = await create({ variables: { input: { name: name.trim() } } }).catch(() => null);
    if (result?.data) {
      setCreated(result.data.createScimToken.token);
      setName('');
      void refetch();
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="scim-title">
      <Title order={2} size="h3" id="scim-title" mb="xs">
        {t('admin.scimTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.scimHelp')}
      </Text>
      {baseUrl ? (
        <Text size="sm" mb="md">
          {t('admin.scimBaseUrl')}: <Code>{baseUrl}</Code>
        </Text>
      ) : null}
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {createState.error ? <ErrorAlert error={createState.error} /> : null}
      {revokeState.error ? <ErrorAlert error={revokeState.error} /> : null}
      {created ? (
        <Alert color="yellow" variant="light" title={t('admin.scimCreatedTitle')} mb="md" role="status">
          <Text size="sm" mb="xs">
            {t('admin.scimCreatedHelp')}
          </Text>
          <Group gap="xs">
            <Code data-testid="scim-created-token" aria-label={t('admin.scimToken')}>
              {created}
            </Code>
            <CopyButton value={created}>{({ copy }) => <Button size="xs" variant="default" onClick={copy}>{t('admin.scimCopy')}</Button>}</CopyButton>
          </Group>
        </Alert>
      ) : null}
      <form onSubmit={onCreate} noValidate data-testid="scim-create-form">
        <Group align="flex-end" mb="md">
          <TextInput label={t('admin.scimTokenName')} description={t('admin.scimTokenNameHelp')} maxLength={100} value={name} error={nameError} onChange={(e) => setName(e.currentTarget.value)} w={320} />
          <Button type="submit" loading={createState.loading}>
            {t('admin.scimCreate')}
          </Button>
        </Group>
      </form>
      {loading && !data ? <Loading /> : null}
      {data ? (
        data.scimTokens.length === 0 ? (
          <Text c="dimmed">{t('admin.scimEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder striped data-testid="scim-tokens">
              <Table.Caption>{t('admin.scimCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.scimName')}</Table.Th>
                  <Table.Th scope="col">{t('admin.scimCreatedAt')}</Table.Th>
                  <Table.Th scope="col">{t('admin.scimLastUsed')}</Table.Th>
                  <Table.Th scope="col">{t('admin.scimStatus')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('admin.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.scimTokens.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                    <Table.Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('admin.scimNeverUsed')}</Table.Td>
                    <Table.Td>{token.revokedAt ? t('admin.scimRevoked') : t('admin.scimActive')}</Table.Td>
                    <Table.Td>
                      {token.revokedAt ? null : (
                        <Button size="xs" variant="default" color="red" aria-label={t('admin.scimRevokeFor', { name: token.name })} onClick={() => void revoke({ variables: { id: token.id } }).catch(() => null)}>
                          {t('admin.scimRevoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : null}
    </Card>
  );
}
