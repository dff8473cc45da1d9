import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, MultiSelect, NumberInput, ScrollArea, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WORK_MODES, type WorkMode } from '@pulse/shared';
import {
  ActivatePulseProgramDocument,
  CreatePulseProgramDocument,
  PausePulseProgramDocument,
  PulseProgramsDocument,
  PulseRotationPreviewDocument,
  PulseWavesDocument,
  UpdatePulseProgramDocument,
  type PulseProgramFieldsFragment,
  type PulseProgramsQuery,
} from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { workModeLabel } from '../../people/labels';
import { checkProgramForm, emptyProgram, toProgramInput, type ProgramFormValues } from './programForm';

const CADENCES = ['WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const;

export default function PulseProgramsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PulseProgramsDocument, { variables: { locale: i18n.language } });
  const [editing, setEditing] = useState<PulseProgramFieldsFragment | 'new' | null>(null);
  const [wavesOf, setWavesOf] = useState<PulseProgramFieldsFragment | null>(null);
  const [activate, activateState] = useMutation(ActivatePulseProgramDocument);
  const [pause, pauseState] = useMutation(PausePulseProgramDocument);

  return (
    <>
      <PageHeader
        area="programs"
        title={t('pulsePrograms.title')}
        description={t('pulsePrograms.description')}
        actions={
          <Button onClick={() => setEditing('new')} data-testid="pulse-program-new">
            {t('pulsePrograms.new')}
          </Button>
        }
      />
      <Stack gap="lg">
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {activateState.error ? <ErrorAlert error={activateState.error} /> : null}
        {pauseState.error ? <ErrorAlert error={pauseState.error} /> : null}
        {loading && !data ? <Loading /> : null}
        {editing && data ? (
          <ProgramForm
            key={editing === 'new' ? 'new' : editing.id}
            program={editing === 'new' ? null : editing}
            data={data}
            onDone={() => {
              setEditing(null);
              void refetch();
            }}
          />
        ) : null}
        {data ? (
          <Card withBorder padding="lg" component="section" aria-labelledby="pulse-programs-list">
            <Title order={2} size="h3" id="pulse-programs-list" mb="md">
              {t('pulsePrograms.listTitle')}
            </Title>
            {data.pulsePrograms.length === 0 ? (
              <Text c="dimmed">{t('pulsePrograms.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table data-testid="pulse-programs-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('pulsePrograms.name')}</Table.Th>
                      <Table.Th scope="col">{t('pulsePrograms.status')}</Table.Th>
                      <Table.Th scope="col">{t('pulsePrograms.cadence')}</Table.Th>
                      <Table.Th scope="col">{t('pulsePrograms.itemsPerPulse')}</Table.Th>
                      <Table.Th scope="col">{t('pulsePrograms.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.pulsePrograms.map((p) => (
                      <Table.Tr key={p.id} data-testid="pulse-program-row">
                        <Table.Th scope="row">{p.name}</Table.Th>
                        <Table.Td>
                          <Badge variant="light" color={p.status === 'ACTIVE' ? undefined : 'dark'}>
                            {t(`pulsePrograms.statusLabel.${p.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{t(`pulsePrograms.cadenceLabel.${p.cadence}`)}</Table.Td>
                        <Table.Td>{p.itemsPerPulse}</Table.Td>
                        <Table.Td>
                          <Group gap="xs">
                            {p.status !== 'ARCHIVED' ? (
                              <Button size="xs" variant="default" onClick={() => setEditing(p)} aria-label={`${t('pulsePrograms.edit')}: ${p.name}`}>
                                {t('pulsePrograms.edit')}
                              </Button>
                            ) : null}
                            {p.status === 'DRAFT' || p.status === 'PAUSED' ? (
                              <Button size="xs" onClick={() => void activate({ variables: { id: p.id } }).catch(() => null)} aria-label={`${t('pulsePrograms.activate')}: ${p.name}`}>
                                {t('pulsePrograms.activate')}
                              </Button>
                            ) : null}
                            {p.status === 'ACTIVE' ? (
                              <Button size="xs" variant="outline" onClick={() => void pause({ variables: { id: p.id } }).catch(() => null)} aria-label={`${t('pulsePrograms.pause')}: ${p.name}`}>
                                {t('pulsePrograms.pause')}
                              </Button>
                            ) : null}
                            <Button size="xs" variant="subtle" onClick={() => setWavesOf(p)} aria-label={`${t('pulsePrograms.showWaves')}: ${p.name}`}>
                              {t('pulsePrograms.showWaves')}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        ) : null}
        {wavesOf ? <Waves program={wavesOf} /> : null}
      </Stack>
    </>
  );
}

function toForm(p: PulseProgramFieldsFragment): ProgramFormValues {
  return {
    name: p.name,
    cadence: p.cadence,
    itemsPerPulse: p.itemsPerPulse,
    itemIds: [...p.itemIds],
    windowHours: p.windowHours,
    reminderHoursBeforeClose: p.reminderHoursBeforeClose ?? '',
    startsOn: p.startsOn,
    audienceTeamIds: [...p.audienceTeamIds],
    audienceWorkModes: [...p.audienceWorkModes],
    audienceLevels: [...p.audienceLevels],
  };
}

function ProgramForm({ program, data, onDone }: { program: PulseProgramFieldsFragment | null; data: PulseProgramsQuery; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProgramFormValues>(() => (program ? toForm(program) : emptyProgram(new Date().toISOString().slice(0, 10))));
  const [problems, setProblems] = useState<ReturnType<typeof checkProgramForm>>({});
  const [create, createState] = useMutation(CreatePulseProgramDocument);
  const [update, updateState] = useMutation(UpdatePulseProgramDocument);
  const set = <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const problem = (key: keyof ProgramFormValues) => (problems[key] ? t(`pulsePrograms.problems.${problems[key]}`) : null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkProgramForm(values);
    setProblems(found);
    if (Object.keys(found).length) return;
    const input = toProgramInput(values);
    const result = program ? await update({ variables: { id: program.id, input } }).catch(() => null) : await create({ variables: { input } }).catch(() => null);
    if (result?.data) onDone();
  }

  const titleId = 'pulse-program-form-title';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="md">
        {program ? t('pulsePrograms.formTitleEdit', { name: program.name }) : t('pulsePrograms.formTitleNew')}
      </Title>
      <form onSubmit={onSubmit} noValidate data-testid="pulse-program-form">
        <Stack>
          {createState.error ? <ErrorAlert error={createState.error} /> : null}
          {updateState.error ? <ErrorAlert error={updateState.error} /> : null}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('pulsePrograms.name')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={problem('name')} data-testid="pulse-program-name" />
            <Select
              label={t('pulsePrograms.cadence')}
              data={CADENCES.map((c) => ({ value: c, label: t(`pulsePrograms.cadenceLabel.${c}`) }))}
              value={values.cadence}
              onChange={(v) => v && set('cadence', v as ProgramFormValues['cadence'])}
              allowDeselect={false}
            />
            <NumberInput
              label={t('pulsePrograms.itemsPerPulse')}
              description={t('pulsePrograms.itemsPerPulseHelp')}
              min={1}
              max={5}
              allowDecimal={false}
              value={values.itemsPerPulse}
              onChange={(v) => set('itemsPerPulse', v)}
              error={problem('itemsPerPulse')}
              data-testid="pulse-program-items-per-pulse"
            />
            <TextInput type="date" label={t('pulsePrograms.startsOn')} value={values.startsOn} onChange={(e) => set('startsOn', e.currentTarget.value)} error={problem('startsOn')} />
            <NumberInput
              label={t('pulsePrograms.windowHours')}
              description={t('pulsePrograms.windowHoursHelp')}
              min={1}
              max={336}
              allowDecimal={false}
              value={values.windowHours}
              onChange={(v) => set('windowHours', v)}
              error={problem('windowHours')}
            />
            <NumberInput
              label={t('pulsePrograms.reminderHours')}
              description={t('pulsePrograms.reminderHoursHelp')}
              min={1}
              allowDecimal={false}
              value={values.reminderHoursBeforeClose}
              onChange={(v) => set('reminderHoursBeforeClose', v)}
              error={problem('reminderHoursBeforeClose')}
            />
            <MultiSelect
              label={t('pulsePrograms.audienceTeams')}
              description={t('pulsePrograms.audienceTeamsHelp')}
              placeholder={values.audienceTeamIds.length ? undefined : t('pulsePrograms.audienceEveryone')}
              data={data.teams.map((team) => ({ value: team.id, label: team.path }))}
              value={values.audienceTeamIds}
              onChange={(v) => set('audienceTeamIds', v)}
              searchable
            />
            <MultiSelect
              label={t('pulsePrograms.audienceWorkModes')}
              placeholder={values.audienceWorkModes.length ? undefined : t('pulsePrograms.audienceEveryone')}
              data={WORK_MODES.map((m) => ({ value: m, label: workModeLabel(t, m as WorkMode) }))}
              value={values.audienceWorkModes}
              onChange={(v) => set('audienceWorkModes', v)}
            />
            <MultiSelect
              label={t('pulsePrograms.audienceLevels')}
              placeholder={values.audienceLevels.length ? undefined : t('pulsePrograms.audienceEveryone')}
              data={data.pulseAudienceLevels}
              value={values.audienceLevels}
              onChange={(v) => set('audienceLevels', v)}
              searchable
            />
          </SimpleGrid>
          <Checkbox.Group label={t('pulsePrograms.items')} description={t('pulsePrograms.itemsHelp')} value={values.itemIds} onChange={(v) => set('itemIds', v)} error={problem('itemIds')}>
            <ScrollArea.Autosize mah={360} mt="xs" type="auto">
              <Stack gap="md" data-testid="pulse-program-items">
                {data.pulseItemLibrary.map((instrument) => (
                  <fieldset key={instrument.id} style={{ border: 0, margin: 0, padding: 0 }}>
                    <Text component="legend" fw={600} mb={4}>
                      {instrument.name}
                    </Text>
                    <Stack gap={4}>
                      {instrument.items.map((item) => (
                        <Checkbox
                          key={item.id}
                          value={item.id}
                          data-item-id={item.id}
                          label={
                            <>
                              {item.text}
                              {item.validatedTranslation ? null : (
                                <Text span size="xs" c="dimmed">
                                  {' '}
                                  ({t('pulsePrograms.ownTranslation')})
                                </Text>
                              )}
                            </>
                          }
                        />
                      ))}
                    </Stack>
                  </fieldset>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Checkbox.Group>
          <RotationPreview itemIds={values.itemIds} itemsPerPulse={Number(values.itemsPerPulse)} />
          <Group>
            <Button type="submit" loading={createState.loading || updateState.loading} data-testid="pulse-program-save">
              {t('pulsePrograms.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('pulsePrograms.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function RotationPreview({ itemIds, itemsPerPulse }: { itemIds: string[]; itemsPerPulse: number }) {
  const { t, i18n } = useTranslation();
  const ready = itemIds.length > 0 && Number.isInteger(itemsPerPulse) && itemsPerPulse >= 1 && itemsPerPulse <= 5;
  const { data, error } = useQuery(PulseRotationPreviewDocument, {
    variables: { input: { itemIds, itemsPerPulse, locale: i18n.language } },
    skip: !ready,
  });
  const preview = ready ? data?.pulseRotationPreview : undefined;
  return (
    <section aria-labelledby="pulse-rotation-preview-title" data-testid="pulse-rotation-preview">
      <Title order={3} size="h4" id="pulse-rotation-preview-title" mb="xs">
        {t('pulsePrograms.previewTitle')}
      </Title>
      {error ? <ErrorAlert error={error} /> : null}
      {!ready ? <Text c="dimmed">{t('pulsePrograms.previewEmpty')}</Text> : null}
      {preview ? (
        <Stack gap="sm">
          <Text data-testid="pulse-rotation-cycle">{t('pulsePrograms.previewCycle', { count: preview.cycleLength })}</Text>
          {preview.warnings.length ? (
            <Alert
              color="yellow"
              variant="light"
              title={t('pulsePrograms.warningsTitle')}
              // The yellow title alone fails WCAG contrast on the light yellow background.
              styles={{ title: { color: 'var(--mantine-color-text)' } }}
              data-testid="pulse-rotation-warnings"
            >
              <Stack gap={2}>
                {preview.warnings.map((w) => (
                  <Text size="sm" key={`${w.wave}-${w.scale}`}>
                    {t('pulsePrograms.warning', { wave: w.wave + 1, asked: w.asked, scale: w.scale, minimum: w.minimumAnswered })}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : null}
          <Table.ScrollContainer minWidth={480}>
            <Table withTableBorder data-testid="pulse-rotation-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('pulsePrograms.wave')}</Table.Th>
                  <Table.Th scope="col">{t('pulsePrograms.items')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.waves.map((w) => (
                  <Table.Tr key={w.index}>
                    <Table.Th scope="row">{t('pulsePrograms.waveNumber', { number: w.index + 1 })}</Table.Th>
                    <Table.Td>
                      <Stack gap={2}>
                        {w.items.map((item) => (
                          <Text size="sm" key={item.id}>
                            <Text span c="dimmed" size="xs">
                              {item.instrumentName}:{' '}
                            </Text>
                            {item.text}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ) : null}
    </section>
  );
}

function Waves({ program }: { program: PulseProgramFieldsFragment }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PulseWavesDocument, { variables: { programId: program.id }, fetchPolicy: 'cache-and-network' });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="pulse-waves-title">
      <Title order={2} size="h3" id="pulse-waves-title" mb="md">
        {t('pulsePrograms.wavesTitle', { name: program.name })}
      </Title>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.pulseWaves.length === 0 ? <Text c="dimmed">{t('pulsePrograms.wavesEmpty')}</Text> : null}
      {data && data.pulseWaves.length > 0 ? (
        <Table data-testid="pulse-waves-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pulsePrograms.wave')}</Table.Th>
              <Table.Th scope="col">{t('pulsePrograms.periodStart')}</Table.Th>
              <Table.Th scope="col">{t('pulsePrograms.status')}</Table.Th>
              <Table.Th scope="col">{t('pulsePrograms.invited')}</Table.Th>
              <Table.Th scope="col">{t('pulsePrograms.reminded')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.pulseWaves.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Th scope="row">{t('pulsePrograms.waveNumber', { number: w.sequence + 1 })}</Table.Th>
                <Table.Td>{w.periodStart}</Table.Td>
                <Table.Td>{t(`pulsePrograms.waveStatus.${w.status}`)}</Table.Td>
                <Table.Td>{w.invited}</Table.Td>
                <Table.Td>{w.reminded}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Card>
  );
}
