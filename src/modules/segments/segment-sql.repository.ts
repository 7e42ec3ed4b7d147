import {
  expressionBuilder,
  sql,
  type Expression,
  type ExpressionBuilder,
  type RawBuilder,
  type SqlBool,
} from 'kysely';
import type { DB } from '../../db/schema.ts';
import { customFieldValue } from '../../db/json-field.ts';
import {
  isGroup,
  resolveField,
  type FilterCondition,
  type FilterGroup,
  type SegmentFilter,
} from '../../domain/segments/segment-filter.ts';
import type { FieldDefinition } from '../../domain/custom-fields.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';

type EB = ExpressionBuilder<DB, 'customers'>;

export interface CompileContext {
  postgres: boolean;
  workspaceId: string;
  custom: FieldDefinition[];
  now: Date;
  /** minor units per major unit of the reporting currency (100 for USD, 1 for JPY) */
  moneyScale: number;
}

const TRUE = sql<SqlBool>`1 = 1`;
const FALSE = sql<SqlBool>`1 = 0`;

/**
 * A validated segment filter as a WHERE expression over `customers`, the same on SQLite and
 * PostgreSQL: values are bound parameters, and the two differ only in reading custom fields.
 */
/** The filter as a standalone condition over `customers`, for other modules' queries. */
export function segmentCondition(filter: SegmentFilter, ctx: CompileContext): Expression<SqlBool> {
  return group(expressionBuilder<DB, 'customers'>(), filter, ctx);
}

export function segmentWhere(
  eb: EB,
  filter: SegmentFilter,
  ctx: CompileContext,
): Expression<SqlBool> {
  return group(eb, filter, ctx);
}

function group(eb: EB, g: FilterGroup, ctx: CompileContext): Expression<SqlBool> {
  const parts = g.conditions.map((c) => (isGroup(c) ? group(eb, c, ctx) : condition(eb, c, ctx)));
  // An empty "all" matches everyone, an empty "any" no one, as in logic.
  if (parts.length === 0) return g.match === 'all' ? TRUE : FALSE;
  return g.match === 'all' ? eb.and(parts) : eb.or(parts);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function condition(eb: EB, c: FilterCondition, ctx: CompileContext): Expression<SqlBool> {
  const f = resolveField(c.field, ctx.custom);
  if (!f) return FALSE;
  if (f.kind === 'tags') return tags(eb, c, ctx);
  const col: RawBuilder<unknown> = f.customKey
    ? customFieldValue(f.customKey, f.kind === 'number', ctx.postgres)
    : sql.ref(`customers.${f.column}`);
  // Money is filtered in major units ("revenue over 50,000") and stored in minor units.
  const v = f.money ? scaleMoney(c.value, ctx.moneyScale) : c.value;
  const lower = (x: unknown) => sql`lower(${x})`;
  const text = f.kind === 'text';
  switch (c.op) {
    case 'is_empty':
      return text || f.customKey
        ? sql<SqlBool>`(${col} is null or ${col} = '')`
        : sql<SqlBool>`${col} is null`;
    case 'is_not_empty':
      return text || f.customKey
        ? sql<SqlBool>`(${col} is not null and ${col} <> '')`
        : sql<SqlBool>`${col} is not null`;
    case 'is':
      return text
        ? sql<SqlBool>`${lower(col)} = ${lower(sql.val(v))}`
        : sql<SqlBool>`${col} = ${sql.val(v)}`;
    case 'is_not':
      // "industry is not Mining" includes customers whose industry is unknown.
      return text
        ? sql<SqlBool>`(${col} is null or ${lower(col)} <> ${lower(sql.val(v))})`
        : sql<SqlBool>`(${col} is null or ${col} <> ${sql.val(v)})`;
    case 'in':
    case 'not_in': {
      const values = (v as string[]).map((x) => (text ? x.toLowerCase() : x));
      const list = sql.join(values.map((x) => sql.val(x)));
      const target = text ? lower(col) : col;
      return c.op === 'in'
        ? sql<SqlBool>`${target} in (${list})`
        : sql<SqlBool>`(${col} is null or ${target} not in (${list}))`;
    }
    case 'contains':
      return sql<SqlBool>`${lower(col)} like ${`%${escapeLike(String(v).toLowerCase())}%`} escape '\\'`;
    case 'gt':
      return sql<SqlBool>`${col} > ${sql.val(v)}`;
    case 'gte':
      return sql<SqlBool>`${col} >= ${sql.val(v)}`;
    case 'lt':
      return sql<SqlBool>`${col} < ${sql.val(v)}`;
    case 'lte':
      return sql<SqlBool>`${col} <= ${sql.val(v)}`;
    case 'between': {
      const [lo, hi] = v as [unknown, unknown];
      // Instants are ISO strings: "between two dates" includes the whole last day.
      const upper = f.kind === 'instant' ? addDays(hi as string, 1) : hi;
      return f.kind === 'instant'
        ? sql<SqlBool>`(${col} >= ${sql.val(lo)} and ${col} < ${sql.val(upper)})`
        : sql<SqlBool>`(${col} >= ${sql.val(lo)} and ${col} <= ${sql.val(upper)})`;
    }
    case 'before':
      return sql<SqlBool>`${col} < ${sql.val(v)}`;
    case 'after':
      return f.kind === 'instant'
        ? sql<SqlBool>`${col} >= ${sql.val(addDays(v as string, 1))}`
        : sql<SqlBool>`${col} > ${sql.val(v)}`;
    case 'within_days':
      return sql<SqlBool>`${col} >= ${sql.val(daysAgo(ctx.now, v as number))}`;
    case 'older_than_days':
      // "No touch for 90 days" includes customers never touched at all.
      return sql<SqlBool>`(${col} is null or ${col} < ${sql.val(daysAgo(ctx.now, v as number))})`;
    case 'has_any':
    case 'has_all':
    case 'has_none':
      return FALSE;
  }
}

function scaleMoney(value: unknown, scale: number): unknown {
  if (Array.isArray(value)) return value.map((x) => scaleMoney(x, scale));
  return typeof value === 'number' ? Math.round(value * scale) : value;
}

function daysAgo(now: Date, days: number): string {
  return shiftInstant(now, -days).toISOString();
}

function tags(eb: EB, c: FilterCondition, ctx: CompileContext): Expression<SqlBool> {
  const values = c.value as string[];
  const tagged = eb
    .selectFrom('customer_tags')
    .select('customer_tags.customer_id')
    .where('customer_tags.workspace_id', '=', ctx.workspaceId)
    .where('customer_tags.tag', 'in', values);
  if (c.op === 'has_all')
    return eb(
      'customers.id',
      'in',
      tagged
        .groupBy('customer_tags.customer_id')
        .having((h) => h.fn.count('customer_tags.tag').distinct(), '=', values.length),
    );
  return eb('customers.id', c.op === 'has_none' ? 'not in' : 'in', tagged);
}
