import { lazy, Suspense, useState } from 'react';
import { Tabs } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { OrgChart } from './OrgChart';
import { ReportingLineTable } from './ReportingLineTable';
import { Loading } from '../../../ui/Loading';

const WorkModeMixPanel = lazy(() => import('./WorkModeMixPanel'));

type View = 'people' | 'chart' | 'mix';

export default function TeamPage() {
  const { t } = useTranslation();
  const { personId } = useParams();
  const navigate = useNavigate();
  const [view, setView] = useState<View>(personId ? 'chart' : 'people');
  const active: View = personId ? 'chart' : view;

  return (
    <>
      <PageHeader area="team" title={t('team.title')} description={t('team.description')} />
      <Tabs
        value={active}
        onChange={(next) => {
          if (!next) return;
          setView(next as View);
          if (personId && next !== 'chart') navigate('/team');
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('team.views')}>
          <Tabs.Tab value="people" data-testid="team-tab-people">
            {t('team.tabPeople')}
          </Tabs.Tab>
          <Tabs.Tab value="chart" data-testid="team-tab-chart">
            {t('team.tabOrgChart')}
          </Tabs.Tab>
          <Tabs.Tab value="mix" data-testid="team-tab-mix">
            {t('team.tabWorkModeMix')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          <ReportingLineTable />
        </Tabs.Panel>
        <Tabs.Panel value="chart" pt="md">
          <OrgChart personId={personId ?? null} />
        </Tabs.Panel>
        <Tabs.Panel value="mix" pt="md">
          <Suspense fallback={<Loading />}>
            <WorkModeMixPanel />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
