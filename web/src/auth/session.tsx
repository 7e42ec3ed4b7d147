import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { ApiError, get, post, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import type { User, WorkspaceInfo } from '../api/types.ts';
import { setLocale } from '../i18n/index.ts';

export interface MeData {
  user: User;
  workspace: WorkspaceInfo;
}

interface Session {
  user: User;
  workspace: WorkspaceInfo;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<MeData | null> {
  try {
    const me = await get<MeData & { csrfToken: string }>('/me');
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
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });

  useEffect(() => {
    setUnauthorizedHandler(() => qc.setQueryData(ME_KEY, null));
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
    signOut: async () => {
      await post('/auth/logout').catch(() => undefined);
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
