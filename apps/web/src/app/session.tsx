import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { Permission } from '@pulse/shared';
import { SignOutDocument, type SessionFieldsFragment } from '../gql/graphql';
import { useBootSession } from './boot-session';
import { effectivePermissions } from './permissions';

export type SessionMe = SessionFieldsFragment;

type Session = {
  me: SessionMe;
  permissions: ReadonlySet<Permission>;
  can: (permission: Permission) => boolean;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

/** The signed-in account, for components below the shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a signed-in <SessionProvider>');
  return session;
}

function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { setMe } = useBootSession();
  const [signOut] = useMutation(SignOutDocument);
  return useCallback(async () => {
    try {
      await signOut();
    } catch {
      // Signed out locally whatever the server said; the cookie expires on its own.
    }
    await client.clearStore();
    // Both updates render together: the sign-in page appears with no session and no "return to".
    navigate('/sign-in', { replace: true });
    setMe(null);
  }, [client, navigate, setMe, signOut]);
}

export function SessionProvider({ me, children }: { me: SessionMe; children: ReactNode }) {
  const signOut = useSignOut();
  const value = useMemo<Session>(() => {
    const permissions = effectivePermissions(me);
    return { me, permissions, can: (p) => permissions.has(p), signOut };
  }, [me, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
