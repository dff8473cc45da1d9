import { screen, within } from '@testing-library/react';
import type { PulseGroupLiteFragment } from '../../../gql/graphql';
import { fakeMe, renderWithProviders, testI18n } from '../../../test/render';
import { BreakdownTable } from './BreakdownTable';

const group = (over: Partial<PulseGroupLiteFragment>): PulseGroupLiteFragment => ({
  label: 'x',
  teamId: 't1',
  workMode: 'ALL',
  tenureBand: 'ALL',
  shown: true,
  hiddenReason: null,
  respondents: 12,
  invited: 15,
  participation: 0.8,
  measures: [{ measure: 'cbi.work', value: 41.25, respondents: 12, previous: 38, change: 'UP', hiddenReason: null }],
  ...over,
});

describe('BreakdownTable', () => {
  it('shows figures of shown groups and, for hidden ones, only the reason with k', async () => {
    renderWithProviders(
      <BreakdownTable
        caption="By work mode"
        k={5}
        measures={['cbi.work']}
        groupLabel={(g) => g.workMode}
        testId="t"
        groups={[
          group({ workMode: 'REMOTE' }),
          group({ workMode: 'OFFICE', shown: false, hiddenReason: 'FEWER_THAN_K', respondents: null, invited: null, participation: null, measures: [] }),
          group({ workMode: 'HYBRID', shown: false, hiddenReason: 'COMPLEMENTARY', respondents: null, invited: null, participation: null, measures: [] }),
        ]}
      />,
      { i18n: await testI18n('en'), me: fakeMe(['MANAGER']) },
    );
    const rows = within(screen.getByTestId('t')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('REMOTE1280%41.3');
    expect(within(rows[1]).getByText(/up compared with the same people’s earlier answers/)).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('Hidden: fewer than 5 responses');
    expect(rows[2]).not.toHaveTextContent('%');
    expect(rows[3]).toHaveTextContent('Hidden so that no smaller group can be worked out by combining the figures shown');
  });
});
