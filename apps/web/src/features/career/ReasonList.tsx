import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { LadderIndex } from './ladderIndex';
import type { ReasonItem } from './reasons';

/** Readiness reasons in the reader's language; met and unmet are told apart by words and a mark, not colour alone. */
export function ReasonList({ items, index, testId }: { items: readonly ReasonItem[]; index: LadderIndex; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Text c="dimmed" size="sm">{t('career.readiness.noCriteria')}</Text>;
  const text = (item: ReasonItem): string => {
    switch (item.kind) {
      case 'COMPETENCY':
        if (item.current === 0) return t('career.reason.competencyNotAssessed', { name: index.competencyName(item.competencyKey), expected: format.number(item.expected) });
        return t(item.selfOnly ? 'career.reason.competencySelfOnly' : 'career.reason.competency', {
          name: index.competencyName(item.competencyKey),
          current: format.number(item.current),
          expected: format.number(item.expected),
        });
      case 'TIME_IN_LEVEL':
        return t('career.reason.timeInLevel', { months: format.number(item.months), min: format.number(item.minMonths) });
      case 'CERTIFICATION':
        return t(item.met ? 'career.reason.certificationHeld' : 'career.reason.certificationMissing', { name: item.name });
      case 'OTHER':
        return item.message;
    }
  };
  return (
    <List spacing={4} size="sm" listStyleType="none" p={0} data-testid={testId}>
      {items.map((item, i) => (
        <List.Item key={i} data-met={item.met}>
          <Text span c={item.met ? 'teal.9' : 'red.9'} fw={700} aria-hidden>
            {item.met ? '✓ ' : '✗ '}
          </Text>
          <span className="visually-hidden">{item.met ? t('career.reason.met') : t('career.reason.notMet')}: </span>
          {text(item)}
        </List.Item>
      ))}
    </List>
  );
}
