import { useEffect } from 'react';
import { onSessionChange, token } from '../../lib/session';
import { anythingWaiting, syncAll } from './local-cases';

/** How often the queue is tried while anything waits. */
export const SEND_EVERY_MS = 5_000;

/**
 * Keeps the device's outbox draining, whatever screen is open and whatever
 * happened before: when the store is unlocked, when the network returns,
 * when someone signs in, and every few seconds while a case waits. Nothing is
 * tried while the store is locked (the queue cannot even be read then).
 */
export function useOutboxSender(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    const kick = () => void syncAll().catch(() => undefined);
    kick();
    const timer = window.setInterval(() => {
      void anythingWaiting()
        .then((waiting) => waiting && kick())
        .catch(() => undefined);
    }, SEND_EVERY_MS);
    window.addEventListener('online', kick);
    const stop = onSessionChange(() => token() && kick());
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', kick);
      stop();
    };
  }, [unlocked]);
}
