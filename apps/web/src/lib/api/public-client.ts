import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The typed client for the calls the session itself makes, or that need no session: sign-in,
 * refresh, end of session, sign-out, password reset, the installed app's name. No access token
 * is added (the session's own calls name theirs); the web client's refresh cookie goes along.
 * `fetch` is looked up at each call (the page's, as the service worker sees it).
 */
export const publicApi = createClient<paths>({ baseUrl: '/', credentials: 'same-origin', fetch: (request) => fetch(request) });
