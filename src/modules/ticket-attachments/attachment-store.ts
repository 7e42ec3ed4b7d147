import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A stored name: 128 random bits in hex, nothing of the uploader's name or the ticket. */
const KEY = /^[0-9a-f]{32}$/;

/**
 * The folder attachments live in (the data directory's `attachments`, or CHUHAI_ATTACHMENTS_DIR).
 * Files are named by random keys only, so nothing a user sends becomes part of a path.
 */
export class AttachmentStore {
  constructor(readonly dir: string) {}

  /** A fresh key, its folder made on first use (tools that never store a file make none). */
  newKey(): string {
    mkdirSync(this.dir, { recursive: true });
    return randomBytes(16).toString('hex');
  }

  path(key: string): string {
    if (!KEY.test(key)) throw new Error('not an attachment key');
    return join(this.dir, key);
  }

  open(key: string) {
    return createReadStream(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  /**
   * Deletes files no row names (their ticket, comment or attachment was deleted), leaving those
   * younger than `graceMs`: an upload being written has no row yet. Answers how many went.
   */
  async sweep(known: (keys: string[]) => Promise<Set<string>>, graceMs = 3_600_000) {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => KEY.test(n));
    let removed = 0;
    for (let i = 0; i < names.length; i += 500) {
      const part = names.slice(i, i + 500);
      const kept = await known(part);
      for (const name of part) {
        if (kept.has(name)) continue;
        const info = await stat(join(this.dir, name)).catch(() => null);
        if (!info || Date.now() - info.mtimeMs < graceMs) continue;
        await this.remove(name);
        removed++;
      }
    }
    return removed;
  }
}
