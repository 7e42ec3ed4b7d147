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

/** Fastify's own fast-json-stringify serializers, each compiled once per process. */
export function rememberedSerializers(): BuildSerializer {
  const fastify = SerializerSelector();
  return ((external: unknown, options: unknown) =>
    remembered(
      `serializer\u0000${JSON.stringify(external)}\u0000${JSON.stringify(options)}`,
      fastify(external as never, options as never) as (route: { schema: unknown }) => unknown,
    )) as unknown as BuildSerializer;
}
