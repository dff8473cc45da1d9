import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MeDocument, type SessionFieldsFragment } from '../gql/boot/graphql';
import { graphqlFetch } from './graphql-fetch';

export type SessionMe = SessionFieldsFragment;

/** `undefined` while asking the server, `null` when signed out. */
type BootSession = {
  me: SessionMe | null | undefined;
  error: Error | null;
  setMe: (me: SessionMe | null) => void;
  retry: () => void;
};

const BootSessionContext = createContext<BootSession | null>(null);

const HINT_KEY = 'pulse.signed-in';

/**
 * A hint (never a credential: the session cookie is httpOnly) that the last visit ended signed in,
 * so start-up can fetch the signed-in chunk while it asks the server who is signed in.
 */
export function probablySignedIn(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(HINT_KEY, '1');
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage disabled: only the prefetch is lost.
  }
}

export async function fetchMe(): Promise<SessionMe | null> {
  const data = await graphqlFetch(MeDocument);
  return data.me ?? null;
}

type ProviderProps = {
  children: ReactNode;
  /** Tests start from a known session instead of asking the server. */
  initial?: SessionMe | null;
  /** Start-up passes a request it began before React rendered. */
  load?: () => Promise<SessionMe | null>;
};

export function BootSessionProvider({ children, initial, load = fetchMe }: ProviderProps) {
  const [me, setMeState] = useState<SessionMe | null | undefined>(initial);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (initial !== undefined) return;
    let live = true;
    setError(null);
    load().then(
      (result) => {
        if (!live) return;
        rememberSignedIn(result !== null);
        setMeState(result);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e : new Error(String(e)));
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, initial, load]);

  const setMe = useCallback((next: SessionMe | null) => {
    rememberSignedIn(next !== null);
    setMeState(next);
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo(() => ({ me, error, setMe, retry }), [me, error, setMe, retry]);
  return <BootSessionContext.Provider value={value}>{children}</BootSessionContext.Provider>;
}

export function useBootSession(): BootSession {
  const session = useContext(BootSessionContext);
  if (!session) throw new Error('useBootSession() needs <BootSessionProvider>');
  return session;
}
