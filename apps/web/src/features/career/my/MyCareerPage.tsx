import { useState } from 'react';
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type CareerProfileFieldsFragment, CareerPathPreviewDocument, ClearCareerGoalDocument, MyCareerDocument, SetCareerGoalDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { DetailList } from '../../../ui/DetailList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { workModeLabel } from '../../people/labels';
import { EvidenceList } from '../EvidenceList';
import { PathView } from '../PathView';
import { NextStepReadiness } from '../NextStepReadiness';
import { useCareerLadder } from '../useCareerLadder';
import { ladderOrder } from '../progression/levelCounts';
import { MyInsights } from './MyInsights';

/** Agent: where I am, where I want to go, the way there and what closes the gaps; my ideas. */
export default function MyCareerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { index, ladder, loading: ladderLoading, error: ladderError } = useCareerLadder();
  const { data, loading, error, refetch } = useQuery(MyCareerDocument);
  const profile = data?.myCareer;

  return (
    <>
      <PageHeader area="career" title={t('career.my.title')} description={t('career.my.description')} />
      {error || ladderError ? <ErrorAlert error={error ?? ladderError} onRetry={() => void refetch()} /> : null}
      {(loading || ladderLoading) && !profile ? <Loading /> : null}
      {profile ? (
        <Stack gap="xl">
          {!ladder ? <Alert color="gray">{t('career.noLadder')}</Alert> : null}
          <Card withBorder component="section" aria-labelledby="career-now-title" data-testid="career-now">
            <Title order={2} size="h4" id="career-now-title" mb="sm">
              {t('career.my.now')}
            </Title>
            <DetailList
              items={[
                {
                  label: t('career.my.currentLevel'),
                  value: profile.currentLevelKey ? index.levelName(profile.currentLevelKey) : t('career.my.unmapped', { hris: profile.hrisLevel ?? t('common.notSet') }),
                  testId: 'career-current-level',
                },
                {
                  label: t('career.my.timeInLevel'),
                  value: t('career.months', { months: format.number(profile.monthsInLevel) }),
                  testId: 'career-time-in-level',
                },
                { label: t('career.my.team'), value: profile.teamPath ?? t('common.notSet') },
                { label: t('career.my.workMode'), value: workModeLabel(t, profile.workMode) },
                {
                  label: t('career.my.goal'),
                  value: profile.goalLevelKey ? index.levelName(profile.goalLevelKey) : t('career.my.noGoal'),
                  testId: 'career-goal',
                },
              ]}
            />
          </Card>

          {profile.currentLevelKey ? <GoalPicker profile={profile} /> : null}

          {profile.goalLevelKey && profile.path && profile.currentLevelKey ? (
            <section aria-labelledby="career-path-title">
              <Title order={2} size="h4" id="career-path-title" mb="sm">
                {t('career.my.pathTitle', { level: index.levelName(profile.goalLevelKey) })}
              </Title>
              <PathView path={profile.path} currentLevelKey={profile.currentLevelKey} monthsInLevel={profile.monthsInLevel} index={index} testId="career-path" />
            </section>
          ) : profile.nextStepReadiness ? (
            <NextStepReadiness profile={profile} index={index} title={t('career.my.nextStep')} headingId="career-next-title" testId="career-next" />
          ) : null}

          <EvidenceList evidence={profile.evidence} index={index} />
          <MyInsights />
        </Stack>
      ) : null}
    </>
  );
}

type Profile = CareerProfileFieldsFragment;

/** Only reachable levels are offered; choosing one previews its path before anything is saved. */
function GoalPicker({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const { index, ladder } = useCareerLadder();
  const [choice, setChoice] = useState<string>('');
  const preview = useQuery(CareerPathPreviewDocument, { variables: { targetLevelKey: choice }, skip: !choice });
  // CareerProfile has no `id`, so Apollo cannot merge the returned profile into MyCareer by itself.
  const [setGoal, setState] = useMutation(SetCareerGoalDocument, { refetchQueries: [MyCareerDocument], awaitRefetchQueries: true });
  const [clearGoal, clearState] = useMutation(ClearCareerGoalDocument, { refetchQueries: [MyCareerDocument], awaitRefetchQueries: true });
  const [saved, setSaved] = useState<string | null>(null);
  const options = ladderOrder(ladder, profile.reachableLevelKeys.filter((k) => k !== profile.currentLevelKey));

  return (
    <Card withBorder component="section" aria-labelledby="career-goal-title" data-testid="career-goal-picker">
      <Title order={2} size="h4" id="career-goal-title" mb="sm">
        {t('career.goal.title')}
      </Title>
      {options.length === 0 ? (
        <Text c="dimmed">{t('career.goal.noneReachable')}</Text>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('career.goal.pick')}
              description={t('career.goal.pickHelp')}
              value={choice}
              onChange={(e) => {
                setChoice(e.currentTarget.value);
                setSaved(null);
              }}
              data={[{ value: '', label: t('career.goal.choose') }, ...options.map((k) => ({ value: k, label: index.levelName(k) }))]}
              data-testid="career-goal-select"
            />
          </SimpleGrid>
          {preview.error ? <ErrorAlert error={preview.error} /> : null}
          {choice && preview.loading ? <Loading label={t('career.goal.previewing')} /> : null}
          {choice && preview.data ? (
            <Stack gap="sm" data-testid="career-goal-preview">
              <Text fw={600}>{t('career.goal.preview', { level: index.levelName(choice), steps: preview.data.pathTo.steps.length })}</Text>
              <PathView path={preview.data.pathTo} currentLevelKey={profile.currentLevelKey ?? ''} monthsInLevel={profile.monthsInLevel} index={index} testId="career-preview" headingOrder={4} />
            </Stack>
          ) : null}
          {setState.error ? <ErrorAlert error={setState.error} /> : null}
          {clearState.error ? <ErrorAlert error={clearState.error} /> : null}
          <Group gap="sm">
            <Button
              disabled={!choice || !preview.data}
              loading={setState.loading}
              onClick={async () => {
                const result = await setGoal({ variables: { targetLevelKey: choice } });
                if (result.data) {
                  setSaved(choice);
                  setChoice('');
                }
              }}
              data-testid="career-goal-save"
            >
              {t('career.goal.save')}
            </Button>
            {profile.goalLevelKey ? (
              <Button variant="default" loading={clearState.loading} onClick={() => void clearGoal()} data-testid="career-goal-clear">
                {t('career.goal.clear')}
              </Button>
            ) : null}
          </Group>
          <div role="status" aria-live="polite">
            {saved ? <Text c="teal.9">{t('career.goal.saved', { level: index.levelName(saved) })}</Text> : null}
          </div>
        </Stack>
      )}
    </Card>
  );
}
