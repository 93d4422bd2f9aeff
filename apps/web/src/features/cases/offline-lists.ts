import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { regionsQuery, taxonomyQuery } from '../../lib/api/vocabularies';

/**
 * Keeps the lists the case form needs offline (the taxonomy and the regions, no personal data) in the
 * service worker's cache from the moment it controls the page, so the form has them after an offline
 * reload even when the interviewer never opened it online. They are asked for again (through the service
 * worker, which stores the answer) when it takes control and when the language changes; the form itself
 * asking is not enough: the first page of a visit is not yet controlled, and a request still under way when
 * the network goes is never stored.
 */
export function useOfflineLists(enabled: boolean, lang: string): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator)) return;
    const keep = () => {
      if (!navigator.serviceWorker.controller) return;
      // staleTime 0: asked again even when the screen already has them (perhaps from before the worker took over).
      void client.fetchQuery({ ...taxonomyQuery(lang), staleTime: 0 }).catch(() => undefined);
      void client.fetchQuery({ ...regionsQuery(lang), staleTime: 0 }).catch(() => undefined);
    };
    keep();
    navigator.serviceWorker.addEventListener('controllerchange', keep);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', keep);
  }, [enabled, lang, client]);
}
