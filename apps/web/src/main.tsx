import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/app';
import { endPendingSession } from './lib/session';
import { startI18n } from './lib/i18n';
import './styles.css';

// One history entry for all of the app's screens: every in-app navigation replaces the current entry, so
// after quick exit (which replaces that one entry with a neutral site) Back leads to no page of the app.
const replaceState = window.history.replaceState.bind(window.history);
window.history.pushState = (data: unknown, unused: string, url?: string | URL | null) => replaceState(data, unused, url);

// The service worker precaches the app shell: once opened, the app opens with no network.
if ('serviceWorker' in navigator) registerSW({ immediate: true });

// Before anything else: a store wiped while offline ends its session on the server now, or as soon as the network returns.
void endPendingSession();
window.addEventListener('online', () => void endPendingSession());

// The first render waits for the reader's language (fetched alongside this script; see lib/i18n.ts).
void startI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
