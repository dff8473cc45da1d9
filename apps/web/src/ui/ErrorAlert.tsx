import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from './errors';

type Props = { error: unknown; onRetry?: () => void; title?: string };

/** Announced by screen readers as soon as it appears (role="alert"). */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const { t } = useTranslation();
  const described = describeError(t, error);
  return (
    <Alert role="alert" color="red" variant="light" title={title ?? described.title} data-testid="error-alert">
      {title ? <Text size="sm">{described.title}</Text> : null}
      {described.detail ? <Text size="sm">{described.detail}</Text> : null}
      {onRetry ? (
        <Button mt="sm" size="xs" variant="outline" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
