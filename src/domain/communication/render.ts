import { IntlMessageFormat } from 'intl-messageformat';
import { MERGE_FIELD_NAMES, mergeField } from './merge-fields.ts';

export type TemplateProblemCode =
  'template_icu_syntax' | 'template_merge_field_unknown' | 'template_merge_value_missing';

/** A problem with one part of one variant: `path` is `/variants/<tag>/subject|body`. */
export interface TemplateProblem {
  path: string;
  code: TemplateProblemCode;
  params: Record<string, string | number>;
}

export type MergeValues = Record<string, string | number | undefined | null>;

interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

// intl-messageformat's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]);

function argumentsOf(nodes: AstNode[], out: Set<string>): Set<string> {
  for (const n of nodes) {
    if (ARGUMENT_TYPES.has(n.type) && typeof n.value === 'string') out.add(n.value);
    for (const o of Object.values(n.options ?? {})) argumentsOf(o.value, out);
    if (n.children) argumentsOf(n.children, out);
  }
  return out;
}

/**
 * The arguments a render with these values reads: a `select` follows only the branch its value
 * picks (a female contact's salutation does not need what the `other` branch names).
 */
function argumentsReached(nodes: AstNode[], values: MergeValues, out: Set<string>): Set<string> {
  for (const n of nodes) {
    if (ARGUMENT_TYPES.has(n.type) && typeof n.value === 'string') out.add(n.value);
    const options = n.options ?? {};
    if (n.type === 5 && typeof n.value === 'string') {
      const picked = options[String(values[n.value])] ?? options.other;
      if (picked) argumentsReached(picked.value, values, out);
    } else for (const o of Object.values(options)) argumentsReached(o.value, values, out);
    if (n.children) argumentsReached(n.children, values, out);
  }
  return out;
}

/** Parses one message: its AST's argument names, or the syntax error with line and column. */
export function parseMessage(
  message: string,
  locale: string,
  path: string,
): { format: IntlMessageFormat; fields: string[] } | TemplateProblem {
  try {
    const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    const fields = [...argumentsOf(format.getAst(), new Set())];
    return { format, fields };
  } catch (e) {
    const err = e as Error & { location?: { start: { line: number; column: number } } };
    return {
      path,
      code: 'template_icu_syntax',
      params: {
        error: err.message,
        line: err.location?.start.line ?? 1,
        column: err.location?.start.column ?? 1,
      },
    };
  }
}

/** Problems a variant's text has on its own: ICU syntax and merge fields that do not exist. */
export function checkMessage(message: string, locale: string, path: string): TemplateProblem[] {
  const parsed = parseMessage(message, locale, path);
  if ('code' in parsed) return [parsed];
  return parsed.fields
    .filter((name) => !MERGE_FIELD_NAMES.has(name))
    .map((field) => ({ path, code: 'template_merge_field_unknown' as const, params: { field } }));
}

/**
 * Renders one message for a recipient. Every merge field it names must have a value: a missing
 * one is a problem naming the field and the record path it comes from, never an empty gap.
 */
export function renderMessage(
  message: string,
  locale: string,
  values: MergeValues,
  path: string,
): { text: string } | { problems: TemplateProblem[] } {
  const parsed = parseMessage(message, locale, path);
  if ('code' in parsed) return { problems: [parsed] };
  const problems: TemplateProblem[] = [];
  const reached = argumentsReached(parsed.format.getAst(), values, new Set());
  for (const name of reached) {
    const field = mergeField(name);
    if (!field)
      problems.push({ path, code: 'template_merge_field_unknown', params: { field: name } });
    else if (values[name] === undefined || values[name] === null || values[name] === '')
      problems.push({
        path,
        code: 'template_merge_value_missing',
        params: { field: name, source: field.path },
      });
  }
  if (problems.length) return { problems };
  const text = parsed.format.format(values);
  return { text: Array.isArray(text) ? text.join('') : String(text) };
}
