import { useEffect, useReducer, useRef, useState } from 'react';
import { Alert, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyOpenPulsesDocument, SubmitPulseResponseDocument, type MyOpenPulsesQuery, type SubmitPulseResponseMutation } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { bandLabel, formatOwnScore, measureLabel } from '../measures';
import { answersReducer, initialAnswers, toSubmission, unanswered } from './answerForm';
import { QuestionField } from './QuestionField';

type OpenPulse = MyOpenPulsesQuery['myOpenPulses'][number];
type Submission = SubmitPulseResponseMutation['submitPulseResponse'];

const COMMENT_MAX = 1000;

/** One open pulse: its questions, an optional comment, submit, and the private thank-you. */
export function PulseCard({ pulse }: { pulse: OpenPulse }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const itemIds = pulse.questions.map((q) => q.itemId);
  const form = useRef<HTMLFormElement>(null);
  const [answers, dispatch] = useReducer(answersReducer, initialAnswers(pulse.myAnswers, itemIds));
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<Submission | null>(null);
  const [missing, setMissing] = useState(false);
  const sending = useRef(false);
  const [submit, { loading, error, reset }] = useMutation(SubmitPulseResponseDocument, {
    refetchQueries: [MyOpenPulsesDocument, 'MyPulseHistory', 'PendingPulses'],
  });
  const titleId = `pulse-${pulse.waveId}-title`;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    // A second click while the first is on its way does nothing (the API is idempotent too).
    if (sending.current) return;
    const notAnswered = unanswered(answers, itemIds);
    if (notAnswered.length > 0) {
      setMissing(true);
      // Keyboard and screen-reader users land on the question the message names.
      form.current?.querySelector<HTMLInputElement>(`[data-testid="question-${CSS.escape(notAnswered[0])}"] input[type="radio"]`)?.focus();
      return;
    }
    setMissing(false);
    sending.current = true;
    reset();
    try {
      // The locale picks the organisation's support message in the language of this page.
      const { data } = await submit({ variables: { input: { ...toSubmission(pulse.waveId, itemIds, answers, comment), locale: i18n.language } } });
      if (data) setResult(data.submitPulseResponse);
    } catch {
      // shown through `error`
    } finally {
      sending.current = false;
    }
  }

  const notAnswered = unanswered(answers, itemIds);
  const left = notAnswered.length;
  const firstMissing = left > 0 ? pulse.questions.findIndex((q) => q.itemId === notAnswered[0]) : -1;

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={titleId} data-testid="pulse-card">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={titleId}>
            {pulse.programName}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pulse.take.window', { period: format.date(pulse.periodStart), closes: format.dateTime(pulse.closesAt) })}
          </Text>
          {/* The k this wave opened with: a later change of the setting never applies to these answers. */}
          <Text size="sm" c="dimmed" data-testid="pulse-group-size">
            {t('pulse.take.groupSize', { count: pulse.confidentialityK })}
          </Text>
          {pulse.answeredAt ? (
            <Text size="sm" mt={4} data-testid="answered-before">
              {t('pulse.take.answeredBefore', { date: format.dateTime(pulse.answeredAt) })}
            </Text>
          ) : null}
        </div>

        {result ? <SubmissionResult result={result} /> : null}

        <form ref={form} onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId}>
          <Stack gap="lg">
            {pulse.questions.map((q, i) => (
              <QuestionField
                key={q.itemId}
                question={q}
                number={i + 1}
                value={answers[q.itemId]}
                onChange={(value) => dispatch({ type: 'answer', itemId: q.itemId, value })}
              />
            ))}
            <Textarea
              label={t('pulse.take.comment')}
              description={t('pulse.take.commentHelp')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              maxLength={COMMENT_MAX}
              autosize
              minRows={2}
            />
            {missing && left > 0 ? (
              <Alert role="alert" color="red" variant="light" data-testid="pulse-missing">
                {t('pulse.take.missing', { count: left, number: firstMissing + 1, question: pulse.questions[firstMissing]?.text ?? '' })}
              </Alert>
            ) : null}
            {error ? <ErrorAlert error={error} title={t('pulse.take.submitFailed')} /> : null}
            <Group>
              <Button type="submit" loading={loading} disabled={loading} data-testid="pulse-submit">
                {pulse.answeredAt || result ? t('pulse.take.submitAgain') : t('pulse.take.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

/** The private thank-you. It takes the focus when it appears (and again after each new send), so
 * keyboard and screen-reader users hear it instead of staying on the button. */
function SubmissionResult({ result }: { result: Submission }) {
  const { t } = useTranslation();
  const format = useFormat();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [result]);
  return (
    <Stack gap="sm" data-testid="pulse-thanks" ref={box} tabIndex={-1} aria-label={t('pulse.take.thanksTitle')} style={{ outlineOffset: 4 }}>
      {/* Blue: green.9 titles on the green tint are 3.9:1, below AA. */}
      <Alert role="status" color="blue" variant="light" title={t('pulse.take.thanksTitle')}>
        <Text size="sm">{result.revision > 1 ? t('pulse.take.thanksReplaced') : t('pulse.take.thanks')}</Text>
      </Alert>
      {result.supportMessage ? (
        <Alert role="status" color="blue" variant="light" title={t('pulse.take.supportTitle')} data-testid="pulse-support">
          <Text size="sm">{t('pulse.take.supportIntro')}</Text>
          <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
            {result.supportMessage}
          </Text>
        </Alert>
      ) : null}
      {result.myScores.length > 0 ? (
        <Table withTableBorder data-testid="pulse-my-scores">
          <Table.Caption>{t('pulse.take.myScoresCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pulse.measureHeading')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('pulse.score')}
              </Table.Th>
              <Table.Th scope="col">{t('pulse.bandHeading')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.myScores.map((s) => (
              <Table.Tr key={s.measure}>
                <Table.Th scope="row" fw={400}>
                  {measureLabel(t, s.measure)}
                </Table.Th>
                <Table.Td ta="right">{formatOwnScore(format, s.measure, s.value)}</Table.Td>
                <Table.Td>{bandLabel(t, s.band)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
