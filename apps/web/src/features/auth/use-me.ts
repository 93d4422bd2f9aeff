import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchMe, meKeys } from './api/me';
import { type Me, onSessionChange, refresh, sessionGeneration, token } from '../../lib/session';

/**
 * The signed-in user (null when signed out); refreshed silently from the
 * cookie once the device store is unlocked (never while it is locked: the
 * locked app asks the server nothing).
 */
export function useMe(unlocked: boolean) {
  const [session, setSession] = useState(sessionGeneration());
  useEffect(() => onSessionChange(() => setSession(sessionGeneration())), []);
  const query = useQuery({
    queryKey: meKeys.me(session, unlocked),
    enabled: unlocked,
    queryFn: async (): Promise<Me | null> => {
      if (!token() && !(await refresh())) return null;
      return (await fetchMe()) ?? null;
    },
    staleTime: 60_000,
    retry: false,
  });
  return { me: unlocked ? (query.data ?? null) : null, loading: unlocked && query.isPending };
}
