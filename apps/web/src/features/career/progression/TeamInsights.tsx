import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CareerTeamInsightsDocument, TriageCustomerInsightDocument, type CareerInsightFieldsFragment, type InsightStatus } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { InsightCard } from '../InsightCard';
import { nextStatuses } from './triage';
import { cursorPager } from './cursorPager';

const STATUSES: readonly InsightStatus[] = ['NEW', 'ACCEPTED', 'DONE', 'DECLINED'];
const PAGE = 20;

/** The team's ideas to triage: new → accepted → done, or declined with a reason. */
export function TeamInsights({ teamId }: { teamId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<InsightStatus | ''>('NEW');
  const [cursors, setCursors] = useState<ReadonlyArray<string | null>>([null]);
  const { data, previousData, loading, error, refetch } = useQuery(CareerTeamInsightsDocument, {
    variables: { status: status || null, teamId, first: PAGE, after: cursors[cursors.length - 1] },
  });
  const page = data?.customerInsights ?? previousData?.customerInsights;
  const pager = cursorPager(cursors, page?.nextCursor ?? null);
  return (
    <Stack gap="sm" data-testid="team-insights">
      <NativeSelect
        label={t('career.insights.filterStatus')}
        value={status}
        onChange={(e) => {
          setStatus(e.currentTarget.value as InsightStatus | '');
          setCursors([null]);
        }}
        data={[{ value: '', label: t('career.insights.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`career.insights.status.${s}`) }))]}
        maw={320}
        data-testid="team-insights-status"
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!page && loading ? <Loading /> : null}
      {page ? (
        <Text size="sm" c="dimmed" role="status">
          {t('career.insights.total', { total: format.number(page.total) })}
        </Text>
      ) : null}
      {page && page.items.length === 0 ? <Text c="dimmed">{t('career.insights.noneToTriage')}</Text> : null}
      {page?.items.map((insight) => (
        <InsightCard key={insight.id} insight={insight} showAuthor actions={<TriageActions insight={insight} onDone={() => void refetch()} />} />
      ))}
      {pager.hasNext || pager.hasPrevious ? (
        <Group component="nav" aria-label={t('career.insights.pages')} gap="sm">
          <Button variant="default" size="xs" disabled={!pager.hasPrevious} onClick={() => setCursors(pager.previous())}>
            {t('pagination.previous')}
          </Button>
          <Button variant="default" size="xs" disabled={!pager.hasNext} onClick={() => setCursors(pager.next())}>
            {t('pagination.next')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function TriageActions({ insight, onDone }: { insight: CareerInsightFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [triage, state] = useMutation(TriageCustomerInsightDocument);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const options = nextStatuses(insight.status);
  if (options.length === 0) return null;
  const send = async (status: InsightStatus, declineReason: string | null) => {
    const result = await triage({ variables: { id: insight.id, status, declineReason } }).catch(() => null);
    if (result?.data) {
      setDeclining(false);
      setReason('');
      onDone();
    }
  };
  return (
    <Stack gap="xs" mt="xs">
      {state.error ? <ErrorAlert error={state.error} /> : null}
      {declining ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) {
              setReasonMissing(true);
              return;
            }
            void send('DECLINED', reason.trim());
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('career.insights.declineReason')}
              description={t('career.insights.declineReasonHelp')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonMissing(false);
              }}
              error={reasonMissing ? t('career.insights.error.required') : undefined}
              data-testid="insight-decline-reason"
            />
            <Group gap="xs">
              <Button type="submit" size="xs" color="red" loading={state.loading} data-testid="insight-decline-confirm">
                {t('career.insights.action.confirmDecline')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDeclining(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group gap="xs">
          {options.map((s) =>
            s === 'DECLINED' ? (
              <Button key={s} size="xs" variant="default" onClick={() => setDeclining(true)} data-testid="insight-decline">
                {t('career.insights.action.DECLINED')}
              </Button>
            ) : (
              <Button key={s} size="xs" loading={state.loading} onClick={() => void send(s, null)} data-testid={`insight-${s.toLowerCase()}`}>
                {s === 'DONE' ? t('career.insights.action.DONE') : t('career.insights.action.ACCEPTED')}
              </Button>
            ),
          )}
        </Group>
      )}
    </Stack>
  );
}
