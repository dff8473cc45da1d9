import { useState } from 'react';
import { Button, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { LadderIndex } from './ladderIndex';

type Evidence = { kind: string; competencyKey: string | null; summary: string; at: string };

const LATEST = 6;
const KINDS = ['ASSESSMENT', 'QA_TREND', 'CUSTOMER_INSIGHT', 'TRAINING', 'CERTIFICATION'] as const;

/** Evidence gathered automatically (QA trend, adopted ideas, assessments), newest first. */
export function EvidenceList({ evidence, index }: { evidence: readonly Evidence[]; index: LadderIndex }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kindLabel = (kind: string) => {
    const known = KINDS.find((k) => k === kind);
    return known ? t(`career.evidence.kind.${known}`) : kind;
  };
  const [all, setAll] = useState(false);
  const sorted = [...evidence].sort((a, b) => b.at.localeCompare(a.at));
  const shown = all ? sorted : sorted.slice(0, LATEST);
  return (
    <Card withBorder component="section" aria-labelledby="career-evidence-title" data-testid="career-evidence">
      <Title order={2} size="h4" id="career-evidence-title" mb="sm">
        {t('career.evidence.title')}
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed">{t('career.evidence.none')}</Text>
      ) : (
        <List spacing="xs" size="sm">
          {shown.map((e, i) => (
            <List.Item key={i}>
              <Text span fw={600}>
                {kindLabel(e.kind)}
                {e.competencyKey ? ` · ${index.competencyName(e.competencyKey)}` : ''}
              </Text>{' '}
              ({format.date(e.at)}): {e.summary}
            </List.Item>
          ))}
        </List>
      )}
      {sorted.length > LATEST ? (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)} aria-expanded={all} data-testid="career-evidence-toggle">
          {all ? t('career.evidence.showFewer') : t('career.evidence.showAll', { total: format.number(sorted.length) })}
        </Button>
      ) : null}
    </Card>
  );
}
