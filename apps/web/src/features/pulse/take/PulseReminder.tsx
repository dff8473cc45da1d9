import { Alert, Button } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PendingPulsesDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';

/** Pulses open for me that I have not answered, and those I have been reminded about (checked every 5 minutes). */
export function usePendingPulses(enabled: boolean) {
  const { data } = useQuery(PendingPulsesDocument, { skip: !enabled, pollInterval: 5 * 60_000, fetchPolicy: 'cache-and-network' });
  const unanswered = (data?.myOpenPulses ?? []).filter((p) => !p.answeredAt);
  return { unanswered, reminded: unanswered.filter((p) => p.remindedAt) };
}

/**
 * The program's reminder, delivered in the app: once the reminder time of a pulse I have not
 * answered has come (the scheduler marks it), every page shows when it closes and a way to answer.
 */
export function PulseReminder({ pending }: { pending: ReturnType<typeof usePendingPulses> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { pathname } = useLocation();
  const first = pending.reminded[0];
  if (!first || pathname === '/pulse') return null;
  return (
    <Alert color="yellow" title={t('pulse.reminder.title')} mb="md" data-testid="pulse-reminder" role="status">
      {t('pulse.reminder.body', { program: first.programName, closes: format.dateTime(first.closesAt as string) })}{' '}
      <Button component={Link} to="/pulse" size="xs" variant="light" ml="xs">
        {t('pulse.reminder.answerNow')}
      </Button>
    </Alert>
  );
}
