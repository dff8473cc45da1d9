import type { ReactNode } from 'react';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CareerInsightFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';

// Dark shades, filled: white text keeps 4.5:1 (the light variants do not).
const STATUS_COLOR = { NEW: 'blue.8', ACCEPTED: 'teal.9', DONE: 'green.9', DECLINED: 'gray.7' } as const;

/** One customer insight: what customers said, how often, the suggested change, and where it stands. */
export function InsightCard({ insight, showAuthor = false, actions }: { insight: CareerInsightFieldsFragment; showAuthor?: boolean; actions?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder component="article" aria-labelledby={`insight-${insight.id}`} data-testid="career-insight">
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="xs">
        <Text fw={700} id={`insight-${insight.id}`} component="h3" m={0} size="md">
          {insight.title}
        </Text>
        <Badge color={STATUS_COLOR[insight.status]} variant="filled" data-testid="career-insight-status">
          {t(`career.insights.status.${insight.status}`)}
        </Badge>
      </Group>
      <Stack gap={6}>
        <Text size="sm">
          <Text span fw={600}>
            {t('career.insights.customerSaid')}:
          </Text>{' '}
          {insight.customerSaid}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('career.insights.frequency')}:
          </Text>{' '}
          {t(`career.insights.frequencyValue.${insight.frequency}`)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('career.insights.suggestedChange')}:
          </Text>{' '}
          {insight.suggestedChange}
        </Text>
        {insight.tags.length ? (
          <Group gap={4} aria-label={t('career.insights.tags')} role="list">
            {insight.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" role="listitem" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : null}
        {insight.status === 'DECLINED' && insight.declineReason ? (
          <Text size="sm">
            <Text span fw={600}>
              {t('career.insights.declineReason')}:
            </Text>{' '}
            {insight.declineReason}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {showAuthor ? `${insight.authorName}${insight.teamPath ? ` · ${insight.teamPath}` : ''} · ` : ''}
          {t('career.insights.recorded', { date: format.dateTime(insight.createdAt) })}
          {insight.triagedByName ? ` · ${t('career.insights.triagedBy', { name: insight.triagedByName })}` : ''}
        </Text>
        {actions}
      </Stack>
    </Card>
  );
}
