import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { CareerLadderEditorDocument, ValidateCareerLadderDocument } from '../../../gql/graphql';
import { fakeMe, renderWithProviders, testI18n } from '../../../test/render';
import { todayIso } from '../progression/promotion';
import { toDraft, toInput } from './draft';
import { issuesAt, issuesFromError, unplacedIssues } from './issues';
import LadderPage from './LadderPage';

const issue = (path: string, code = 'UNKNOWN_COMPETENCY') => ({ code, path, message: `problem at ${path}` });

describe('ladder issues', () => {
  const issues = [issue('levels/3/expectations/1'), issue('levels/30/name/en', 'MISSING_TEXT'), issue('levels/3'), issue('moves/0', 'PROMOTION_CYCLE'), issue('', 'NO_ENTRY_LEVEL')];

  it.each([
    { path: 'levels/3', exact: false, paths: ['levels/3/expectations/1', 'levels/3'] },
    { path: 'levels/3', exact: true, paths: ['levels/3'] },
    { path: 'levels/30', exact: false, paths: ['levels/30/name/en'] },
    { path: 'moves', exact: false, paths: ['moves/0'] },
    { path: 'competencies', exact: false, paths: [] },
  ])('$path (exact: $exact) owns $paths', ({ path, exact, paths }) => {
    expect(issuesAt(issues, path, exact).map((i) => i.path)).toEqual(paths);
  });

  it('leaves issues of the ladder as a whole for the summary', () => {
    expect(unplacedIssues(issues, ['levels', 'moves']).map((i) => i.code)).toEqual(['NO_ENTRY_LEVEL']);
  });

  it('reads the issues a refused publish carries in extensions.issues, with their params, and nothing from other errors', () => {
    const cycle = { ...issue('moves/0', 'PROMOTION_CYCLE'), params: { cycle: ['agent-1', 'agent-2', 'agent-1'] } };
    const refused = new CombinedGraphQLErrors({
      errors: [{ message: 'The ladder has problems', extensions: { code: 'BAD_USER_INPUT', issues: [issue('levels/0/name/pl', 'MISSING_TEXT'), { path: 3 }, cycle, { ...issue('levels/1/name/en', 'NOT_SINGLE_LINE'), params: { lineProblem: 'BELL' } }] } }],
    });
    expect(issuesFromError(refused)).toEqual([issue('levels/0/name/pl', 'MISSING_TEXT'), cycle, issue('levels/1/name/en', 'NOT_SINGLE_LINE')]);
    expect(issuesFromError(new Error('network'))).toEqual([]);
  });
});

const localized = (en: string, pl: string) => ({ __typename: 'LocalizedString' as const, en, zhHans: `${en}（简）`, zhHant: `${en}（繁）`, pl });
const level = (key: string, rank: number, en: string, pl: string, entry: boolean) => ({
  __typename: 'CareerLevel' as const,
  key,
  trackKey: 'support',
  rank,
  name: localized(en, pl),
  minMonthsInLevel: 6,
  entry,
  expectations: [],
});
const publishedLadder = {
  __typename: 'CareerLadder' as const,
  versionId: 'v-1',
  effectiveFrom: '2024-01-01',
  publishedAt: '2024-01-01T09:00:00.000Z',
  note: null,
  competencies: [],
  tracks: [{ __typename: 'CareerTrack' as const, key: 'support', name: localized('Support', 'Obsługa klienta') }],
  levels: [level('agent-1', 1, 'Agent I', 'Konsultant I', true), level('agent-2', 2, 'Agent II', 'Konsultant II', false)],
  moves: [{ __typename: 'CareerMove' as const, fromLevelKey: 'agent-1', toLevelKey: 'agent-2', kind: 'PROMOTION' as const, requiredCertifications: [] }],
};
const ladderIssue = (code: string, path: string, message: string, params: { lineProblem?: 'TAB'; cycle?: string[] } | null = null) => ({
  __typename: 'LadderIssue' as const,
  code,
  path,
  message,
  params: params ? { __typename: 'LadderIssueParams' as const, lineProblem: params.lineProblem ?? null, cycle: params.cycle ?? null } : null,
});

describe('a Polish HR user checking the ladder', () => {
  it('reads each issue in Polish next to its field, with the level’s Polish name; an unknown code keeps the server’s words', async () => {
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: CareerLadderEditorDocument },
        result: { data: { careerLadder: publishedLadder, careerLadderVersions: [] } },
      },
      {
        request: { query: ValidateCareerLadderDocument, variables: { input: toInput(toDraft(publishedLadder, todayIso())) } },
        result: {
          data: {
            validateCareerLadder: [
              ladderIssue('NOT_SINGLE_LINE', 'levels/1/name/en', 'Level "agent-2" name in en must be a single line: it contains a tab.', { lineProblem: 'TAB' }),
              ladderIssue('MIN_MONTHS_OUT_OF_RANGE', 'levels/1/minMonthsInLevel', 'Level "agent-2" asks for 6 months in level; it must be a whole number from 0 to 120.'),
              ladderIssue('SOMETHING_NEW', 'levels/1/rank', 'A rule this screen does not know yet.'),
            ],
          },
        },
      },
    ];
    renderWithProviders(<LadderPage />, { i18n: await testI18n('pl'), me: fakeMe(['HR']), mocks });
    fireEvent.click(await screen.findByTestId('ladder-check'));
    expect(await screen.findByTestId('ladder-issues')).toHaveTextContent('Znalezione problemy: 3');
    fireEvent.click(screen.getByTestId('ladder-tab-levels'));
    const agent2 = (await screen.findAllByTestId('ladder-level'))[1]!;
    fireEvent.click(within(agent2).getByRole('button', { name: /Konsultant II/ }));

    const name = within(agent2).getByTestId('ladder-level-name');
    expect(name).toHaveAccessibleDescription('Nazwa poziomu „Konsultant II” w wersji English musi mieścić się w jednym wierszu: zawiera tabulator.');
    const months = within(agent2).getByTestId('ladder-level-min-months');
    expect(months).toHaveAccessibleDescription(/^Poziom „Konsultant II”: minimum miesięcy na poziomie wynosi 6; musi to być liczba całkowita od 0 do 120\.$/);
    expect(within(agent2).getByText('A rule this screen does not know yet.')).toBeInTheDocument();
    expect(agent2).not.toHaveTextContent('must be a single line');
  });
});
