import { useState } from 'react';
import { Anchor, Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrgChartPersonDocument, OrgChartReportsDocument, type OrgChartNodeFragment } from '../../../gql/graphql';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { workModeLabel } from '../labels';

/**
 * A person with their manager above and their direct reports below. Each report can be opened in
 * place (a disclosure button; its reports load on demand) or become the focus (a link), so the
 * whole reporting line is reachable with Tab and Enter alone.
 */
export function OrgChart({ personId }: { personId: string | null }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const focusId = personId ?? me.person.id;
  const { data, loading, error, refetch } = useQuery(OrgChartPersonDocument, { variables: { id: focusId } });
  const person = data?.person;

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !person) return <Loading />;
  if (!person) return <Text>{t('team.personNotFound')}</Text>;

  const isMe = person.id === me.person.id;
  return (
    <Stack gap="md" data-testid="org-chart">
      {person.manager ? (
        <Box data-testid="org-chart-manager">
          <Text size="sm" c="dimmed">
            {t('team.reportsTo')}
          </Text>
          {isMe ? (
            <Text fw={500}>{person.manager.displayName}</Text>
          ) : (
            <Anchor component={Link} to={person.manager.id === me.person.id ? '/team' : `/team/${person.manager.id}`} fw={500}>
              {person.manager.displayName}
            </Anchor>
          )}
          {person.manager.jobTitle ? (
            <Text size="sm" c="dimmed">
              {person.manager.jobTitle}
            </Text>
          ) : null}
        </Box>
      ) : null}

      <Card withBorder padding="md" data-testid="org-chart-focus" component="section" aria-labelledby="org-chart-focus-name">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h3" id="org-chart-focus-name">
              {person.displayName}
              {isMe ? ` ${t('team.you')}` : ''}
            </Title>
            <Text size="sm" c="dimmed">
              {[person.jobTitle, person.team?.name].filter(Boolean).join(' · ')}
            </Text>
          </div>
          {person.workMode ? <Badge variant="light">{workModeLabel(t, person.workMode)}</Badge> : null}
        </Group>
      </Card>

      <section aria-labelledby="org-chart-reports">
        <Title order={3} size="h4" id="org-chart-reports" mb="xs">
          {t('team.directReports', { count: person.directReports.length })}
        </Title>
        {person.directReports.length === 0 ? (
          <Text c="dimmed">{t('team.noDirectReports')}</Text>
        ) : (
          <ReportList reports={person.directReports} depth={0} />
        )}
      </section>
    </Stack>
  );
}

function ReportList({ reports, depth }: { reports: readonly OrgChartNodeFragment[]; depth: number }) {
  return (
    <Box component="ul" m={0} pl={depth === 0 ? 0 : 'lg'} style={{ listStyle: 'none' }}>
      {reports.map((report) => (
        <ReportNode key={report.id} report={report} depth={depth} />
      ))}
    </Box>
  );
}

function ReportNode({ report, depth }: { report: OrgChartNodeFragment; depth: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = report.directReports.length;
  const listId = `reports-of-${report.id}`;
  return (
    <Box component="li" py={4} style={{ borderLeft: depth > 0 ? '2px solid var(--mantine-color-gray-3)' : undefined }} pl={depth > 0 ? 'sm' : 0}>
      <Group gap="sm" wrap="wrap">
        <Anchor component={Link} to={`/team/${report.id}`} fw={500}>
          {report.displayName}
        </Anchor>
        {report.jobTitle ? (
          <Text size="sm" c="dimmed" component="span">
            {report.jobTitle}
          </Text>
        ) : null}
        {report.workMode ? (
          <Badge size="sm" variant="outline">
            {workModeLabel(t, report.workMode)}
          </Badge>
        ) : null}
        {count > 0 ? (
          <Button
            size="compact-xs"
            variant="subtle"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            onClick={() => setOpen((v) => !v)}
          >
            {open
              ? t('team.hideReports', { name: report.displayName })
              : t('team.showReports', { count, name: report.displayName })}
          </Button>
        ) : null}
      </Group>
      {open ? (
        <div id={listId}>
          <NestedReports personId={report.id} depth={depth + 1} />
        </div>
      ) : null}
    </Box>
  );
}

function NestedReports({ personId, depth }: { personId: string; depth: number }) {
  const { data, loading, error } = useQuery(OrgChartReportsDocument, { variables: { id: personId } });
  if (error) return <ErrorAlert error={error} />;
  if (loading && !data) return <Loading />;
  return <ReportList reports={data?.person?.directReports ?? []} depth={depth} />;
}
