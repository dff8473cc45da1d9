import { useEffect, useRef, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AreaId } from '../app/nav';

type Props = { area: AreaId; title: string; description?: string; actions?: ReactNode };

/**
 * The heading region of an area. `data-testid="area-<id>"` is the browser tests' anchor. After an
 * in-app navigation the heading takes focus, so screen-reader users hear where they arrived.
 */
export function PageHeader({ area, title, description, actions }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    // 'default' is the first page load: leave focus at the top of the document then.
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);

  return (
    <Group data-testid={`area-${area}`} justify="space-between" align="flex-end" mb="lg" wrap="wrap">
      <Stack gap={4}>
        <Title order={1} ref={heading} tabIndex={-1}>
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {actions}
    </Group>
  );
}
