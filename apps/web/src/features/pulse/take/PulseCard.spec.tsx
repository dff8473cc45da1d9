import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Locale } from '@pulse/shared';
import { SubmitPulseResponseDocument, type MyOpenPulsesQuery } from '../../../gql/graphql';
import { fakeMe, renderWithProviders, testI18n } from '../../../test/render';
import { PulseCard } from './PulseCard';

type OpenPulse = MyOpenPulsesQuery['myOpenPulses'][number];

const pulse: OpenPulse = {
  waveId: 'wave-1',
  programName: 'Weekly pulse',
  periodStart: '2026-11-23',
  closesAt: '2026-11-27T17:00:00Z',
  answeredAt: null,
  confidentialityK: 5,
  myAnswers: [],
  questions: [
    {
      itemId: 'cbi.work.1',
      stem: null,
      text: 'Do you feel worn out at the end of the working day?',
      validatedTranslation: true,
      minLabel: null,
      maxLabel: null,
      options: [100, 75, 50, 25, 0].map((value, i) => ({ value, label: ['Always', 'Often', 'Sometimes', 'Seldom', 'Never/almost never'][i] })),
    },
    {
      itemId: 'enps.1',
      stem: null,
      text: 'How likely are you to recommend this organisation as a place to work?',
      validatedTranslation: false,
      minLabel: 'Not at all likely',
      maxLabel: 'Extremely likely',
      options: Array.from({ length: 11 }, (_, value) => ({ value, label: null })),
    },
  ],
};

function submitMock(result: () => MockLink.MockedResponse['result'], delay = 20): MockLink.MockedResponse {
  return {
    request: {
      query: SubmitPulseResponseDocument,
      variables: { input: { waveId: 'wave-1', answers: [{ itemId: 'cbi.work.1', value: 75 }, { itemId: 'enps.1', value: 9 }], comment: null, locale: 'en' } },
    },
    result,
    delay,
  } as MockLink.MockedResponse;
}

const success = (supportMessage: string | null) => ({
  data: {
    submitPulseResponse: {
      __typename: 'PulseSubmission',
      waveId: 'wave-1',
      revision: 1,
      submittedAt: '2026-11-25T10:00:00Z',
      supportMessage,
      myScores: [{ __typename: 'MyScore', measure: 'cbi.work', value: 75, band: 'high' }],
    },
  },
});

async function answerAll() {
  const first = screen.getByRole('radiogroup', { name: /worn out/ });
  fireEvent.click(within(first).getByRole('radio', { name: 'Often' }));
  const second = screen.getByRole('radiogroup', { name: /recommend/ });
  fireEvent.click(within(second).getByRole('radio', { name: '9' }));
}

describe('PulseCard', () => {
  it('names each question group by its text, marks an unvalidated translation and shows the 0–10 anchors', async () => {
    renderWithProviders(<PulseCard pulse={pulse} />, { i18n: await testI18n('en'), me: fakeMe(['AGENT']) });
    const enps = screen.getByRole('radiogroup', { name: /recommend/ });
    expect(within(enps).getAllByRole('radio')).toHaveLength(11);
    expect(screen.getAllByTestId('translation-not-validated')).toHaveLength(1);
    expect(screen.getByText('0 = Not at all likely')).toBeInTheDocument();
    expect(screen.getByText('10 = Extremely likely')).toBeInTheDocument();
    expect(screen.getByLabelText(/Comment/)).toHaveAccessibleDescription(/groups of 10 or more people, and never with your name/);
  });

  it.each<[Locale, number, string]>([
    ['en', 5, 'Results are shown only for groups of 5 or more people.'],
    ['en', 8, 'Results are shown only for groups of 8 or more people.'],
    ['pl', 3, 'Wyniki są pokazywane tylko dla grup liczących co najmniej 3 osoby.'],
    ['pl', 5, 'Wyniki są pokazywane tylko dla grup liczących co najmniej 5 osób.'],
    ['zh-Hans', 5, '仅显示人数达到 5 人或以上的群组的结果。'],
    ['zh-Hant', 10, '僅顯示人數達到 10 人或以上的群組的結果。'],
  ])('tells me in %s the smallest group this pulse shows results for (the k it opened with, %i)', async (locale, k, text) => {
    renderWithProviders(<PulseCard pulse={{ ...pulse, confidentialityK: k }} />, { i18n: await testI18n(locale), me: fakeMe(['AGENT']) });
    expect(screen.getByTestId('pulse-group-size')).toHaveTextContent(text);
  });

  it('does not send until every question is answered, and says so', async () => {
    const result = jest.fn(() => success(null));
    renderWithProviders(<PulseCard pulse={pulse} />, { i18n: await testI18n('en'), me: fakeMe(['AGENT']), mocks: [submitMock(result)] });
    fireEvent.click(screen.getByTestId('pulse-submit'));
    expect(await screen.findByTestId('pulse-missing')).toHaveTextContent('Please answer the 2 remaining questions');
    expect(result).not.toHaveBeenCalled();
  });

  it('names the one question left, and takes me to it', async () => {
    renderWithProviders(<PulseCard pulse={pulse} />, { i18n: await testI18n('en'), me: fakeMe(['AGENT']), mocks: [submitMock(() => success(null))] });
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /worn out/ })).getByRole('radio', { name: 'Often' }));
    fireEvent.click(screen.getByTestId('pulse-submit'));
    expect(await screen.findByTestId('pulse-missing')).toHaveTextContent(
      'Please answer question 2 before sending: “How likely are you to recommend this organisation as a place to work?”',
    );
    expect(screen.getByRole('radiogroup', { name: /recommend/ })).toContainElement(document.activeElement as HTMLElement);
  });

  it('moves the focus to the thank-you once my answers are saved', async () => {
    renderWithProviders(<PulseCard pulse={pulse} />, { i18n: await testI18n('en'), me: fakeMe(['AGENT']), mocks: [submitMock(() => success('Call the EAP.'))] });
    await answerAll();
    screen.getByTestId('pulse-submit').focus();
    fireEvent.click(screen.getByTestId('pulse-submit'));
    const thanks = await screen.findByTestId('pulse-thanks');
    await waitFor(() => expect(thanks).toHaveFocus());
    expect(thanks).toHaveAccessibleName('Thank you');
    expect(within(thanks).getByTestId('pulse-support')).toHaveTextContent('Call the EAP.');
  });

  it('a double click sends once; the thank-you shows my own scores privately', async () => {
    const result = jest.fn(() => success(null));
    renderWithProviders(<PulseCard pulse={pulse} />, { i18n: await testI18n('en'), me: fakeMe(['AGENT']), mocks: [submitMock(result, 50)] });
    await answerAll();
    const submit = screen.getByTestId('pulse-submit');
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByTestId('pulse-thanks')).toHaveTextContent('nobody else can see them');
    expect(screen.getByTestId('pulse-my-scores')).toHaveTextContent('Work-related burnout (CBI)');
    expect(screen.getByTestId('pulse-my-scores')).toHaveTextContent('High');
    expect(result).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('pulse-support')).not.toBeInTheDocument();
  });

  it("shows the organisation's support message kindly when the API sends one", async () => {
    renderWithProviders(<PulseCard pulse={pulse} />, {
      i18n: await testI18n('en'),
      me: fakeMe(['AGENT']),
      mocks: [submitMock(() => success('Call the EAP on 0800 123 456, any time.'))],
    });
    await answerAll();
    fireEvent.click(screen.getByTestId('pulse-submit'));
    const support = await screen.findByTestId('pulse-support');
    expect(support).toHaveAttribute('role', 'status');
    expect(support).toHaveTextContent('Call the EAP on 0800 123 456');
    expect(support).toHaveTextContent('Only you can see this message');
  });

  it('shows an API error clearly and lets me send again', async () => {
    renderWithProviders(<PulseCard pulse={pulse} />, {
      i18n: await testI18n('en'),
      me: fakeMe(['AGENT']),
      mocks: [
        submitMock(() => ({ errors: [{ message: 'This pulse has closed.', extensions: { code: 'BAD_USER_INPUT' } }] }) as never),
      ],
    });
    await answerAll();
    fireEvent.click(screen.getByTestId('pulse-submit'));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('Your answers were not saved.');
    expect(alert).toHaveTextContent('This pulse has closed.');
    await waitFor(() => expect(screen.getByTestId('pulse-submit')).toBeEnabled());
  });

  it('says when I answered before and that answering again replaces it', async () => {
    renderWithProviders(<PulseCard pulse={{ ...pulse, answeredAt: '2026-11-24T09:30:00Z', myAnswers: [{ itemId: 'enps.1', value: 7 }] }} />, {
      i18n: await testI18n('en'),
      me: fakeMe(['AGENT']),
    });
    expect(screen.getByTestId('answered-before')).toHaveTextContent(/answering again replaces it/);
    expect(within(screen.getByRole('radiogroup', { name: /recommend/ })).getByRole('radio', { name: '7' })).toBeChecked();
  });
});
