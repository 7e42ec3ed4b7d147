import type { CustomFieldType } from './enums.ts';
import { fieldError, type FieldError } from './field-errors.ts';

export interface FieldDefinition {
  key: string;
  type: CustomFieldType;
  options: string[];
}

export type CustomValues = Record<string, string | number | null>;

/** Checks values against the workspace's definitions; unknown keys and wrong types are errors. */
export function validateCustomValues(
  values: Record<string, unknown>,
  definitions: FieldDefinition[],
  pathPrefix = '/customFields',
): { values: CustomValues; errors: FieldError[] } {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const errors: FieldError[] = [];
  const out: CustomValues = {};
  for (const [key, value] of Object.entries(values)) {
    const path = `${pathPrefix}/${key}`;
    const def = byKey.get(key);
    if (!def) {
      errors.push(fieldError(path, 'unknown_custom_field', { key }));
      continue;
    }
    if (value === null || value === '') {
      out[key] = null;
      continue;
    }
    const problem = checkValue(def, value, path);
    if (problem) errors.push(problem);
    else out[key] = value as string | number;
  }
  return { values: out, errors };
}

function checkValue(def: FieldDefinition, value: unknown, path: string): FieldError | null {
  switch (def.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 2000
        ? null
        : fieldError(path, 'text_length', { min: 1, max: 2000 });
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : fieldError(path, 'number');
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? null
        : fieldError(path, 'invalid_date');
    case 'select':
      return typeof value === 'string' && def.options.includes(value)
        ? null
        : fieldError(path, 'one_of', { values: def.options });
  }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}
