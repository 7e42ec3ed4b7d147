import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { DialectName } from '../../db/database.ts';
import type { TableStats } from './backup.repository.ts';

export const MANIFEST = 'manifest.json';
export const FORMAT = 'chuhai-backup';
export const FORMAT_VERSION = 1;

/** What a backup holds; the archive's first member. */
export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  appVersion: string;
  dialect: DialectName;
  createdAt: string;
  /** migrations the backed-up database had applied */
  migrations: string[];
  /** per table: rows and fingerprint, read from the same snapshot as the database member */
  tables: Record<string, TableStats>;
  /** every other member of the archive: size and sha256 */
  members: Record<string, { size: number; sha256: string }>;
}

/** The database member's name for each dialect. */
export function databaseMember(dialect: DialectName): string {
  return dialect === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Member names an archive may hold: no absolute paths, no `..`, uploads only under `uploads/`. */
export function safeMemberName(name: string, dialect: DialectName): boolean {
  if (name === MANIFEST || name === databaseMember(dialect)) return true;
  const parts = name.split('/');
  return (
    parts[0] === 'uploads' &&
    parts.length > 1 &&
    parts.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\\'))
  );
}

export function parseManifest(text: string): Manifest {
  const m = JSON.parse(text) as Partial<Manifest>;
  if (m.format !== FORMAT) throw new Error('this file is not a Chuhai backup (no manifest)');
  if (m.formatVersion !== FORMAT_VERSION)
    throw new Error(
      `backup format ${String(m.formatVersion)} is not supported (this Chuhai reads ${FORMAT_VERSION})`,
    );
  if ((m.dialect !== 'sqlite' && m.dialect !== 'postgres') || !m.tables || !m.members)
    throw new Error('the backup manifest is incomplete');
  return m as Manifest;
}

/** Tables whose rows or fingerprint differ from the manifest's, as readable lines. */
export function statsMismatches(
  expected: Record<string, TableStats>,
  actual: Record<string, TableStats>,
): string[] {
  const out: string[] = [];
  for (const [table, want] of Object.entries(expected)) {
    const got = actual[table];
    if (!got) out.push(`${table}: missing`);
    else if (got.rows !== want.rows) out.push(`${table}: ${got.rows} rows, expected ${want.rows}`);
    else if (got.checksum !== want.checksum) out.push(`${table}: rows differ in content`);
  }
  for (const table of Object.keys(actual))
    if (!expected[table]) out.push(`${table}: not in the backup`);
  return out;
}
