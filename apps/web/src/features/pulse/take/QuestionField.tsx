import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyOpenPulsesQuery } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';

export type PulseQuestion = MyOpenPulsesQuery['myOpenPulses'][number]['questions'][number];

type Props = { question: PulseQuestion; number: number; value: number | undefined; onChange: (value: number) => void; disabled?: boolean };

/**
 * One question as a native radio group inside a fieldset: the legend names the group, arrow keys move
 * between options, Tab moves to the next question. Numeric scales (0–10) show their anchor labels.
 */
export function QuestionField({ question, number, value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  // Mantine names its radiogroup by `${id}-label`: our legend carries that id, so the group's name is the question.
  const groupId = `q${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const legendId = `${groupId}-label`;
  const numeric = question.options.every((o) => !o.label);
  const anchors = question.minLabel || question.maxLabel;

  return (
    <fieldset className="pulse-question" data-testid={`question-${question.itemId}`} disabled={disabled}>
      <legend id={legendId}>
        {question.stem ? (
          <Text span size="sm" c="dimmed" display="block">
            {question.stem}
          </Text>
        ) : null}
        <Text span fw={600} display="block">
          <span className="visually-hidden">{t('pulse.take.questionNumber', { number })} </span>
          {question.text}
        </Text>
        {anchors ? (
          <span className="visually-hidden">
            {[question.minLabel ? t('pulse.take.anchor', { value: format.number(question.options[0]?.value), label: question.minLabel }) : null,
              question.maxLabel ? t('pulse.take.anchor', { value: format.number(question.options[question.options.length - 1]?.value), label: question.maxLabel }) : null]
              .filter(Boolean)
              .join('; ')}
          </span>
        ) : null}
      </legend>
      {!question.validatedTranslation ? (
        <Badge variant="light" color="gray" size="sm" mb="xs" data-testid="translation-not-validated">
          {t('pulse.take.translationNotValidated')}
        </Badge>
      ) : null}
      <Radio.Group
        name={`q-${question.itemId}`}
        value={value === undefined ? null : String(value)}
        onChange={(v) => onChange(Number(v))}
        id={groupId}
      >
        {numeric ? (
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap" className="pulse-scale-numeric">
              {question.options.map((o) => (
                <Radio key={o.value} value={String(o.value)} label={format.number(o.value)} disabled={disabled} />
              ))}
            </Group>
          </Stack>
        ) : (
          <Group gap="md" wrap="wrap">
            {question.options.map((o) => (
              <Radio key={o.value} value={String(o.value)} label={o.label ?? format.number(o.value)} disabled={disabled} />
            ))}
          </Group>
        )}
      </Radio.Group>
      {anchors ? (
        <Group aria-hidden="true" justify="space-between" mt={4} gap="xs">
          {question.minLabel ? (
            <Text size="xs" c="dimmed">
              {t('pulse.take.anchor', { value: format.number(question.options[0]?.value), label: question.minLabel })}
            </Text>
          ) : (
            <span />
          )}
          {question.maxLabel ? (
            <Text size="xs" c="dimmed" ta="right">
              {t('pulse.take.anchor', { value: format.number(question.options[question.options.length - 1]?.value), label: question.maxLabel })}
            </Text>
          ) : null}
        </Group>
      ) : null}
    </fieldset>
  );
}
