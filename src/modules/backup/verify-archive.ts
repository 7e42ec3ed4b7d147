import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { readTar, type TarEntry } from './archive.ts';
import { MANIFEST, parseManifest, safeMemberName, type Manifest } from './manifest.ts';

/** The archive is damaged, altered or not a backup; nothing was changed. */
export class ArchiveError extends Error {}

/**
 * Reads a backup archive, checking every member's size and sha256 against the manifest (its
 * first member). With `extractTo`, members are also written under that folder; without it,
 * nothing is written — restore calls this first so a bad archive touches nothing.
 */
export async function checkArchive(file: string, extractTo?: string): Promise<Manifest> {
  let manifest: Manifest | null = null;
  const seen = new Set<string>();
  try {
    await readTar(file, async (entry) => {
      if (!manifest) {
        if (entry.name !== MANIFEST) throw new ArchiveError('it does not start with a manifest');
        manifest = parseManifest((await readAll(entry)).toString('utf8'));
        return;
      }
      const want = manifest.members[entry.name];
      if (!want || seen.has(entry.name) || !safeMemberName(entry.name, manifest.dialect))
        throw new ArchiveError(`unexpected member ${JSON.stringify(entry.name)}`);
      seen.add(entry.name);
      const sha256 = await hashMember(entry, extractTo && join(extractTo, entry.name));
      if (entry.size !== want.size || sha256 !== want.sha256)
        throw new ArchiveError(`${entry.name} does not match its checksum in the manifest`);
    });
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError((err as Error).message);
  }
  const m = manifest as Manifest | null;
  if (!m) throw new ArchiveError('it is empty');
  const missing = Object.keys(m.members).filter((name) => !seen.has(name));
  if (missing.length) throw new ArchiveError(`members are missing: ${missing.join(', ')}`);
  return m;
}

async function hashMember(entry: TarEntry, dest: string | undefined): Promise<string> {
  const hash = createHash('sha256');
  if (dest) await mkdir(dirname(dest), { recursive: true });
  const out = dest ? createWriteStream(dest, { flags: 'wx' }) : null;
  for await (const chunk of entry.chunks()) {
    hash.update(chunk);
    if (out && !out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  if (out) {
    out.end();
    await finished(out);
  }
  return hash.digest('hex');
}

async function readAll(entry: TarEntry): Promise<Buffer> {
  if (entry.size > 64 << 20) throw new ArchiveError('its manifest is implausibly large');
  const parts: Buffer[] = [];
  for await (const c of entry.chunks()) parts.push(c);
  return Buffer.concat(parts);
}
