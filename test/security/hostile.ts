import fc from 'fast-check';

/** A JSON schema as the OpenAPI document gives it (only what the generator reads). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  format?: string;
  $ref?: string;
}

/** Values a careless or hostile client sends where a field is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'Infinity',
    '-Infinity',
    '1e999',
    '-1e999',
    'NaN',
    '',
    ' ',
    null,
    true,
    false,
    0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 63,
    0.5,
    '0x10',
    '__proto__',
    'constructor',
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
    { constructor: { prototype: { polluted: true } } },
    [],
    [[[[[[[[[[[]]]]]]]]]]],
    {},
    '=HYPERLINK("http://evil.example")',
    "'; drop table customers; --",
    '<script>alert(1)</script>',
    '\u0000',
    '\u202e\u0645\u0631\u062d\u0628\u0627',
    '😀'.repeat(300),
    'x'.repeat(100_000),
    '2026-02-30',
    '9999-99-99T99:99:99Z',
    '../../../../etc/passwd',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  if (!schema.$ref) return schema;
  return components[schema.$ref.split('/').pop() ?? ''] ?? {};
}

/** A plausible value for a schema: the generator's starting point before one field turns hostile. */
export function plausible(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return fc.oneof(...union.map((u) => plausible(u, components, depth)));
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(plausible(s.items ?? {}, components, depth + 1), { maxLength: 3 });
    case 'object': {
      if (depth > 3 || !s.properties) return fc.constant({});
      const keys = Object.keys(s.properties);
      return fc.record(
        Object.fromEntries(
          keys.map((k) => [k, plausible(s.properties![k]!, components, depth + 1)]),
        ),
        { requiredKeys: s.required?.filter((k) => keys.includes(k)) ?? [] },
      );
    }
    case 'string':
      if (s.format === 'date-time') return fc.constant(new Date().toISOString());
      if (s.format === 'email') return fc.constant('someone@example.com');
      return fc.string({ maxLength: Math.min(s.maxLength ?? 30, 30) });
    case undefined:
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A body for a schema with one property (or the whole body) replaced by a hostile value. */
export function hostileBody(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const keys = Object.keys(s.properties ?? {});
  const whole = fc.oneof(hostileValue, fc.jsonValue({ maxDepth: 4 }));
  if (!keys.length) return whole;
  const mutated = fc
    .tuple(plausible(s, components), fc.constantFrom(...keys, '__proto__', 'extra'), hostileValue)
    .map(([base, key, value]) => ({ ...(base as object), [key]: value }));
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: whole, weight: 1 });
}

/** A query string for an operation's parameters, each plausible or hostile. */
export function hostileQuery(params: { name: string; schema?: JsonSchema }[]) {
  const value = fc.oneof(
    fc.constantFrom('Infinity', '1e999', '-1', 'NaN', '', 'null', 'true', '%00', 'x'.repeat(5000)),
    fc.string({ maxLength: 20 }),
    fc.integer().map(String),
  );
  return fc
    .subarray(params.map((p) => p.name))
    .chain((names) => fc.tuple(...names.map((n) => value.map((v) => [n, v] as const))))
    .map((pairs) =>
      new URLSearchParams(pairs.map(([k, v]): [string, string] => [k, v])).toString(),
    );
}
