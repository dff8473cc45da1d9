import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Card, Group, List, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EXIT_REASONS, WORK_MODES, type ExitReason, type WorkMode } from '@pulse/shared';
import { ChangeWorkModeDocument, ErasePersonDocument, PersonDetailDocument, RecordExitDocument } from '../../../gql/graphql';
import { LOCALE_NATIVE_NAMES, matchLocale } from '../../../i18n/locale';
import { useFormat } from '../../../i18n/useFormat';
import { useSession } from '../../../app/session';
import { DetailList } from '../../../ui/DetailList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { exitReasonLabel, workModeLabel } from '../labels';
import { describeShiftPattern } from '../shift';
import { WorkModeHistory } from '../WorkModeHistory';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export default function PersonPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const { personId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PersonDetailDocument, { variables: { id: personId } });
  const person = data?.person;

  const back = (
    <Anchor component={Link} to="/people">
      {t('person.backToPeople')}
    </Anchor>
  );

  if (error) {
    return (
      <>
        <PageHeader area="people" title={t('person.title')} actions={back} />
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (loading && !person) return <Loading />;
  if (!person) {
    return (
      <>
        <PageHeader area="people" title={t('person.notFound')} actions={back} />
      </>
    );
  }

  const language = matchLocale(person.language);
  const shift = describeShiftPattern(person.shiftPattern, format);

  return (
    <>
      <PageHeader area="people" title={person.displayName} description={person.jobTitle ?? undefined} actions={back} />
      <Stack gap="lg" data-testid="person-detail">
        {person.exitDate ? (
          <Alert color="gray" variant="light" data-testid="person-exited">
            {t('person.exitedOn', { date: format.date(person.exitDate, 'long'), reason: exitReasonLabel(t, person.exitReason) })}
          </Alert>
        ) : null}
        {person.detailsVisible ? null : (
          <Alert color="blue" variant="light" data-testid="person-details-hidden">
            {t('person.detailsHidden')}
          </Alert>
        )}
        <Card withBorder padding="lg" component="section" aria-labelledby="person-details">
          <Title order={2} size="h3" id="person-details" mb="md">
            {t('person.details')}
          </Title>
          <DetailList
            items={[
              { label: t('person.email'), value: person.email ?? t('common.notSet') },
              { label: t('person.hrisId'), value: person.hrisId ?? t('common.notSet') },
              { label: t('person.level'), value: person.level ?? t('common.notSet') },
              { label: t('person.team'), value: person.team?.path ?? person.team?.name ?? t('common.notSet') },
              {
                label: t('person.manager'),
                value: person.manager ? (
                  <Anchor component={Link} to={`/people/${person.manager.id}`}>
                    {person.manager.displayName}
                  </Anchor>
                ) : (
                  t('common.notSet')
                ),
              },
              { label: t('person.workMode'), value: workModeLabel(t, person.workMode), testId: 'person-work-mode' },
              { label: t('person.site'), value: person.site ?? t('common.notSet') },
              { label: t('person.timeZone'), value: person.timeZone ?? t('common.notSet') },
              { label: t('person.language'), value: language ? LOCALE_NATIVE_NAMES[language] : (person.language ?? t('common.notSet')) },
              { label: t('person.hireDate'), value: format.date(person.hireDate, 'long') },
              {
                label: t('person.shiftPattern'),
                value: shift ? (
                  <Stack gap={0} component="span">
                    {shift.map((line) => (
                      <span key={line}>{line}</span>
                    ))}
                  </Stack>
                ) : (
                  t('common.notSet')
                ),
              },
            ]}
          />
        </Card>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="person-history">
            <Title order={2} size="h3" id="person-history" mb="md">
              {t('person.workModeHistory')}
            </Title>
            <WorkModeHistory history={person.workModeHistory} />
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="person-reports">
            <Title order={2} size="h3" id="person-reports" mb="md">
              {t('team.directReports', { count: person.directReports.length })}
            </Title>
            {person.directReports.length === 0 ? (
              <Text c="dimmed">{t('team.noDirectReports')}</Text>
            ) : (
              <List spacing={4}>
                {person.directReports.map((r) => (
                  <List.Item key={r.id}>
                    <Anchor component={Link} to={`/people/${r.id}`}>
                      {r.displayName}
                    </Anchor>
                    {r.jobTitle ? <Text span c="dimmed" size="sm">{` · ${r.jobTitle}`}</Text> : null}
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        </SimpleGrid>

        {can('people:write') ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <ChangeWorkModeForm personId={person.id} current={person.workMode} />
            {person.exitDate ? null : <RecordExitForm personId={person.id} />}
          </SimpleGrid>
        ) : null}
        {can('people:erase') && person.exitDate && person.exitDate <= today() ? <ErasePersonForm personId={person.id} /> : null}
      </Stack>
    </>
  );
}

/** GDPR Art. 17 on request, for someone who has left; the API keeps published figures as they are. */
function ErasePersonForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [erase, { data, loading, error }] = useMutation(ErasePersonDocument, { refetchQueries: [PersonDetailDocument] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Erasure cannot be undone: ask once more, in place.
    if (!confirming) {
      setConfirming(true);
      return;
    }
    await erase({ variables: { input: { personId } } }).catch(() => null);
    setConfirming(false);
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="erase-person">
      <form onSubmit={onSubmit} data-testid="erase-person-form">
        <Stack>
          <Title order={2} size="h3" id="erase-person">
            {t('person.erase')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('person.eraseHelp')}
          </Text>
          {error ? <ErrorAlert error={error} /> : null}
          {data ? (
            <Alert role="status" color="green" variant="light">
              {t('person.erased')}
            </Alert>
          ) : null}
          {confirming ? (
            <Alert role="alert" color="orange" variant="light">
              {t('person.confirmErase')}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" color={confirming ? 'red' : undefined} loading={loading}>
              {confirming ? t('person.confirmEraseButton') : t('person.eraseButton')}
            </Button>
            {confirming ? (
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ChangeWorkModeForm({ personId, current }: { personId: string; current: WorkMode | null }) {
  const { t } = useTranslation();
  const [workMode, setWorkMode] = useState<WorkMode>(current ?? 'REMOTE');
  const [effectiveFrom, setEffectiveFrom] = useState(today());
  const [done, setDone] = useState(false);
  const [change, { loading, error }] = useMutation(ChangeWorkModeDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const result = await change({ variables: { input: { personId, workMode, effectiveFrom } } }).catch(() => null);
    if (result?.data) setDone(true);
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="change-work-mode">
      <form onSubmit={onSubmit} data-testid="change-work-mode-form">
        <Stack>
          <Title order={2} size="h3" id="change-work-mode">
            {t('person.changeWorkMode')}
          </Title>
          {error ? <ErrorAlert error={error} /> : null}
          {done ? (
            <Alert role="status" color="green" variant="light">
              {t('person.workModeChanged')}
            </Alert>
          ) : null}
          <NativeSelect label={t('person.newWorkMode')} value={workMode} onChange={(e) => setWorkMode(e.currentTarget.value as WorkMode)}>
            {WORK_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {workModeLabel(t, mode)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            type="date"
            required
            label={t('person.effectiveFrom')}
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={loading} disabled={!effectiveFrom}>
              {t('person.saveWorkMode')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function RecordExitForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [exitDate, setExitDate] = useState(today());
  const [exitReason, setExitReason] = useState<ExitReason>('VOLUNTARY');
  const [confirming, setConfirming] = useState(false);
  const [record, { loading, error }] = useMutation(RecordExitDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Recording an exit is hard to undo: ask once more, in place.
    if (!confirming) {
      setConfirming(true);
      return;
    }
    await record({ variables: { input: { personId, exitDate, exitReason } } }).catch(() => null);
    setConfirming(false);
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="record-exit">
      <form onSubmit={onSubmit} data-testid="record-exit-form">
        <Stack>
          <Title order={2} size="h3" id="record-exit">
            {t('person.recordExit')}
          </Title>
          {error ? <ErrorAlert error={error} /> : null}
          <TextInput type="date" required label={t('person.exitDate')} value={exitDate} onChange={(e) => setExitDate(e.currentTarget.value)} />
          <NativeSelect label={t('person.exitReason')} value={exitReason} onChange={(e) => setExitReason(e.currentTarget.value as ExitReason)}>
            {EXIT_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {exitReasonLabel(t, reason)}
              </option>
            ))}
          </NativeSelect>
          {confirming ? (
            <Alert role="alert" color="orange" variant="light">
              {t('person.confirmExit')}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" color={confirming ? 'red' : undefined} loading={loading} disabled={!exitDate}>
              {confirming ? t('person.confirmExitButton') : t('person.recordExitButton')}
            </Button>
            {confirming ? (
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
