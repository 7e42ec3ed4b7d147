import type { CustomFieldType } from './enums.ts';
import type { FieldError } from './errors.ts';

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
      errors.push({ path, message: `unknown custom field "${key}"` });
      continue;
    }
    if (value === null || value === '') {
      out[key] = null;
      continue;
    }
    const problem = checkValue(def, value);
    if (problem) errors.push({ path, message: problem });
    else out[key] = value as string | number;
  }
  return { values: out, errors };
}

function checkValue(def: FieldDefinition, value: unknown): string | null {
  switch (def.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 2000
        ? null
        : 'must be text of at most 2000 characters';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : 'must be a date as YYYY-MM-DD';
    case 'select':
      return typeof value === 'string' && def.options.includes(value)
        ? null
        : `must be one of: ${def.options.join(', ')}`;
  }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}
