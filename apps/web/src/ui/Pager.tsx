import { Box, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { total: number; value: number; onChange: (page: number) => void; label: string; testId?: string };

/** Mantine's Pagination inside a labelled <nav>, with translated names for every control. */
export function Pager({ total, value, onChange, label, testId }: Props) {
  const { t } = useTranslation();
  if (total <= 1) return null;
  const controlLabel = { previous: t('pagination.previous'), next: t('pagination.next'), first: t('pagination.first'), last: t('pagination.last') };
  return (
    <Box component="nav" aria-label={label} mt="md" data-testid={testId}>
      <Pagination
        total={total}
        value={value}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': controlLabel[control] })}
        getItemProps={(page) => ({ 'aria-label': t('pagination.page', { page }), 'aria-current': page === value ? 'page' : undefined })}
      />
    </Box>
  );
}
