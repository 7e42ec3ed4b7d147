import { fieldError, type FieldError } from '../field-errors.ts';
import { isCountryCode } from '../countries.ts';
import { isIsoDate, type FieldDefinition } from '../custom-fields.ts';

/**
 * A saved segment's filter: AND/OR groups of conditions on customer fields, stored as JSON.
 * Validated here (pure); compiled to SQL for both databases in the segments module.
 */
export type SegmentFilter = FilterGroup;

export interface FilterGroup {
  match: 'all' | 'any';
  conditions: (FilterCondition | FilterGroup)[];
}

export interface FilterCondition {
  /** a built-in field, or `custom.<key>` for a custom field */
  field: string;
  op: Operator;
  value?: unknown;
}

export type Operator =
  | 'is'
  | 'is_not'
  | 'in'
  | 'not_in'
  | 'contains'
  | 'is_empty'
  | 'is_not_empty'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'between'
  | 'before'
  | 'after'
  | 'within_days'
  | 'older_than_days'
  | 'has_any'
  | 'has_all'
  | 'has_none';

export type ValueKind = 'text' | 'code' | 'number' | 'date' | 'instant' | 'tags';

/** Which operators each kind of field takes. */
const OPERATORS: Record<ValueKind, Operator[]> = {
  text: ['is', 'is_not', 'in', 'not_in', 'contains', 'is_empty', 'is_not_empty'],
  code: ['is', 'is_not', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  number: ['is', 'gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'is_not_empty'],
  date: ['before', 'after', 'between', 'is_empty', 'is_not_empty'],
  instant: ['before', 'after', 'within_days', 'older_than_days', 'is_empty', 'is_not_empty'],
  tags: ['has_any', 'has_all', 'has_none'],
};

export interface BuiltInField {
  kind: ValueKind;
  /** the customers column it reads; tags live in their own table */
  column: string;
  /** allowed values for codes */
  values?: readonly string[];
  /** a money amount kept in minor units of the reporting currency, filtered in major units */
  money?: true;
}

export const BUILT_IN_FIELDS: Record<string, BuiltInField> = {
  country: { kind: 'code', column: 'country' },
  region: { kind: 'text', column: 'region' },
  city: { kind: 'text', column: 'city' },
  industry: { kind: 'text', column: 'industry' },
  size: { kind: 'text', column: 'size' },
  source: { kind: 'text', column: 'source' },
  stage: {
    kind: 'code',
    column: 'stage',
    values: ['lead', 'prospect', 'customer', 'partner', 'churned'],
  },
  tier: { kind: 'code', column: 'tier', values: ['A', 'B', 'C'] },
  ownerId: { kind: 'code', column: 'owner_id' },
  teamId: { kind: 'code', column: 'team_id' },
  healthScore: { kind: 'number', column: 'health_score' },
  lastTouchAt: { kind: 'instant', column: 'last_touch_at' },
  createdAt: { kind: 'instant', column: 'created_at' },
  tags: { kind: 'tags', column: '' },
  rfm: { kind: 'code', column: 'rfm' },
  /** the last order not cancelled, kept on the customer with every order write */
  lastOrderDate: { kind: 'date', column: 'last_order_date' },
  /** revenue over the value classification's period, in the reporting currency */
  revenue: { kind: 'number', column: 'revenue_minor', money: true },
};

export interface CatalogueField {
  field: string;
  kind: ValueKind;
  operators: Operator[];
  /** the allowed values of a code or a select custom field */
  values?: readonly string[];
  money?: true;
  /** a custom field's label; built-in fields are labelled by the client in its language */
  label?: string;
}

/** What a filter can name and how: the built-in fields, then the workspace's custom fields. */
export function fieldCatalogue(custom: (FieldDefinition & { label?: string })[]): CatalogueField[] {
  const builtIn = Object.entries(BUILT_IN_FIELDS).map(([field, f]) => ({
    field,
    kind: f.kind,
    operators: OPERATORS[f.kind],
    ...(f.values ? { values: f.values } : {}),
    ...(f.money ? { money: f.money } : {}),
  }));
  const customs = custom.flatMap((d) => {
    const f = resolveField(`custom.${d.key}`, custom);
    if (!f) return [];
    return [
      {
        field: `custom.${d.key}`,
        kind: f.kind,
        operators: OPERATORS[f.kind],
        ...(d.options.length ? { values: d.options } : {}),
        ...(d.label ? { label: d.label } : {}),
      },
    ];
  });
  return [...builtIn, ...customs];
}

const MAX_DEPTH = 4;
const MAX_CONDITIONS = 50;
const MAX_LIST = 500;

export interface ResolvedField {
  kind: ValueKind;
  column?: string;
  customKey?: string;
  money?: true;
}

/** What a condition's field refers to, or null when it is unknown. */
export function resolveField(field: string, custom: FieldDefinition[]): ResolvedField | null {
  if (field.startsWith('custom.')) {
    const def = custom.find((d) => d.key === field.slice(7));
    if (!def) return null;
    const kind: ValueKind =
      def.type === 'number' ? 'number' : def.type === 'date' ? 'date' : 'text';
    return { kind, customKey: def.key };
  }
  const builtIn = Object.hasOwn(BUILT_IN_FIELDS, field) ? BUILT_IN_FIELDS[field] : undefined;
  return builtIn ? { kind: builtIn.kind, column: builtIn.column, money: builtIn.money } : null;
}

function isGroup(x: FilterCondition | FilterGroup): x is FilterGroup {
  return typeof x === 'object' && x !== null && 'conditions' in x;
}

/**
 * Checks a filter document; each problem names its JSON pointer (`/conditions/1/value`).
 * Returns the filter with values normalised (country codes upper-cased, lists de-duplicated).
 */
export function validateFilter(
  input: unknown,
  custom: FieldDefinition[],
  path = '/filter',
): { filter: SegmentFilter | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let count = 0;

  const group = (g: unknown, at: string, depth: number): FilterGroup | null => {
    if (typeof g !== 'object' || g === null || Array.isArray(g)) {
      errors.push(fieldError(at, 'filter_group'));
      return null;
    }
    const { match, conditions } = g as Record<string, unknown>;
    if (match !== 'all' && match !== 'any')
      errors.push(fieldError(`${at}/match`, 'one_of', { values: ['all', 'any'] }));
    if (!Array.isArray(conditions)) {
      errors.push(fieldError(`${at}/conditions`, 'list'));
      return null;
    }
    if (depth > MAX_DEPTH) {
      errors.push(fieldError(at, 'filter_depth', { limit: MAX_DEPTH }));
      return null;
    }
    const out: FilterGroup = { match: match === 'any' ? 'any' : 'all', conditions: [] };
    conditions.forEach((c: unknown, i) => {
      const p = `${at}/conditions/${i}`;
      if (typeof c === 'object' && c !== null && 'conditions' in c) {
        const sub = group(c, p, depth + 1);
        if (sub) out.conditions.push(sub);
      } else {
        const cond = condition(c, p);
        if (cond) out.conditions.push(cond);
      }
    });
    return out;
  };

  const condition = (c: unknown, at: string): FilterCondition | null => {
    if (++count > MAX_CONDITIONS) {
      if (count === MAX_CONDITIONS + 1)
        errors.push(fieldError(at, 'filter_size', { limit: MAX_CONDITIONS }));
      return null;
    }
    if (typeof c !== 'object' || c === null || Array.isArray(c)) {
      errors.push(fieldError(at, 'filter_condition'));
      return null;
    }
    const { field, op, value } = c as Record<string, unknown>;
    const resolved = typeof field === 'string' ? resolveField(field, custom) : null;
    if (!resolved) {
      errors.push(
        fieldError(`${at}/field`, 'filter_field', {
          field: typeof field === 'string' ? field : '',
          values: [...Object.keys(BUILT_IN_FIELDS), 'custom.<key>'],
        }),
      );
      return null;
    }
    const allowed = OPERATORS[resolved.kind];
    if (typeof op !== 'string' || !allowed.includes(op as Operator)) {
      errors.push(fieldError(`${at}/op`, 'one_of', { values: allowed }));
      return null;
    }
    const checked = checkValue(field as string, resolved, op as Operator, value, `${at}/value`);
    if (checked.code) {
      errors.push(checked);
      return null;
    }
    return { field: field as string, op: op as Operator, ...checked };
  };

  const filter = group(input, path, 1);
  return { filter: errors.length ? null : filter, errors };
}

type Checked = { value?: unknown; code?: undefined } | FieldError;

function checkValue(
  field: string,
  f: ResolvedField,
  op: Operator,
  value: unknown,
  at: string,
): Checked {
  switch (op) {
    case 'is_empty':
    case 'is_not_empty':
      return {};
    case 'in':
    case 'not_in':
    case 'has_any':
    case 'has_all':
    case 'has_none': {
      if (!Array.isArray(value) || value.length === 0 || value.length > MAX_LIST)
        return fieldError(at, 'list_length', { min: 1, max: MAX_LIST });
      const items: string[] = [];
      for (const v of value as unknown[]) {
        const one = scalar(field, f, v, at);
        if (one.code) return one;
        items.push(one.value as string);
      }
      return { value: [...new Set(items)] };
    }
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2) return fieldError(at, 'filter_bounds');
      const lo = scalar(field, f, value[0], at);
      const hi = scalar(field, f, value[1], at);
      if (lo.code) return lo;
      if (hi.code) return hi;
      if ((lo.value as number | string) > (hi.value as number | string))
        return fieldError(at, 'filter_bounds_order');
      return { value: [lo.value, hi.value] };
    }
    case 'within_days':
    case 'older_than_days':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 36_500
        ? { value }
        : fieldError(at, 'filter_days', { min: 0, max: 36_500 });
    case 'before':
    case 'after':
      if (typeof value !== 'string' || !isIsoDate(value)) return fieldError(at, 'invalid_date');
      return { value };
    case 'is':
    case 'is_not':
    case 'contains':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return scalar(field, f, value, at);
  }
}

function scalar(field: string, f: ResolvedField, v: unknown, at: string): Checked {
  switch (f.kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? { value: v } : fieldError(at, 'number');
    case 'date':
      return typeof v === 'string' && isIsoDate(v) ? { value: v } : fieldError(at, 'invalid_date');
    case 'instant':
      return typeof v === 'string' && isIsoDate(v) ? { value: v } : fieldError(at, 'invalid_date');
    case 'code': {
      if (typeof v !== 'string' || v === '') return fieldError(at, 'text');
      if (field === 'country') {
        const code = v.toUpperCase();
        return isCountryCode(code) ? { value: code } : fieldError(at, 'country', { value: v });
      }
      const allowed = BUILT_IN_FIELDS[field]?.values;
      if (allowed && !allowed.includes(v)) return fieldError(at, 'one_of', { values: allowed });
      return { value: v };
    }
    case 'text':
    case 'tags':
      return typeof v === 'string' && v.trim() !== '' && v.length <= 200
        ? { value: v.trim() }
        : fieldError(at, 'text_length', { min: 1, max: 200 });
  }
}

export { isGroup };
