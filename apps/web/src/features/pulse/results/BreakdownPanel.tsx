import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PulseBreakdownDocument, type PulseBreakdownQueryVariables, type PulseGroupLiteFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { BreakdownTable } from './BreakdownTable';

const TENURE_BANDS = ['MONTHS_0_6', 'MONTHS_6_12', 'YEARS_1_2', 'YEARS_2_PLUS'] as const;

/** The latest closed wave by work mode, tenure band and sub-team (its own query: see results.graphql). */
export function BreakdownPanel({ variables }: { variables: PulseBreakdownQueryVariables }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PulseBreakdownDocument, { variables });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const results = data?.pulseResults;
  if (!results) return null;
  const tenureLabel = (g: PulseGroupLiteFragment) => {
    const band = TENURE_BANDS.find((b) => b === g.tenureBand);
    return band ? t(`pulse.tenure.${band}`) : g.label;
  };
  const workModeLabel = (g: PulseGroupLiteFragment) =>
    g.workMode === 'REMOTE' || g.workMode === 'HYBRID' || g.workMode === 'OFFICE' ? t(`workMode.${g.workMode}`) : g.label;
  return (
    <Stack gap="xl">
      <BreakdownTable caption={t('pulse.results.byWorkMode')} groups={results.byWorkMode} measures={results.measures} k={results.k} groupLabel={workModeLabel} testId="breakdown-work-mode" />
      <BreakdownTable caption={t('pulse.results.byTenure')} groups={results.byTenure} measures={results.measures} k={results.k} groupLabel={tenureLabel} testId="breakdown-tenure" />
      <BreakdownTable caption={t('pulse.results.byTeam')} groups={results.byTeam} measures={results.measures} k={results.k} groupLabel={(g) => g.label} testId="breakdown-team" />
    </Stack>
  );
}
