import { Card, Stack, Title } from '@mantine/core';
import type { CareerProfileFieldsFragment } from '../../gql/graphql';
import type { LadderIndex } from './ladderIndex';
import { ReadinessMeter } from './ReadinessMeter';
import { ReasonList } from './ReasonList';
import { readinessReasonItems } from './reasons';

type Props = { profile: CareerProfileFieldsFragment; index: LadderIndex; title: string; headingId: string; testId: string };

/** Readiness for a person's next step with its reasons: on "My career" and on a manager's view of the person. */
export function NextStepReadiness({ profile, index, title, headingId, testId }: Props) {
  if (!profile.nextStepReadiness) return null;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={testId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      <Stack gap="sm">
        <ReadinessMeter percent={profile.nextStepReadiness.percent} ready={profile.nextStepReadiness.ready} />
        <ReasonList
          index={index}
          items={readinessReasonItems({
            standings: profile.standings,
            monthsInLevel: profile.monthsInLevel,
            minMonthsInLevel: index.minMonths(profile.currentLevelKey),
            requiredCertifications: [],
            missingCertifications: [],
            apiReasons: profile.nextStepReadiness.reasons,
          })}
        />
      </Stack>
    </Card>
  );
}
