import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { issuesAt, issuesFromError, unplacedIssues } from './issues';

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

  it('reads the issues a refused publish carries in extensions.issues, and nothing from other errors', () => {
    const refused = new CombinedGraphQLErrors({
      errors: [{ message: 'The ladder has problems', extensions: { code: 'BAD_USER_INPUT', issues: [issue('levels/0/name/pl', 'MISSING_TEXT'), { path: 3 }] } }],
    });
    expect(issuesFromError(refused)).toEqual([issue('levels/0/name/pl', 'MISSING_TEXT')]);
    expect(issuesFromError(new Error('network'))).toEqual([]);
  });
});
