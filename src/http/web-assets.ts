import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

/** Vite names every file under `assets/` by its content hash: a new build is a new name. */
const HASHED = `${sep}assets${sep}`;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files, so the browser asks for it again every time. */
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web app: the `.br`/`.gz` copies the build wrote (see `web/precompress.ts`)
 * to browsers that accept them, hashed assets cached for a year, `index.html` revalidated, and
 * the single-page app's own routes answered with `index.html`.
 */
export async function serveWeb(app: FastifyInstance, webDist: string): Promise<boolean> {
  const hasWeb = existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      preCompressed: true,
      // set below per file; the default would be `max-age=0` for everything
      cacheControl: false,
      setHeaders(res, path) {
        res.setHeader('cache-control', path.includes(HASHED) ? IMMUTABLE : REVALIDATE);
        // A shared cache must keep the brotli, gzip and plain answers apart.
        res.setHeader('vary', 'accept-encoding');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // A missing hashed file (a tab still running the previous release) is a 404, not the app's
    // HTML under a script's name, so the page can reload instead of failing on a syntax error.
    if (
      path.startsWith('/api/') ||
      path.startsWith('/assets/') ||
      !hasWeb ||
      request.method !== 'GET'
    ) {
      throw AppError.notFound(`${request.method} ${path}`);
    }
    // Client-side routes of the single-page app.
    return reply.type('text/html').sendFile('index.html');
  });
  return hasWeb;
}
