import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hiddenReasonText } from '../measures';

/** The words in place of a hidden figure (SPEC §4.3: the UI says why). */
export function HiddenNote({ reason, k }: { reason: string | null | undefined; k: number }) {
  const { t } = useTranslation();
  return (
    <Text span size="xs" c="dimmed" data-testid="hidden-reason" fs="italic">
      {hiddenReasonText(t, reason, k)}
    </Text>
  );
}
