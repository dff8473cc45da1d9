import { useRef, useState } from 'react';
import { Button, Card, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ActionPlanOwnersDocument, ActionPlansDocument, CreateActionPlanDocument, SetActionPlanStatusDocument, type ActionPlanFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { formatMeasure, measureLabel } from '../measures';
import { TableScroll } from '../TableScroll';

export const PLAN_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
type PlanStatus = (typeof PLAN_STATUSES)[number];

type Props = { teamId: string | null; programId: string | null; measures: readonly string[] };

/** A team's action plans with the target measure before → after, status change, and a small create form. */
export function ActionPlans({ teamId, programId, measures }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ActionPlansDocument, { variables: { teamId } });

  return (
    <Stack gap="sm" component="section" aria-labelledby="action-plans-title">
      <Title order={2} size="h4" id="action-plans-title">
        {t('pulse.plans.title')}
      </Title>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.actionPlans.length === 0 ? <Text c="dimmed">{t('pulse.plans.none')}</Text> : null}
      {data && data.actionPlans.length > 0 ? <PlansTable plans={data.actionPlans} /> : null}
      {teamId && programId ? (
        <CreatePlanForm teamId={teamId} programId={programId} measures={measures} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('pulse.plans.chooseTeam')}
        </Text>
      )}
    </Stack>
  );
}

function PlansTable({ plans }: { plans: readonly ActionPlanFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [setStatus, { error }] = useMutation(SetActionPlanStatusDocument);
  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <TableScroll label={t('pulse.plans.caption')}>
        <Table withTableBorder striped data-testid="action-plans" miw={720}>
          <Table.Caption>{t('pulse.plans.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pulse.plans.planTitle')}</Table.Th>
              <Table.Th scope="col">{t('pulse.results.team')}</Table.Th>
              <Table.Th scope="col">{t('pulse.plans.owner')}</Table.Th>
              <Table.Th scope="col">{t('pulse.plans.due')}</Table.Th>
              <Table.Th scope="col">{t('pulse.measureHeading')}</Table.Th>
              <Table.Th scope="col">{t('pulse.plans.beforeAfter')}</Table.Th>
              <Table.Th scope="col">{t('pulse.plans.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row" fw={500}>
                  {p.title}
                </Table.Th>
                <Table.Td>{p.teamName}</Table.Td>
                <Table.Td>{p.ownerName}</Table.Td>
                <Table.Td>{format.date(p.dueOn)}</Table.Td>
                <Table.Td>{measureLabel(t, p.measure)}</Table.Td>
                <Table.Td>
                  {t('pulse.plans.beforeAfterValue', {
                    before: formatMeasure(format, p.measure, p.before),
                    after: formatMeasure(format, p.measure, p.after),
                  })}
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('pulse.plans.statusOf', { title: p.title })}
                    value={p.status}
                    data={PLAN_STATUSES.map((s) => ({ value: s, label: t(`pulse.plans.statusValue.${s}`) }))}
                    onChange={(e) => void setStatus({ variables: { id: p.id, status: e.currentTarget.value as PlanStatus } }).catch(() => undefined)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}

function CreatePlanForm({ teamId, programId, measures }: { teamId: string; programId: string; measures: readonly string[] }) {
  const { t } = useTranslation();
  const owners = useQuery(ActionPlanOwnersDocument, { variables: { filter: { teamId }, first: 200 } });
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [measure, setMeasure] = useState(measures[0] ?? 'cbi.work');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const sending = useRef(false);
  const [create, { loading, error }] = useMutation(CreateActionPlanDocument, { refetchQueries: [ActionPlansDocument] });

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (sending.current) return;
    if (!title.trim() || !owner || !dueOn) {
      setMissing(true);
      return;
    }
    setMissing(false);
    sending.current = true;
    try {
      await create({ variables: { input: { teamId, programId, title: title.trim(), ownerPersonId: owner, dueOn, measure } } });
      setTitle('');
      setDone(true);
    } catch {
      // shown through `error`
    } finally {
      sending.current = false;
    }
  }

  const people = owners.data?.people.items ?? [];
  return (
    <Card withBorder component="form" onSubmit={(e: React.FormEvent) => void onSubmit(e)} noValidate aria-labelledby="create-plan-title" data-testid="create-action-plan">
      <Title order={3} size="h5" id="create-plan-title" mb="xs">
        {t('pulse.plans.create')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('pulse.plans.planTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={missing && !title.trim() ? t('pulse.plans.required') : undefined} />
        <NativeSelect
          label={t('pulse.plans.owner')}
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          required
          error={missing && !owner ? t('pulse.plans.required') : undefined}
          data={[{ value: '', label: owners.loading ? t('common.loading') : t('pulse.plans.chooseOwner') }, ...people.map((p) => ({ value: p.id, label: p.displayName }))]}
        />
        <TextInput type="date" label={t('pulse.plans.due')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} required error={missing && !dueOn ? t('pulse.plans.required') : undefined} />
        <NativeSelect label={t('pulse.measureHeading')} value={measure} onChange={(e) => setMeasure(e.currentTarget.value)} data={measures.map((m) => ({ value: m, label: measureLabel(t, m) }))} />
      </SimpleGrid>
      {owners.error ? <ErrorAlert error={owners.error} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {done && !error ? (
        <Text size="sm" role="status" mt="xs">
          {t('pulse.plans.created')}
        </Text>
      ) : null}
      <Button type="submit" mt="sm" loading={loading} disabled={loading}>
        {t('pulse.plans.add')}
      </Button>
    </Card>
  );
}
