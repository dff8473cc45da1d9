import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PulseGroupFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { formatMeasure, measureLabel, shareOfBands, WHO5_BELOW_50 } from '../measures';
import { ChangeMark } from './ChangeMark';
import { HiddenNote } from './HiddenNote';

type Props = { group: PulseGroupFragment | null; k: number };

/** Participation, CBI work, eNPS, WHO-5 share below 50 and single-item burnout share of the latest closed wave. */
export function SummaryCards({ group, k }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!group) return <Text c="dimmed">{t('pulse.results.noClosedWave')}</Text>;
  const figure = (m: string) => group.measures.find((x) => x.measure === m);

  const measureCard = (key: string, measure: string, title: string, main: (f: NonNullable<ReturnType<typeof figure>>) => string, showMean: boolean) => {
    const f = figure(measure);
    const hidden = !group.shown ? group.hiddenReason : !f ? 'NONE' : f.value === null ? f.hiddenReason : null;
    return (
      <Card withBorder key={key} data-testid={`summary-${key}`}>
        <Text size="sm" c="dimmed" component="h2" m={0} fw={500}>
          {title}
        </Text>
        {hidden === 'NONE' ? (
          <Text size="sm" c="dimmed">{t('pulse.results.notAsked')}</Text>
        ) : hidden !== null || !f ? (
          <HiddenNote reason={hidden} k={k} />
        ) : (
          <>
            {showMean && f.bandSharesHidden ? (
              <div>
                <HiddenNote reason="BANDS" k={k} />
              </div>
            ) : (
              <Text size="xl" fw={700}>
                {main(f)}
                {!showMean ? <ChangeMark change={f.change} /> : null}
              </Text>
            )}
            {showMean ? (
              <Text size="xs" c="dimmed">
                {t('pulse.results.mean', { value: formatMeasure(format, measure, f.value) })}
                <ChangeMark change={f.change} />
              </Text>
            ) : f.previous !== null ? (
              <Text size="xs" c="dimmed">
                {t('pulse.results.previous', { value: formatMeasure(format, measure, f.previous) })}
              </Text>
            ) : null}
          </>
        )}
      </Card>
    );
  };

  const share = (value: number | null) => (value === null ? format.number(null) : format.percent(value));

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md" data-testid="summary-cards">
      <Card withBorder data-testid="summary-participation">
        <Text size="sm" c="dimmed" component="h2" m={0} fw={500}>
          {t('pulse.results.participation')}
        </Text>
        {group.participation === null ? (
          <HiddenNote reason={group.hiddenReason} k={k} />
        ) : (
          <>
            <Text size="xl" fw={700}>
              {format.percent(group.participation)}
            </Text>
            {group.respondents !== null && group.invited !== null ? (
              <Text size="xs" c="dimmed">
                {t('pulse.results.respondentsOfInvited', { respondents: format.number(group.respondents), invited: format.number(group.invited) })}
              </Text>
            ) : null}
          </>
        )}
      </Card>
      {measureCard('cbi-work', 'cbi.work', measureLabel(t, 'cbi.work'), (f) => formatMeasure(format, 'cbi.work', f.value), false)}
      {measureCard('enps', 'enps', measureLabel(t, 'enps'), (f) => formatMeasure(format, 'enps', f.value), false)}
      {measureCard('who5', 'who5', t('pulse.results.who5Below50'), (f) => share(shareOfBands(f.bandShares, WHO5_BELOW_50)), true)}
      {measureCard('single-item', 'single-item-burnout', t('pulse.results.singleItemShare'), (f) => share(shareOfBands(f.bandShares, ['burnout'])), true)}
    </SimpleGrid>
  );
}
