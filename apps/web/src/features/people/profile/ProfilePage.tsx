import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@pulse/shared';
import { MyProfileDocument, UpdateMyProfileDocument } from '../../../gql/graphql';
import { LOCALE_NATIVE_NAMES, matchLocale, storeLocale } from '../../../i18n/locale';
import { useFormat } from '../../../i18n/useFormat';
import { useSession } from '../../../app/session';
import { DetailList } from '../../../ui/DetailList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { roleLabel, workModeLabel } from '../labels';
import { describeShiftPattern } from '../shift';
import { timeZoneOptions } from '../timeZones';
import { WorkModeHistory } from '../WorkModeHistory';

export default function ProfilePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(MyProfileDocument);
  const person = data?.me?.person;

  return (
    <>
      <PageHeader area="profile" title={t('profile.title')} description={t('profile.description')} />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {person && data?.me ? (
        <Stack gap="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="profile-details">
            <Group justify="space-between" mb="md">
              <Title order={2} size="h3" id="profile-details">
                {person.displayName}
              </Title>
              <Group gap="xs">
                <span className="visually-hidden">{t('profile.roles')}</span>
                {data.me.roles.map((role) => (
                  <Badge key={role} variant="light">
                    {roleLabel(t, role)}
                  </Badge>
                ))}
              </Group>
            </Group>
            <DetailList
              items={[
                { label: t('person.email'), value: person.email ?? t('common.notSet') },
                { label: t('person.hrisId'), value: person.hrisId ?? t('common.notSet') },
                { label: t('person.jobTitle'), value: person.jobTitle ?? t('common.notSet') },
                { label: t('person.level'), value: person.level ?? t('common.notSet') },
                { label: t('person.team'), value: person.team?.path ?? person.team?.name ?? t('common.notSet') },
                {
                  label: t('person.manager'),
                  value: person.manager
                    ? can('people:read:all')
                      ? <Anchor component={Link} to={`/people/${person.manager.id}`}>{person.manager.displayName}</Anchor>
                      : person.manager.displayName
                    : t('common.notSet'),
                },
                { label: t('person.workMode'), value: workModeLabel(t, person.workMode), testId: 'profile-work-mode' },
                { label: t('person.site'), value: person.site ?? t('common.notSet') },
                { label: t('person.hireDate'), value: format.date(person.hireDate, 'long') },
                {
                  label: t('person.shiftPattern'),
                  value: <ShiftPattern pattern={person.shiftPattern} />,
                  testId: 'profile-shift-pattern',
                },
              ]}
            />
          </Card>

          <Card withBorder padding="lg" component="section" aria-labelledby="profile-data">
            <Title order={2} size="h3" id="profile-data" mb="xs">
              {t('profile.dataTitle')}
            </Title>
            <Text c="dimmed" size="sm" mb="md">
              {t('profile.dataHelp')}
            </Text>
            {/* Plain links: the browser downloads with the session cookie; the API serves only the caller's own data. */}
            <Group gap="sm">
              <Button component="a" href="/api/me/personal-data.json" download variant="default" data-testid="download-my-data-json">
                {t('profile.downloadJson')}
              </Button>
              <Button component="a" href="/api/me/personal-data.csv" download variant="default" data-testid="download-my-data-csv">
                {t('profile.downloadCsv')}
              </Button>
            </Group>
          </Card>

          <Card withBorder padding="lg" component="section" aria-labelledby="profile-preferences">
            <Title order={2} size="h3" id="profile-preferences" mb="xs">
              {t('profile.preferencesTitle')}
            </Title>
            <Text c="dimmed" size="sm" mb="md">
              {t('profile.preferencesHelp')}
            </Text>
            <PreferencesForm personId={person.id} language={person.language} timeZone={person.timeZone} />
          </Card>

          <Card withBorder padding="lg" component="section" aria-labelledby="profile-history">
            <Title order={2} size="h3" id="profile-history" mb="md">
              {t('person.workModeHistory')}
            </Title>
            <WorkModeHistory history={person.workModeHistory} />
          </Card>
        </Stack>
      ) : null}
    </>
  );
}

function ShiftPattern({ pattern }: { pattern: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lines = describeShiftPattern(pattern, format);
  if (!lines) return <>{t('common.notSet')}</>;
  return (
    <Stack gap={0} component="span">
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </Stack>
  );
}

type PreferencesProps = { personId: string; language: string; timeZone: string };

function PreferencesForm({ language, timeZone }: PreferencesProps) {
  const { t, i18n } = useTranslation();
  // The API always has a language and a time zone for a person; a language outside the four UI
  // locales (from the HRIS) stays selectable as it is.
  const [lang, setLang] = useState<string>(matchLocale(language) ?? language);
  const [zone, setZone] = useState<string>(timeZone);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateMyProfileDocument);

  useEffect(() => setSaved(false), [lang, zone]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await update({
      variables: { input: { language: lang, timeZone: zone } },
    }).catch(() => null);
    if (!result?.data) return;
    setSaved(true);
    // The preferred language is also this interface's language from now on.
    const locale = matchLocale(result.data.updateMyProfile.language);
    if (locale && locale !== i18n.language) {
      storeLocale(locale);
      void i18n.changeLanguage(locale);
    }
  }

  return (
    <form onSubmit={onSubmit} data-testid="profile-preferences-form">
      <Stack maw={420}>
        {error ? <ErrorAlert error={error} /> : null}
        {saved ? (
          <Alert role="status" color="green" variant="light" data-testid="profile-saved">
            {t('profile.saved')}
          </Alert>
        ) : null}
        <NativeSelect label={t('profile.language')} value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
          {matchLocale(language) ? null : <option value={language}>{language}</option>}
          {LOCALES.map((locale: Locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NATIVE_NAMES[locale]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('profile.timeZone')}
          description={t('profile.timeZoneHelp')}
          value={zone}
          onChange={(e) => setZone(e.currentTarget.value)}
        >
          {timeZoneOptions(timeZone).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </NativeSelect>
        <Group>
          <Button type="submit" loading={loading}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
