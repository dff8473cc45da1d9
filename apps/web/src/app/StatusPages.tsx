import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Stack data-testid="area-forbidden">
      <Title order={1}>{t('status.forbiddenTitle')}</Title>
      <Text>{t('status.forbiddenBody')}</Text>
      <Anchor component={Link} to="/profile">
        {t('status.backToProfile')}
      </Anchor>
    </Stack>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack data-testid="area-not-found">
      <Title order={1}>{t('status.notFoundTitle')}</Title>
      <Text>{t('status.notFoundBody')}</Text>
      <Anchor component={Link} to="/profile">
        {t('status.backToProfile')}
      </Anchor>
    </Stack>
  );
}
