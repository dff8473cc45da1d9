import { Alert, Badge, Box, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { TableScroll } from '../pulse/TableScroll';
import type { LadderIndex } from './ladderIndex';
import { isContinuousPath, pathLayout } from './my/pathLayout';
import { PathChart } from './PathChart';
import { ReadinessMeter } from './ReadinessMeter';
import { ReasonList } from './ReasonList';
import { readinessReasonItems } from './reasons';
import type { CareerPathFieldsFragment } from '../../gql/graphql';

type Props = {
  path: CareerPathFieldsFragment;
  currentLevelKey: string;
  monthsInLevel: number;
  index: LadderIndex;
  testId: string;
  /** Heading level of the step titles (the page decides the outline). */
  headingOrder?: 3 | 4;
};

/** A path: the chart, its table alternative, and per step what stands between the person and the level. */
export function PathView({ path, currentLevelKey, monthsInLevel, index, testId, headingOrder = 3 }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (path.steps.length === 0) return <Text data-testid={`${testId}-empty`}>{t('career.path.alreadyThere')}</Text>;
  if (!isContinuousPath(currentLevelKey, path.steps)) return <Alert color="yellow">{t('career.path.broken')}</Alert>;
  const layout = pathLayout(currentLevelKey, path.steps);
  const caption = t('career.path.tableCaption', { level: index.levelName(path.targetLevelKey) });
  return (
    <Stack gap="md" data-testid={testId}>
      <TableScroll label={t('career.path.chartLabel')}>
        <PathChart layout={layout} index={index} testId={`${testId}-chart`} />
      </TableScroll>
      <Text size="xs" c="dimmed">
        {t('career.path.legend')}
      </Text>
      <TableScroll label={caption}>
        <Table withTableBorder striped miw={560} data-testid={`${testId}-table`}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('career.path.step')}</Table.Th>
              <Table.Th scope="col">{t('career.path.move')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.path.readiness')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.path.gapsOpen')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.path.monthsNeeded')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {path.steps.map((s, i) => (
              <Table.Tr key={`${s.fromLevelKey}-${s.toLevelKey}`}>
                <Table.Th scope="row" fw={400}>
                  {format.number(i + 1)}
                </Table.Th>
                <Table.Td>
                  {index.levelName(s.fromLevelKey)} → {index.levelName(s.toLevelKey)} ({t(`career.moveKind.${s.kind}`)})
                </Table.Td>
                <Table.Td ta="right">
                  {format.percent(s.readiness.percent / 100)}
                  {i > 0 ? ` (${t('career.readiness.projected')})` : ''}
                </Table.Td>
                <Table.Td ta="right">{format.number(s.gaps.filter((g) => g.gap > 0).length)}</Table.Td>
                <Table.Td ta="right">{format.number(s.monthsInLevelNeeded)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {path.steps.map((s, i) => (
        <StepCard key={`${s.fromLevelKey}-${s.toLevelKey}`} step={s} number={i + 1} monthsInLevel={i === 0 ? monthsInLevel : null} index={index} headingOrder={headingOrder} testId={`${testId}-step-${i + 1}`} />
      ))}
    </Stack>
  );
}

type Step = CareerPathFieldsFragment['steps'][number];

function StepCard({ step, number, monthsInLevel, index, headingOrder, testId }: { step: Step; number: number; monthsInLevel: number | null; index: LadderIndex; headingOrder: 3 | 4; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const gaps = step.gaps.filter((g) => g.gap > 0);
  const move = index.move(step.fromLevelKey, step.toLevelKey);
  const reasons = readinessReasonItems({
    standings: step.gaps,
    // Only the first step is measured against today's time in level; later ones start from zero.
    monthsInLevel: monthsInLevel ?? 0,
    minMonthsInLevel: monthsInLevel === null ? 0 : index.minMonths(step.fromLevelKey),
    requiredCertifications: move?.requiredCertifications ?? step.missingCertifications,
    missingCertifications: step.missingCertifications,
    apiReasons: step.readiness.reasons,
  });
  return (
    <Card withBorder component="section" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="sm">
        <Title order={headingOrder} size="h5" id={`${testId}-title`}>
          {t('career.path.stepTitle', { n: number, from: index.levelName(step.fromLevelKey), to: index.levelName(step.toLevelKey) })}
        </Title>
        <Badge variant="light" color={step.kind === 'PROMOTION' ? 'blue' : 'violet'}>
          {t(`career.moveKind.${step.kind}`)}
        </Badge>
      </Group>
      <Stack gap="md">
        <ReadinessMeter percent={step.readiness.percent} ready={step.readiness.ready} projected={monthsInLevel === null} testId={`${testId}-readiness`} />
        {monthsInLevel === null ? (
          <Text size="sm" c="dimmed">
            {t('career.path.projectedNote')}
          </Text>
        ) : null}
        <ReasonList items={reasons} index={index} testId={`${testId}-reasons`} />
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('career.gaps.title')}
          </Text>
          {gaps.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('career.gaps.none')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('career.gaps.caption', { level: index.levelName(step.toLevelKey) })} data-testid={`${testId}-gaps`}>
              {gaps.map((g) => (
                <Box component="li" key={g.competencyKey} p="xs" style={{ borderLeft: '3px solid var(--mantine-color-red-7)', background: 'var(--mantine-color-gray-0)' }}>
                  <Text fw={600} size="sm">
                    {index.competencyName(g.competencyKey)}
                  </Text>
                  <Text size="sm">
                    {g.current === 0
                      ? `${t('career.gaps.notAssessed')} · ${t('career.gaps.expected')} ${format.number(g.expected)}`
                      : t('career.gaps.line', { current: format.number(g.current), expected: format.number(g.expected) })}
                    {g.selfOnly ? ` (${t('career.gaps.selfOnly')})` : ''}
                  </Text>
                  <Text size="sm" c="dimmed">
                    <Text span fw={500} inherit>
                      {t('career.gaps.whatExpectedLooksLike')}:
                    </Text>{' '}
                    {index.anchor(g.competencyKey, g.expected) || t('career.gaps.noAnchor')}
                  </Text>
                </Box>
              ))}
            </Stack>
          )}
        </div>
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('career.training.title')}
          </Text>
          {step.training.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid={`${testId}-training-empty`}>
              {gaps.length === 0 ? t('career.training.notNeeded') : t('career.training.arriveWithLearning')}
            </Text>
          ) : (
            <List size="sm">
              {step.training.map((tr) => (
                <List.Item key={`${tr.competencyKey}-${tr.title}`}>
                  {tr.title} — {index.competencyName(tr.competencyKey)}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('career.certifications.title')}
          </Text>
          <Text size="sm" c={step.missingCertifications.length ? undefined : 'dimmed'}>
            {step.missingCertifications.length ? format.list(step.missingCertifications) : t('career.certifications.noneMissing')}
          </Text>
        </div>
        <Text size="sm">
          {step.monthsInLevelNeeded > 0
            ? t('career.path.monthsStillNeeded', { months: format.number(step.monthsInLevelNeeded), level: index.levelName(step.fromLevelKey) })
            : t('career.path.noMonthsNeeded')}
        </Text>
      </Stack>
    </Card>
  );
}
