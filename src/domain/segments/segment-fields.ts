import type { FieldDefinition } from '../custom-fields.ts';

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
export const OPERATORS: Record<ValueKind, Operator[]> = {
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
  /** a lead's or prospect's, kept by insight (null for other stages) */
  leadScore: { kind: 'number', column: 'lead_score' },
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

export function isGroup(x: FilterCondition | FilterGroup): x is FilterGroup {
  return typeof x === 'object' && x !== null && 'conditions' in x;
}
