import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyAdapter } from '@nestjs/platform-fastify';

/** Paths the API answers itself; everything else that is a GET is the web app. */
const API_PATHS = /^\/(api|docs|health|metrics)(\/|$)/;

/**
 * Serves the web app (apps/web/dist, built by `npm run build:web`) at `/`:
 * hashed assets are cached for a year (their names change with their
 * content), index.html, the service worker and the manifest never are, and
 * any other path that is not the API's is the app's own route (index.html).
 * Without a build, nothing is served and the API works as before.
 */
export async function serveWebApp(adapter: FastifyAdapter, root = join(process.cwd(), 'apps', 'web', 'dist')): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  const fastify = adapter.getInstance();
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      const immutable = /[\\/]assets[\\/]/.test(path);
      void res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.get('/*', (request, reply) => {
    if (API_PATHS.test(request.url)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  fastify.get('/', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  return true;
}
