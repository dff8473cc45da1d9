import { lazy, useEffect, useState, type ReactNode } from 'react';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { MeDocument } from '../gql/graphql';
import { createApolloClient } from './apollo';
import { useBootSession, type SessionMe } from './boot-session';
import { areaItem, allowed, type AreaId } from './nav';
import { SessionProvider, useSession } from './session';
import { Shell } from './Shell';
import { Forbidden, NotFound } from './StatusPages';

// Each area is its own chunk: an agent never downloads the import or admin screens.
const ProfilePage = lazy(() => import('../features/people/profile/ProfilePage'));
const TeamPage = lazy(() => import('../features/people/team/TeamPage'));
const PeoplePage = lazy(() => import('../features/people/directory/PeoplePage'));
const PersonPage = lazy(() => import('../features/people/directory/PersonPage'));
const ImportPage = lazy(() => import('../features/people/import/ImportPage'));
const PulseProgramsPage = lazy(() => import('../features/pulse/programs/PulseProgramsPage'));
const PulsePage = lazy(() => import('../features/pulse/take/PulsePage').then((m) => ({ default: m.PulsePage })));
const WellbeingPage = lazy(() => import('../features/pulse/results/WellbeingPage').then((m) => ({ default: m.WellbeingPage })));
const OrganisationPage = lazy(() => import('../features/organisation/OrganisationPage'));
const MyCareerPage = lazy(() => import('../features/career/my/MyCareerPage'));
const ProgressionPage = lazy(() => import('../features/career/progression/ProgressionPage'));
const CareerPersonPage = lazy(() => import('../features/career/progression/CareerPersonPage'));
const LadderPage = lazy(() => import('../features/career/ladder/LadderPage'));
const CareerAnalyticsPage = lazy(() => import('../features/career/analytics/AnalyticsPage'));

/**
 * Everything behind sign-in, loaded as one chunk with Apollo Client. A new client (and cache) per
 * signed-in account, so nothing of one session can show in the next.
 */
export default function AuthenticatedApp() {
  const { me } = useBootSession();
  const location = useLocation();
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <SignedIn key={me.accountId} me={me} />;
}

function SignedIn({ me }: { me: SessionMe }) {
  const [client] = useState(() => {
    const c = createApolloClient();
    c.cache.writeQuery({ query: MeDocument, data: { me } });
    return c;
  });
  useEffect(() => () => void client.clearStore(), [client]);
  return (
    <ApolloProvider client={client}>
      <SessionGate />
    </ApolloProvider>
  );
}

/** Follows `me` in the Apollo cache: when a request finds the session gone, back to sign-in. */
function SessionGate() {
  const { setMe } = useBootSession();
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-only' });
  const me = data?.me;
  useEffect(() => {
    if (data && !me) setMe(null);
  }, [data, me, setMe]);
  if (!me) return null;
  return (
    <SessionProvider me={me}>
      <AreaRoutes />
    </SessionProvider>
  );
}

/** The UI hides what a role cannot do; the API enforces it. */
function Area({ area, children }: { area: AreaId; children: ReactNode }) {
  const { permissions } = useSession();
  return allowed(areaItem(area), permissions) ? children : <Forbidden />;
}

export function AreaRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<Navigate to="/profile" replace />} />
        <Route path="profile" element={<Area area="profile"><ProfilePage /></Area>} />
        <Route path="pulse" element={<Area area="pulse"><PulsePage /></Area>} />
        <Route path="wellbeing" element={<Area area="wellbeing"><WellbeingPage /></Area>} />
        <Route path="team" element={<Area area="team"><TeamPage /></Area>} />
        <Route path="team/:personId" element={<Area area="team"><TeamPage /></Area>} />
        <Route path="people" element={<Area area="people"><PeoplePage /></Area>} />
        <Route path="people/:personId" element={<Area area="people"><PersonPage /></Area>} />
        <Route path="import" element={<Area area="import"><ImportPage /></Area>} />
        <Route path="pulse-programs" element={<Area area="programs"><PulseProgramsPage /></Area>} />
        <Route path="organisation" element={<Area area="admin"><OrganisationPage /></Area>} />
        <Route path="career" element={<Area area="career"><MyCareerPage /></Area>} />
        <Route path="progression" element={<Area area="progression"><ProgressionPage /></Area>} />
        <Route path="progression/:personId" element={<Area area="progression"><CareerPersonPage /></Area>} />
        <Route path="ladder" element={<Area area="ladder"><LadderPage /></Area>} />
        <Route path="career-analytics" element={<Area area="careerAnalytics"><CareerAnalyticsPage /></Area>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
