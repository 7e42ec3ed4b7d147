import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app/http-app.ts';
import { ensureWebBuilt } from '../server/web-build.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import type { App } from './types.ts';

// The web app was one 2.1 MB script sent uncompressed with `max-age=0`: every visit downloaded
// it again. It is now split by page and vendor, compressed once at build, and cached by name.
describe('serving the built web app', () => {
  let database: TestDatabase;
  let app: App;
  let dist: string;
  let entry: string;

  beforeAll(async () => {
    dist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    app = await buildApp({
      db: database.db,
      secret: 'assets-secret-assets-secret-assets',
      webDist: dist,
    });
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1] ?? '';
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const get = (url: string, encoding?: string) =>
    app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('keeps the entry script small: pages and libraries load as separate files', () => {
    expect(entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    expect(statSync(join(dist, entry)).size).toBeLessThan(600_000);
  });

  it('sends brotli or gzip to browsers that accept them, the plain file to others', async () => {
    const plain = await get(entry);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();

    const br = await get(entry, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);

    const gz = await get(entry, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
  });

  it('caches hashed assets for a year and makes the browser revalidate index.html', async () => {
    expect((await get(entry, 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(entry)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/customers/some-id']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('answers a missing hashed file with 404, not with the app page', async () => {
    const res = await get('/assets/index-gone1234.js');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toMatch(/html/);
  });
});
