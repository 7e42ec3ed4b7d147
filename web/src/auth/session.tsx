import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { ApiError, client, setCsrfToken, setUnauthorizedHandler, unwrap } from '../api/client.ts';
import type { Me, User, WorkspaceInfo } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { setLocale } from '../i18n/index.ts';
import { browserTimeZone } from '../lib/time-zone.ts';

/** Who is signed in, as GET /me answers (less the CSRF token, which the client keeps). */
export type MeData = Pick<Me, 'user' | 'workspace'>;

interface Session {
  user: User;
  workspace: WorkspaceInfo;
  /** the clock "you" means everywhere: the profile's zone, else this browser's */
  timeZone: string;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

async function fetchMe(): Promise<MeData | null> {
  try {
    const me = await unwrap(client.GET('/me'));
    setCsrfToken(me.csrfToken);
    return { user: me.user, workspace: me.workspace };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** Resolves the signed-in user once; renders `signedOut` until there is one. */
export function SessionGate({
  signedOut,
  loading,
  children,
}: {
  signedOut: ReactNode;
  loading: ReactNode;
  children: ReactNode;
}) {
  const qc = useQueryClient();
  const me = useQuery({ queryKey: qk.me(), queryFn: fetchMe, staleTime: Infinity, retry: false });

  useEffect(() => {
    setUnauthorizedHandler(() => qc.setQueryData(qk.me(), null));
  }, [qc]);

  useEffect(() => {
    const locale = me.data?.user.locale;
    if (locale === 'zh-CN' || locale === 'en') setLocale(locale);
  }, [me.data?.user.locale]);

  if (me.isPending) return <>{loading}</>;
  if (!me.data) return <>{signedOut}</>;
  const session: Session = {
    user: me.data.user,
    workspace: me.data.workspace,
    timeZone: me.data.user.timeZone ?? browserTimeZone(),
    signOut: async () => {
      await unwrap(client.POST('/auth/logout')).catch(() => undefined);
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(qk.me(), null);
    },
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
