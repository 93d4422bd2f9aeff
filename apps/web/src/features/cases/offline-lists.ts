import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { regionsQuery, taxonomyQuery } from '../../lib/api/vocabularies';
import { LANGUAGES } from '../../lib/i18n';

/**
 * Keeps the lists the case form needs offline (the taxonomy and the regions, no personal data) in the service worker's
 * cache from the moment it controls the page, in each of the app's languages, so the form has them after an offline
 * reload or a change of language even when the interviewer never opened it online. They are asked for (through the
 * service worker, which stores the answers) whenever the app is unlocked and when the worker takes control. The form's
 * own requests are not enough: the first page of a visit is not yet controlled, and a request still under way when the
 * network goes is never stored.
 */
export function useOfflineLists(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator)) return;
    const keep = () => {
      if (!navigator.serviceWorker.controller) return;
      // In every language of the app, not only the one on screen: switching language offline still finds the lists.
      // (staleTime 0: asked again even when the screen already has them, perhaps from before the worker took over.)
      for (const language of LANGUAGES) {
        void client.fetchQuery({ ...taxonomyQuery(language), staleTime: 0 }).catch(() => undefined);
        void client.fetchQuery({ ...regionsQuery(language), staleTime: 0 }).catch(() => undefined);
      }
    };
    keep();
    navigator.serviceWorker.addEventListener('controllerchange', keep);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', keep);
  }, [enabled, client]);
}
