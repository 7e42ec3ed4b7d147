import { open, type FileHandle } from 'node:fs/promises';

// A minimal POSIX tar (ustar, with pax headers for long names and huge sizes): the backup is one
// file any `tar -tf` can list, with no archive dependency. Only regular files are written/read.

const BLOCK = 512;
const CHUNK = 1 << 20;
const MAX_OCTAL_SIZE = 0o77777777777;

export class TarWriter {
  private position = 0;
  private constructor(private readonly fh: FileHandle) {}

  static async create(path: string): Promise<TarWriter> {
    return new TarWriter(await open(path, 'wx'));
  }

  async addBuffer(name: string, data: Buffer): Promise<void> {
    await this.header(name, data.length);
    await this.write(data);
    await this.pad(data.length);
  }

  /** Appends a file's bytes; `size` is what was hashed, and the file must still have it. */
  async addFile(name: string, path: string, size: number): Promise<void> {
    await this.header(name, size);
    const src = await open(path, 'r');
    try {
      const buf = Buffer.alloc(CHUNK);
      let done = 0;
      while (done < size) {
        const { bytesRead } = await src.read(buf, 0, Math.min(CHUNK, size - done), done);
        if (bytesRead === 0) throw new Error(`${path} shrank while it was archived`);
        await this.write(buf.subarray(0, bytesRead));
        done += bytesRead;
      }
    } finally {
      await src.close();
    }
    await this.pad(size);
  }

  /** Writes the end-of-archive blocks and flushes to disk. */
  async finish(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2));
    await this.fh.sync();
    await this.fh.close();
  }

  async abort(): Promise<void> {
    await this.fh.close().catch(() => {});
  }

  private async header(name: string, size: number): Promise<void> {
    const nameBytes = Buffer.byteLength(name);
    if (nameBytes > 100 || size > MAX_OCTAL_SIZE || /[^\x20-\x7e]/.test(name)) {
      const body = Buffer.from(paxRecord('path', name) + paxRecord('size', String(size)));
      await this.write(ustarHeader('PaxHeader', body.length, 'x'));
      await this.write(body);
      await this.pad(body.length);
    }
    await this.write(ustarHeader(name, size, '0'));
  }

  private async write(data: Buffer): Promise<void> {
    await this.fh.write(data, 0, data.length, this.position);
    this.position += data.length;
  }

  private async pad(size: number): Promise<void> {
    const rest = size % BLOCK;
    if (rest) await this.write(Buffer.alloc(BLOCK - rest));
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** the member's bytes, read on demand; an entry not read is skipped */
  chunks(): AsyncIterable<Buffer>;
}

/** Calls `onEntry` for every regular file in the archive, in order. */
export async function readTar(
  path: string,
  onEntry: (e: TarEntry) => Promise<void>,
): Promise<void> {
  const fh = await open(path, 'r');
  try {
    const total = (await fh.stat()).size;
    let pos = 0;
    let pax: Record<string, string> = {};
    const block = Buffer.alloc(BLOCK);
    for (;;) {
      if (pos + BLOCK > total) throw new Error('the archive is truncated');
      await fh.read(block, 0, BLOCK, pos);
      if (block.every((b) => b === 0)) return;
      if (!checksumOk(block)) throw new Error('the archive is damaged (bad tar header)');
      const type = String.fromCharCode(block[156] ?? 0);
      const size = Number(pax.size ?? parseInt(field(block, 124, 12) || '0', 8));
      const prefix = field(block, 345, 155);
      const name = pax.path ?? (prefix ? `${prefix}/` : '') + field(block, 0, 100);
      const start = pos + BLOCK;
      if (start + size > total) throw new Error('the archive is truncated');
      pos = start + Math.ceil(size / BLOCK) * BLOCK;
      if (type === 'x') {
        pax = parsePax(await readAll(fh, start, size));
        continue;
      }
      pax = {};
      if (type !== '0' && type !== '\0') continue;
      await onEntry({ name, size, chunks: () => readRange(fh, start, size) });
    }
  } finally {
    await fh.close();
  }
}

async function* readRange(fh: FileHandle, start: number, size: number): AsyncIterable<Buffer> {
  let done = 0;
  while (done < size) {
    const buf = Buffer.alloc(Math.min(CHUNK, size - done));
    const { bytesRead } = await fh.read(buf, 0, buf.length, start + done);
    if (!bytesRead) throw new Error('the archive is truncated');
    done += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}

async function readAll(fh: FileHandle, start: number, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of readRange(fh, start, size)) parts.push(c);
  return Buffer.concat(parts);
}

function ustarHeader(name: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name.slice(0, 100), 0, 100, 'utf8');
  h.write('0000644\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(octal(Math.min(size, MAX_OCTAL_SIZE), 11), 124, 'ascii');
  h.write(octal(Math.floor(Date.now() / 1000), 11), 136, 'ascii');
  h.write(type, 156, 'ascii');
  h.write('ustar\u000000', 257, 'ascii');
  h.write('        ', 148, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 6) + ' ', 148, 'ascii');
  return h;
}

function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] ?? 0);
  return sum === parseInt(field(h, 148, 8), 8);
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width, '0') + '\0';
}

function field(h: Buffer, at: number, len: number): string {
  const raw = h.subarray(at, at + len);
  const end = raw.indexOf(0);
  return raw
    .subarray(0, end < 0 ? len : end)
    .toString('utf8')
    .trim();
}

/** A pax record is "<length> key=value\n" where the length counts itself. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(rest) + 1;
  while (String(len).length + Buffer.byteLength(rest) !== len) len++;
  return `${len}${rest}`;
}

function parsePax(buf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < buf.length) {
    const space = buf.indexOf(0x20, i);
    const len = parseInt(buf.subarray(i, space).toString('ascii'), 10);
    if (!(len > 0) || space < 0) break;
    const record = buf.subarray(space + 1, i + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    out[record.slice(0, eq)] = record.slice(eq + 1);
    i += len;
  }
  return out;
}
