import { fieldError, type FieldError } from '../field-errors.ts';
import { isCountryCode } from '../countries.ts';
import { isIsoDate, type FieldDefinition } from '../custom-fields.ts';
import {
  BUILT_IN_FIELDS,
  OPERATORS,
  resolveField,
  type FilterCondition,
  type FilterGroup,
  type Operator,
  type ResolvedField,
  type SegmentFilter,
} from './segment-fields.ts';

// The filter's types and field catalogue live in segment-fields.ts; importable from here too.
export {
  BUILT_IN_FIELDS,
  fieldCatalogue,
  isGroup,
  resolveField,
  type BuiltInField,
  type CatalogueField,
  type FilterCondition,
  type FilterGroup,
  type Operator,
  type ResolvedField,
  type SegmentFilter,
  type ValueKind,
} from './segment-fields.ts';

const MAX_DEPTH = 4;
const MAX_CONDITIONS = 50;
const MAX_LIST = 500;

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
