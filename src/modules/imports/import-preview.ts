import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  guessMapping,
  IMPORT_ENTITIES,
  targetsOf,
  type ImportEntity,
} from '../../domain/import/column-mapping.ts';
import { isOneOf } from '../../domain/enums.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { importsRepository } from './imports.repository.ts';
import { readSheet, sniff } from './import-reader.ts';

export function checkEntity(entity: string): asserts entity is ImportEntity {
  if (!isOneOf(IMPORT_ENTITIES, entity))
    throw AppError.validation([fieldError('/entity', 'one_of', { values: IMPORT_ENTITIES })]);
}

/** Headers, the mapping to start from (saved for the source, else guessed) and a few rows. */
export async function previewImport(
  db: Kysely<DB>,
  scope: Scope,
  filePath: string,
  entity: string,
  source: string | null,
) {
  checkEntity(entity);
  const info = await sniff(filePath);
  let headers: string[] | null = null;
  const sample: string[][] = [];
  for await (const row of readSheet(filePath, info)) {
    if (!headers) headers = row.cells.map((h) => h.trim());
    else sample.push(row.cells);
    if (sample.length >= 5) break;
  }
  if (!headers) throw AppError.validation([fieldError('/file', 'file_empty')]);
  const saved = source
    ? await importsRepository.savedMapping(db, scope.workspaceId, entity, source)
    : null;
  const guessed = guessMapping(headers, entity);
  const mapping = saved
    ? Object.fromEntries(
        headers.map((h) => [h, h in saved ? (saved[h] ?? null) : (guessed[h] ?? null)]),
      )
    : guessed;
  return {
    format: info.format,
    encoding: info.encoding,
    delimiter: info.delimiter,
    headers,
    mapping,
    mappingFrom: saved ? ('saved' as const) : ('guessed' as const),
    /** what a column can be mapped to */
    targets: [...targetsOf(entity)],
    sample,
  };
}
