import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, Code, Group, NumberInput, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LOCALES, MAX_CONFIDENTIALITY_K, MIN_CONFIDENTIALITY_K, ROLES, type Role } from '@pulse/shared';
import {
  AccountsDocument,
  AuditEventsDocument,
  DisableAccountDocument,
  EnableAccountDocument,
  OrganisationSettingsDocument,
  SetAccountRolesDocument,
  UpdateOrganisationSettingsDocument,
  type AccountsQuery,
} from '../../gql/graphql';
import { useSession } from '../../app/session';
import { LOCALE_NATIVE_NAMES } from '../../i18n/locale';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { roleLabel } from '../people/labels';
import { ScimTokens, SingleSignOnSettings } from './SingleSignOnSettings';

export default function OrganisationPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageHeader area="admin" title={t('admin.title')} description={t('admin.description')} />
      <Stack gap="lg">
        {can('org:settings') ? <SettingsForm /> : null}
        {can('users:manage') ? <AccountsTable /> : null}
        {can('sso:manage') ? <SingleSignOnSettings /> : null}
        {can('sso:manage') ? <ScimTokens /> : null}
        {can('audit:read') ? <AuditLog /> : null}
      </Stack>
    </>
  );
}

/** SPEC §4.3 and issue 9: k is a whole number from 3 to 10. The API and the database check it too. */
export function validateK(value: number | string): 'kNotWhole' | 'kTooSmall' | 'kTooLarge' | null {
  if (value === '') return 'kNotWhole';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n)) return 'kNotWhole';
  if (n < MIN_CONFIDENTIALITY_K) return 'kTooSmall';
  if (n > MAX_CONFIDENTIALITY_K) return 'kTooLarge';
  return null;
}

function SettingsForm() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrganisationSettingsDocument);
  const settings = data?.organisationSettings;
  const [k, setK] = useState<number | string>('');
  const [locales, setLocales] = useState<string[]>([]);
  const [supportMessage, setSupportMessage] = useState('');
  const [supportMessages, setSupportMessages] = useState<Record<string, string>>({});
  const [kError, setKError] = useState<string | null>(null);
  const [localesError, setLocalesError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, updateState] = useMutation(UpdateOrganisationSettingsDocument);

  useEffect(() => {
    if (!settings) return;
    setK(settings.confidentialityK);
    setLocales([...settings.locales]);
    setSupportMessage(settings.supportMessage ?? '');
    setSupportMessages(Object.fromEntries(settings.supportMessages.map((m) => [m.locale, m.text])));
  }, [settings]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const kCode = validateK(k);
    const kProblem =
      kCode === 'kTooSmall'
        ? t('admin.kTooSmall', { min: MIN_CONFIDENTIALITY_K })
        : kCode === 'kTooLarge'
          ? t('admin.kTooLarge', { max: MAX_CONFIDENTIALITY_K })
          : kCode
            ? t('admin.kNotWhole')
            : null;
    const localeProblem = locales.length === 0 ? t('admin.localesRequired') : null;
    setKError(kProblem);
    setLocalesError(localeProblem);
    if (kProblem || localeProblem) return;
    const result = await update({
      variables: {
        input: {
          confidentialityK: Number(k),
          locales,
          supportMessage: supportMessage.trim() || null,
          // Every locale is sent: an emptied box removes that language's text.
          supportMessages: LOCALES.map((locale) => ({ locale, text: (supportMessages[locale] ?? '').trim() })),
        },
      },
    }).catch(() => null);
    if (result?.data) setSaved(true);
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="org-settings-title">
      <Title order={2} size="h3" id="org-settings-title" mb="md">
        {t('admin.settingsTitle')}
      </Title>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !settings ? <Loading /> : null}
      {settings ? (
        <form onSubmit={onSubmit} noValidate data-testid="org-settings-form">
          <Stack maw={560}>
            {updateState.error ? <ErrorAlert error={updateState.error} /> : null}
            {saved ? (
              <Alert role="status" color="green" variant="light" data-testid="org-settings-saved">
                {t('admin.saved')}
              </Alert>
            ) : null}
            <TextInput label={t('admin.name')} value={settings.name} readOnly description={t('admin.nameHelp', { slug: settings.slug })} />
            <NumberInput
              label={t('admin.confidentialityK')}
              description={t('admin.confidentialityKHelp', { min: MIN_CONFIDENTIALITY_K, max: MAX_CONFIDENTIALITY_K })}
              min={MIN_CONFIDENTIALITY_K}
              max={MAX_CONFIDENTIALITY_K}
              // Not clamped silently: a value out of range is refused with a message on saving.
              clampBehavior="none"
              step={1}
              allowDecimal={false}
              required
              value={k}
              onChange={setK}
              error={kError}
              data-testid="org-confidentiality-k"
            />
            <Checkbox.Group label={t('admin.locales')} description={t('admin.localesHelp')} value={locales} onChange={setLocales} error={localesError}>
              <Group mt="xs">
                {LOCALES.map((locale) => (
                  <Checkbox key={locale} value={locale} label={<span lang={locale}>{LOCALE_NATIVE_NAMES[locale]}</span>} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea
              label={t('admin.supportMessage')}
              description={t('admin.supportMessageHelp')}
              autosize
              minRows={2}
              maxLength={500}
              value={supportMessage}
              onChange={(e) => setSupportMessage(e.currentTarget.value)}
            />
            <fieldset className="pulse-question" data-testid="org-support-messages">
              <legend>
                <Text fw={500} size="sm">
                  {t('admin.supportMessagesTitle')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('admin.supportMessagesHelp')}
                </Text>
              </legend>
              <Stack gap="xs" mt="xs">
                {LOCALES.map((locale) => (
                  <Textarea
                    key={locale}
                    lang={locale}
                    aria-label={`${t('admin.supportMessagesTitle')}: ${LOCALE_NATIVE_NAMES[locale]}`}
                    label={<span lang={locale}>{LOCALE_NATIVE_NAMES[locale]}</span>}
                    autosize
                    minRows={2}
                    maxLength={1000}
                    value={supportMessages[locale] ?? ''}
                    onChange={(e) => {
                      const text = e.currentTarget.value;
                      setSupportMessages((m) => ({ ...m, [locale]: text }));
                    }}
                    data-testid={`org-support-message-${locale}`}
                  />
                ))}
              </Stack>
            </fieldset>
            <Group>
              <Button type="submit" loading={updateState.loading}>
                {t('admin.saveSettings')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}

type Account = AccountsQuery['accounts'][number];

const ACCOUNTS_PAGE = 20;

/** Filters accounts by e-mail or name (the API returns them all; an organisation has hundreds). */
export function filterAccounts<T extends { email: string; person: { displayName: string } }>(accounts: readonly T[], query: string): T[] {
  const q = query.trim().toLocaleLowerCase();
  const sorted = [...accounts].sort((a, b) => a.email.localeCompare(b.email));
  if (!q) return sorted;
  return sorted.filter((a) => a.email.toLocaleLowerCase().includes(q) || a.person.displayName.toLocaleLowerCase().includes(q));
}

function AccountsTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(AccountsDocument);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const accounts = filterAccounts(data?.accounts ?? [], query);
  const pages = Math.max(1, Math.ceil(accounts.length / ACCOUNTS_PAGE));
  const shown = accounts.slice((page - 1) * ACCOUNTS_PAGE, page * ACCOUNTS_PAGE);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="accounts-title">
      <Title order={2} size="h3" id="accounts-title" mb="xs">
        {t('admin.accountsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.accountsHelp')}
      </Text>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <Group align="flex-end" mb="md">
            <TextInput
              type="search"
              label={t('admin.searchAccounts')}
              value={query}
              onChange={(e) => {
                setQuery(e.currentTarget.value);
                setPage(1);
              }}
              w={320}
              data-testid="accounts-search"
            />
            <Text role="status" size="sm" c="dimmed">
              {t('admin.accountCount', { count: accounts.length, formatted: format.number(accounts.length) })}
            </Text>
          </Group>
          <Table.ScrollContainer minWidth={720}>
            <Table withTableBorder striped data-testid="accounts-table">
              <Table.Caption>{t('admin.accountsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.account')}</Table.Th>
                  <Table.Th scope="col">{t('admin.roles')}</Table.Th>
                  <Table.Th scope="col">{t('admin.signIn')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('admin.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((account) => (
                  <AccountRow key={account.id} account={account} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={pages} value={page} onChange={setPage} label={t('admin.accountPages')} testId="accounts-pager" />
        </>
      ) : null}
    </Card>
  );
}

/** Why an account can or cannot sign in, as the admin reads it (the API decides; this only words it). */
export function accountAccessText(
  t: TFunction,
  formatDate: (iso: string) => string,
  account: Pick<Account, 'access' | 'exitDate'>,
): string {
  switch (account.access) {
    case 'EXITED':
      return t('admin.accessExited', { date: account.exitDate ? formatDate(account.exitDate) : '' });
    case 'DISABLED_BY_ADMIN':
      return t('admin.accessDisabledByAdmin');
    case 'NO_PASSWORD':
      return t('admin.accessNoPassword');
    default:
      return account.exitDate ? t('admin.leavesOn', { date: formatDate(account.exitDate) }) : t('admin.accessActive');
  }
}

function AccessCell({ account, isSelf, name }: { account: Account; isSelf: boolean; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [disable, disabling] = useMutation(DisableAccountDocument);
  const [enable, enabling] = useMutation(EnableAccountDocument);
  const variables = { input: { accountId: account.id } };
  const error = disabling.error ?? enabling.error;
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm" fw={600} data-testid={`account-access-${account.id}`}>
        {accountAccessText(t, (d) => format.date(d), account)}
      </Text>
      {account.access === 'DISABLED_BY_ADMIN' ? (
        <Button size="xs" variant="default" loading={enabling.loading} onClick={() => void enable({ variables }).catch(() => null)} aria-label={t('admin.enableFor', { name })}>
          {t('admin.enable')}
        </Button>
      ) : account.access !== 'EXITED' && !isSelf ? (
        <Button size="xs" variant="default" color="red" loading={disabling.loading} onClick={() => void disable({ variables }).catch(() => null)} aria-label={t('admin.disableFor', { name })}>
          {t('admin.disable')}
        </Button>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </Stack>
  );
}

function AccountRow({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [roles, setRoles] = useState<Role[]>([...account.roles]);
  const [saved, setSaved] = useState(false);
  const [setAccountRoles, { loading, error }] = useMutation(SetAccountRolesDocument);
  const name = account.person.displayName;
  const dirty = [...roles].sort().join() !== [...account.roles].sort().join();
  const isSelf = account.id === me.accountId;

  useEffect(() => setRoles([...account.roles]), [account.roles]);

  async function save() {
    setSaved(false);
    const result = await setAccountRoles({ variables: { input: { accountId: account.id, roles } } }).catch(() => null);
    if (result?.data) setSaved(true);
  }

  return (
    <Table.Tr data-testid={`account-${account.id}`}>
      <Table.Td>
        <Text fw={500}>{name}</Text>
        <Text size="sm" c="dimmed">
          {account.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Checkbox.Group
          value={roles}
          onChange={(next) => {
            setSaved(false);
            setRoles(next as Role[]);
          }}
          aria-label={t('admin.rolesFor', { name })}
        >
          <Group gap="md">
            {ROLES.map((role) => (
              <Checkbox
                key={role}
                value={role}
                label={roleLabel(t, role)}
                // Admins cannot remove their own admin role and lock everyone out.
                disabled={isSelf && role === 'ADMIN'}
                aria-label={t('admin.roleFor', { role: roleLabel(t, role), name })}
              />
            ))}
          </Group>
        </Checkbox.Group>
        {error ? <ErrorAlert error={error} /> : null}
      </Table.Td>
      <Table.Td>
        <AccessCell account={account} isSelf={isSelf} name={name} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" onClick={() => void save()} disabled={!dirty || roles.length === 0} loading={loading} aria-label={t('admin.saveRolesFor', { name })}>
            {t('admin.saveRoles')}
          </Button>
          {saved ? (
            <Text size="sm" c="green.9" role="status">
              {t('admin.rolesSaved')}
            </Text>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

const AUDIT_PAGE = 50;

function AuditLog() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(AuditEventsDocument, { variables: { first: AUDIT_PAGE } });
  // Show who acted by e-mail when this admin may list accounts; otherwise the account id.
  const accounts = useQuery(AccountsDocument, { skip: !can('users:manage') });
  const emailOf = new Map((accounts.data?.accounts ?? []).map((a) => [a.id, a.email]));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="audit-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="audit-title">
          {t('admin.auditTitle')}
        </Title>
        <Button size="xs" variant="default" onClick={() => void refetch()}>
          {t('admin.auditRefresh')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.auditHelp', { count: AUDIT_PAGE })}
      </Text>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        data.auditEvents.length === 0 ? (
          <Text c="dimmed">{t('admin.auditEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640} mah={480}>
            <Table withTableBorder striped stickyHeader data-testid="audit-table">
              <Table.Caption>{t('admin.auditCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.auditAt')}</Table.Th>
                  <Table.Th scope="col">{t('admin.auditAction')}</Table.Th>
                  <Table.Th scope="col">{t('admin.auditSubject')}</Table.Th>
                  <Table.Th scope="col">{t('admin.auditActor')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.auditEvents.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>
                      <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                    </Table.Td>
                    <Table.Td>
                      <Code>{event.action}</Code>
                    </Table.Td>
                    <Table.Td>{event.subject ?? '—'}</Table.Td>
                    <Table.Td>{event.actorAccountId ? (emailOf.get(event.actorAccountId) ?? event.actorAccountId) : t('admin.auditSystem')}</Table.Td>
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
