import { screen, within } from '@testing-library/react';
import type { CareerPathFieldsFragment } from '../../gql/graphql';
import { renderWithProviders, testI18n } from '../../test/render';
import { ladderIndex, type LadderLike } from './ladderIndex';
import { PathView } from './PathView';

const text = (en: string, pl: string) => ({ en, zhHans: `${en}（简）`, zhHant: `${en}（繁）`, pl });
const anchors = (name: string) => [1, 2, 3, 4, 5].map((n) => text(`${name} at ${n}`, `${name} na poziomie ${n}`));

const ladder: LadderLike = {
  competencies: [
    { key: 'empathy', name: text('Empathy', 'Empatia'), description: text('d', 'o'), anchors: anchors('Empathy') },
    { key: 'communication', name: text('Communication', 'Komunikacja'), description: text('d', 'o'), anchors: anchors('Communication') },
  ],
  tracks: [{ key: 'support-ic', name: text('Support', 'Obsługa') }],
  levels: [
    { key: 'agent-1', trackKey: 'support-ic', rank: 1, name: text('Agent I', 'Konsultant I'), minMonthsInLevel: 6, entry: true, expectations: [] },
    { key: 'agent-2', trackKey: 'support-ic', rank: 2, name: text('Agent II', 'Konsultant II'), minMonthsInLevel: 12, entry: false, expectations: [] },
    { key: 'senior-agent', trackKey: 'support-ic', rank: 3, name: text('Senior Agent', 'Starszy konsultant'), minMonthsInLevel: 12, entry: false, expectations: [] },
  ],
  moves: [
    { fromLevelKey: 'agent-1', toLevelKey: 'agent-2', kind: 'PROMOTION', requiredCertifications: [] },
    { fromLevelKey: 'agent-2', toLevelKey: 'senior-agent', kind: 'PROMOTION', requiredCertifications: ['QA calibration'] },
  ],
};

const standing = (competencyKey: string, current: number, expected: number) => ({
  
  competencyKey,
  current,
  expected,
  selfOnly: false,
  gap: Math.max(0, expected - current),
});
const readiness = (percent: number) => ({
  
  percent,
  ready: false,
  reasons: [{ kind: 'COMPETENCY', met: false, message: 'Empathy 2 of 3 expected' }],
});

const path: CareerPathFieldsFragment = {
  
  targetLevelKey: 'senior-agent',
  steps: [
    {
      
      fromLevelKey: 'agent-1',
      toLevelKey: 'agent-2',
      kind: 'PROMOTION',
      gaps: [standing('empathy', 2, 3), standing('communication', 3, 3)],
      training: [],
      missingCertifications: [],
      monthsInLevelNeeded: 2,
      readiness: readiness(72),
    },
    {
      
      fromLevelKey: 'agent-2',
      toLevelKey: 'senior-agent',
      kind: 'PROMOTION',
      gaps: [standing('empathy', 2, 4)],
      training: [],
      missingCertifications: ['QA calibration'],
      monthsInLevelNeeded: 12,
      readiness: readiness(30),
    },
  ],
};

describe('a career path on screen', () => {
  it('in Polish: reasons, gaps with the expected anchor, the honest training note and the table alternative', async () => {
    const i18n = await testI18n('pl');
    renderWithProviders(<PathView path={path} currentLevelKey="agent-1" monthsInLevel={4} index={ladderIndex(ladder, 'pl')} testId="p" />, { i18n });

    const first = screen.getByTestId('p-step-1');
    expect(within(first).getByRole('heading', { name: 'Krok 1: Konsultant I → Konsultant II' })).toBeInTheDocument();
    const reasons = within(first).getByTestId('p-step-1-reasons');
    expect(reasons).toHaveTextContent('Empatia: 2 przy oczekiwanym 3');
    expect(reasons).toHaveTextContent('Miesiące na poziomie: 4 z wymaganych 6');
    // Built from structured data: the API's English message never shows.
    expect(reasons).not.toHaveTextContent('Empathy 2 of 3 expected');
    const gaps = within(first).getByTestId('p-step-1-gaps');
    expect(within(gaps).getAllByRole('listitem')).toHaveLength(1); // only the open gap
    expect(gaps).toHaveTextContent('Empathy na poziomie 3');
    expect(within(first).getByTestId('p-step-1-training-empty')).toHaveTextContent('Kursy pojawią się razem z modułem szkoleń');

    const second = screen.getByTestId('p-step-2');
    expect(within(second).getByTestId('p-step-2-reasons')).toHaveTextContent('Brak certyfikatu „QA calibration”');
    expect(within(second).getByText('Prognoza')).toBeInTheDocument();

    const table = screen.getByTestId('p-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('Starszy konsultant');
    // The drawing is hidden from assistive technology; the table carries its facts.
    expect(screen.getByTestId('p-chart')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says so when the goal is the current level', async () => {
    const i18n = await testI18n('en');
    renderWithProviders(<PathView path={{ ...path, steps: [] }} currentLevelKey="agent-1" monthsInLevel={4} index={ladderIndex(ladder, 'en')} testId="p" />, { i18n });
    expect(screen.getByTestId('p-empty')).toHaveTextContent('You are already at this level.');
  });
});
