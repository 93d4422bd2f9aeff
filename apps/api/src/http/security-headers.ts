import helmet from '@fastify/helmet';
import type { FastifyAdapter } from '@nestjs/platform-fastify';

/** JSON and problem documents: nothing may load, nothing may frame them. */
const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] };
/** Swagger UI at /docs: its own scripts and styles (it styles inline), its own spec, nothing from elsewhere. */
const DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The web app: its own scripts, styles and service worker only; no inline script, no eval, no framing. */
const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
  "font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Security headers on every response (helmet): nosniff, a restrictive
 * Content-Security-Policy (another for the docs page), no framing, no
 * referrer; HSTS only when the request came over HTTPS (as far as TRUST_PROXY
 * lets the app know); and `Cache-Control: no-store` on everything under
 * /api/v1, which carries tokens, narratives, proposals and report data.
 */
export async function applySecurityHeaders(adapter: FastifyAdapter): Promise<void> {
  const fastify = adapter.getInstance();
  await fastify.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  fastify.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0];
    if (path === '/docs' || path.startsWith('/docs/')) void reply.header('content-security-policy', DOCS_CSP);
    else if (!/^\/(api|health|metrics)(\/|$)/.test(path)) void reply.header('content-security-policy', WEB_CSP);
    if (path.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
