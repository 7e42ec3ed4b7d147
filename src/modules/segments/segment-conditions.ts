import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { validateFilter } from '../../domain/segments/segment-filter.ts';
import { customFieldsRepository } from '../custom-fields/custom-fields.repository.ts';
import { segmentsRepository } from './segments.repository.ts';
import { segmentWhere } from './segments.sql.ts';

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
  const custom = await customFieldsRepository.definitions(db, workspaceId);
  const eb = expressionBuilder<DB, 'customers'>();
  const ctx = { postgres: isPostgres(db), workspaceId, custom, now };
  for (const id of new Set(ids)) {
    const row = await segmentsRepository.find(db, workspaceId, id);
    const { filter } = row ? validateFilter(JSON.parse(row.filter), custom) : { filter: null };
    if (filter) out.set(id, segmentWhere(eb, filter, ctx));
  }
  return out;
}
