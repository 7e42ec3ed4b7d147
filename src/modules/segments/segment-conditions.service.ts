import type { Expression, SqlBool } from 'kysely';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { FieldError } from '../../domain/field-errors.ts';
import { validateFilter, type SegmentFilter } from '../../domain/segments/segment-filter.ts';
import { customFieldDefinitions } from '../custom-fields/custom-fields.service.ts';
import { segmentsRepository } from './segments.repository.ts';
import { minorDigits } from '../../domain/value/money.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { segmentCondition, type CompileContext } from './segment-sql.repository.ts';

/** What compiling a filter needs to know about the workspace. */
export async function compileContext(
  db: Executor,
  workspaceId: string,
  now = new Date(),
): Promise<CompileContext> {
  const custom = await customFieldDefinitions(db, workspaceId);
  const ws = await workspaces.find(db, workspaceId);
  const moneyScale = 10 ** minorDigits(ws?.reporting_currency ?? 'USD');
  return { postgres: isPostgres(db), workspaceId, custom, now, moneyScale };
}

/**
 * The saved segments' filters as conditions over `customers`, for other modules' queries (cadence
 * policies that target a segment). A stored filter that no longer validates — its custom field was
 * deleted — matches no one.
 */
export async function segmentConditions(
  db: Executor,
  workspaceId: string,
  ids: string[],
  now = new Date(),
): Promise<Map<string, Expression<SqlBool>>> {
  const out = new Map<string, Expression<SqlBool>>();
  if (ids.length === 0) return out;
  const ctx = await compileContext(db, workspaceId, now);
  for (const id of new Set(ids)) {
    const row = await segmentsRepository.find(db, workspaceId, id);
    const { filter } = row ? validateFilter(JSON.parse(row.filter), ctx.custom) : { filter: null };
    if (filter) out.set(id, segmentCondition(filter, ctx));
  }
  return out;
}

/** A saved segment by id, for modules that point at one (cadence policies). */
export const findSegment = (db: Executor, workspaceId: string, id: string) =>
  segmentsRepository.find(db, workspaceId, id);

/**
 * A filter document (a rule's condition) checked and compiled for the workspace: the condition,
 * or the field errors at `path`.
 */
export async function compileFilter(
  db: Executor,
  workspaceId: string,
  input: unknown,
  path = '/filter',
): Promise<{ filter: SegmentFilter; condition: Expression<SqlBool> } | { errors: FieldError[] }> {
  const ctx = await compileContext(db, workspaceId);
  const { filter, errors } = validateFilter(input, ctx.custom, path);
  return filter ? { filter, condition: segmentCondition(filter, ctx) } : { errors };
}
