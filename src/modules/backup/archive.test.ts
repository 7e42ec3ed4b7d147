import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTar, TarWriter } from './archive.ts';
import { FORMAT, FORMAT_VERSION, MANIFEST } from './manifest.ts';
import { checkArchive } from './verify-archive.ts';

const dir = mkdtempSync(join(tmpdir(), 'chuhai-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes an archive with a manifest listing `members` as they are (checksums included). */
async function archive(name: string, members: Record<string, Buffer>): Promise<string> {
  const manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: 'test',
    dialect: 'sqlite',
    createdAt: new Date().toISOString(),
    migrations: [],
    tables: {},
    members: Object.fromEntries(
      Object.entries(members).map(([n, b]) => [
        n,
        { size: b.length, sha256: createHash('sha256').update(b).digest('hex') },
      ]),
    ),
  };
  const path = join(dir, name);
  const tar = await TarWriter.create(path);
  await tar.addBuffer(MANIFEST, Buffer.from(JSON.stringify(manifest)));
  for (const [n, b] of Object.entries(members)) await tar.addBuffer(n, b);
  await tar.finish();
  return path;
}

describe('backup archive', () => {
  it('reads back what it wrote, long and non-ASCII names included', async () => {
    const members = {
      'database.sqlite': Buffer.alloc(3000, 1),
      [`uploads/${'客户'.repeat(40)}.csv`]: Buffer.from('名称\n'),
      'uploads/empty.txt': Buffer.alloc(0),
    };
    const path = await archive('ok.tar', members);
    const read: Record<string, Buffer> = {};
    await readTar(path, async (e) => {
      const parts: Buffer[] = [];
      for await (const c of e.chunks()) parts.push(c);
      read[e.name] = Buffer.concat(parts);
    });
    expect(Object.keys(read)).toEqual([MANIFEST, ...Object.keys(members)]);
    for (const [n, b] of Object.entries(members)) expect(read[n]?.equals(b), n).toBe(true);
    const extracted = join(dir, 'out');
    await checkArchive(path, extracted);
    expect(readFileSync(join(extracted, `uploads/${'客户'.repeat(40)}.csv`), 'utf8')).toBe(
      '名称\n',
    );
  });

  it('refuses members outside the data directory, even with matching checksums', async () => {
    for (const name of ['../evil.sh', 'uploads/../../evil.sh', '/etc/evil', 'secret.key']) {
      const path = await archive('evil.tar', { [name]: Buffer.from('x') });
      await expect(checkArchive(path), name).rejects.toThrow(/unexpected member/);
      rmSync(path);
    }
  });

  it('refuses a truncated archive and one that is not a backup', async () => {
    const path = await archive('whole.tar', { 'database.sqlite': Buffer.alloc(5000, 2) });
    const bytes = readFileSync(path);
    writeFileSync(join(dir, 'cut.tar'), bytes.subarray(0, 3000));
    await expect(checkArchive(join(dir, 'cut.tar'))).rejects.toThrow(/truncated/);
    writeFileSync(join(dir, 'text.tar'), 'hello'.repeat(300));
    await expect(checkArchive(join(dir, 'text.tar'))).rejects.toThrow(/damaged/);
  });
});
