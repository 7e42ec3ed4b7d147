import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources, so `npm start` is one step. */
export async function ensureWebBuilt(log: (line: string) => void): Promise<string> {
  const webRoot = resolve('web');
  const dist = join(webRoot, 'dist');
  const index = join(dist, 'index.html');
  // The build's own configuration counts too: a change to chunking or compression is a new build.
  const inputs = Math.max(
    newestMtime(join(webRoot, 'src')),
    ...['index.html', 'vite.config.ts', 'precompress.ts']
      .map((f) => join(webRoot, f))
      .filter((f) => existsSync(f))
      .map((f) => statSync(f).mtimeMs),
  );
  const stale = !existsSync(index) || inputs > statSync(index).mtimeMs;
  if (stale && existsSync(join(webRoot, 'vite.config.ts'))) {
    log('Building the web app (first start or sources changed)…');
    const { build } = await import('vite');
    await build({ configFile: join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
  }
  return dist;
}
