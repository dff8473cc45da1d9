import { useState } from 'react';
import { Button, Card, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyCustomerInsightsDocument, RecordCustomerInsightDocument, type InsightFrequency } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { InsightCard } from '../InsightCard';
import { emptyInsightForm, insightFormErrors, insightInput, type InsightForm } from './insightForm';

const FREQUENCIES: readonly InsightFrequency[] = ['ONCE', 'WEEKLY', 'DAILY', 'MANY_TIMES_A_DAY'];
const PAGE = 20;

/** The agent's own customer insights and a form to record one. */
export function MyInsights() {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(MyCustomerInsightsDocument, { variables: { first: PAGE } });
  const [form, setForm] = useState<InsightForm>(emptyInsightForm);
  const [touched, setTouched] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const [record, recordState] = useMutation(RecordCustomerInsightDocument, { refetchQueries: [MyCustomerInsightsDocument] });
  const errors = insightFormErrors(form);
  const show = (field: keyof InsightForm) => (touched && errors[field] ? t(`career.insights.error.${errors[field]}`) : undefined);
  const page = data?.customerInsights;

  return (
    <Card withBorder component="section" aria-labelledby="career-insights-title" data-testid="career-insights">
      <Title order={2} size="h4" id="career-insights-title" mb={4}>
        {t('career.insights.myTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('career.insights.myIntro')}
      </Text>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setTouched(true);
          setRecorded(false);
          if (Object.keys(errors).length) return;
          const result = await record({ variables: { input: insightInput(form) } }).catch(() => null);
          if (result?.data) {
            setForm(emptyInsightForm);
            setTouched(false);
            setRecorded(true);
          }
        }}
        aria-labelledby="career-insight-form-title"
        data-testid="career-insight-form"
      >
        <Title order={3} size="h5" id="career-insight-form-title" mb="xs">
          {t('career.insights.formTitle')}
        </Title>
        <Stack gap="sm">
          <TextInput label={t('career.insights.title')} required value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} error={show('title')} maxLength={200} data-testid="insight-title" />
          <Textarea
            label={t('career.insights.customerSaid')}
            description={t('career.insights.customerSaidHelp')}
            required
            autosize
            minRows={2}
            value={form.customerSaid}
            onChange={(e) => setForm({ ...form, customerSaid: e.currentTarget.value })}
            error={show('customerSaid')}
            data-testid="insight-said"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('career.insights.frequency')}
              value={form.frequency}
              onChange={(e) => setForm({ ...form, frequency: e.currentTarget.value as InsightFrequency })}
              data={FREQUENCIES.map((f) => ({ value: f, label: t(`career.insights.frequencyValue.${f}`) }))}
              data-testid="insight-frequency"
            />
            <TextInput
              label={t('career.insights.tags')}
              description={t('career.insights.tagsHelp')}
              value={form.tags}
              onChange={(e) => setForm({ ...form, tags: e.currentTarget.value })}
              data-testid="insight-tags"
            />
          </SimpleGrid>
          <Textarea
            label={t('career.insights.suggestedChange')}
            required
            autosize
            minRows={2}
            value={form.suggestedChange}
            onChange={(e) => setForm({ ...form, suggestedChange: e.currentTarget.value })}
            error={show('suggestedChange')}
            data-testid="insight-change"
          />
          {recordState.error ? <ErrorAlert error={recordState.error} /> : null}
          <div>
            <Button type="submit" loading={recordState.loading} data-testid="insight-submit">
              {t('career.insights.submit')}
            </Button>
          </div>
          <div role="status" aria-live="polite">
            {recorded ? <Text c="teal.9">{t('career.insights.recordedOk')}</Text> : null}
          </div>
        </Stack>
      </form>

      <Title order={3} size="h5" mt="lg" mb="xs">
        {t('career.insights.mine', { total: page?.total ?? 0 })}
      </Title>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !page ? <Loading /> : null}
      {page && page.items.length === 0 ? <Text c="dimmed">{t('career.insights.noneYet')}</Text> : null}
      <Stack gap="sm">
        {page?.items.map((insight) => (
          <InsightCard key={insight.id} insight={insight} />
        ))}
      </Stack>
      {page?.nextCursor ? (
        <Button
          variant="default"
          mt="sm"
          onClick={() => {
            setAfter(page.nextCursor);
            void fetchMore({
              variables: { after: page.nextCursor },
              updateQuery: (prev, { fetchMoreResult }) =>
                fetchMoreResult
                  ? { customerInsights: { ...fetchMoreResult.customerInsights, items: [...prev.customerInsights.items, ...fetchMoreResult.customerInsights.items] } }
                  : prev,
            });
          }}
          disabled={after === page.nextCursor && loading}
        >
          {t('career.insights.more')}
        </Button>
      ) : null}
    </Card>
  );
}
