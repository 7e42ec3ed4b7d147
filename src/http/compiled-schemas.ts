import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type Factories = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
type BuildSerializer = NonNullable<Factories['buildSerializer']>;

/**
 * Compiled schema functions kept for the life of the process, by what they were compiled from.
 * Fastify compiles every route's validators and serializers when an app starts (about 3 s here
 * for Chuhai's few hundred routes); a process that builds the app more than once (each test file
 * builds its own, CLI commands that serve) compiles each schema once. A compiled function only
 * depends on the schema, the app's shared schemas and the compiler's options, all in the key.
 */
const compiled = new Map<string, unknown>();

export function remembered<R extends { schema: unknown }, F>(
  context: string,
  compile: (route: R) => F,
): (route: R) => F {
  return (route) => {
    const key = `${context}\u0000${JSON.stringify(route.schema)}`;
    let fn = compiled.get(key) as F | undefined;
    if (fn === undefined) {
      fn = compile(route);
      compiled.set(key, fn);
    }
    return fn;
  };
}

/**
 * Fastify's own fast-json-stringify serializers, each compiled once per process, from the
 * response schema with its simple unions as type lists (`simpleUnionsAsTypes`).
 */
export function rememberedSerializers(): BuildSerializer {
  const fastify = SerializerSelector();
  return ((external: unknown, options: unknown) => {
    const build = fastify(external, options as never) as (route: { schema: unknown }) => unknown;
    return remembered(
      `serializer\u0000${JSON.stringify(external)}\u0000${JSON.stringify(options)}`,
      (route: { schema: unknown }) =>
        build({ ...route, schema: simpleUnionsAsTypes(route.schema) }),
    );
  }) as unknown as BuildSerializer;
}

/** Keywords a union's branch may carry and still be a plain type: none changes the output. */
const PLAIN = new Set(['type', 'description', 'title', 'minLength', 'maxLength', 'pattern']);
const SCALARS = new Set(['null', 'string', 'number', 'integer', 'boolean']);

/**
 * For serialising only (the OpenAPI document keeps the schemas as written): a union of plain
 * scalar types, as `Nullable(Type.String())` makes (`anyOf: [{ type: 'null' }, { type:
 * 'string' }]`), becomes `type: ['null', 'string']`. fast-json-stringify checks a type list with
 * `typeof`; a union it checks branch by branch with Ajv on every value, which was a third of the
 * customer page's serialising. The text written for a value of the schema is the same. Unions
 * with anything else (literals, formats, objects, `$ref`) are kept as they are.
 */
export function simpleUnionsAsTypes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(simpleUnionsAsTypes);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = simpleUnionsAsTypes(value);
  const branches = out.anyOf;
  if (
    Array.isArray(branches) &&
    branches.length > 1 &&
    Object.keys(out).every((k) => k === 'anyOf' || k === 'description' || k === 'title') &&
    branches.every(
      (b: Record<string, unknown>) =>
        b !== null &&
        typeof b === 'object' &&
        typeof b.type === 'string' &&
        SCALARS.has(b.type) &&
        Object.keys(b).every((k) => PLAIN.has(k)),
    )
  ) {
    const types = [...new Set(branches.map((b: { type: string }) => b.type))];
    const { anyOf: _, ...rest } = out;
    return { ...rest, type: types };
  }
  return out;
}
