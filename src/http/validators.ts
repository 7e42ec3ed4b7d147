import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';
import { remembered } from './compiled-schemas.ts';

type BuildValidator = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>['buildValidator'];

/** What Fastify hands the compiler for each schema of a route. */
interface RouteSchema {
  schema: unknown;
  method: string;
  url: string;
  httpPart?: string;
}

interface Validate {
  (data: unknown, ...rest: unknown[]): unknown;
  errors?: unknown[] | null;
}

type Compile = (route: RouteSchema) => Validate;

/** Ajv's options, as Fastify's `ajv.customOptions` carries them. */
type AjvOptions = Record<string, unknown>;

interface ValidatorOptions {
  customOptions?: AjvOptions;
  plugins?: unknown[];
  onCreate?: unknown;
}

/** Where a non-finite number sits in coerced text input ("Infinity", "1e999"), if anywhere. */
function nonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFinite(value[i], `${path}/${i}`);
      if (found !== null) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nonFinite(v, `${path}/${k}`);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Text parts (query string, path parameters, headers) arrive as strings, so they are coerced to
 * the schema's types. Ajv's coercion turns "Infinity" and "1e999" into a number without the
 * `strictNumbers` check, so a coerced value that is not finite fails here as "must be a number".
 */
function finiteAfterCoercion(validate: Validate): Validate {
  const checked: Validate = (data, ...rest) => {
    const ok = validate(data, ...rest);
    if (ok !== true) {
      checked.errors = validate.errors;
      return ok;
    }
    const at = nonFinite(data);
    if (at === null) {
      checked.errors = null;
      return true;
    }
    checked.errors = [
      { instancePath: at, keyword: 'type', params: { type: 'number' }, message: 'must be number' },
    ];
    return false;
  };
  return checked;
}

/**
 * Fastify's validator factory with one Ajv per kind of request part. A JSON body is typed
 * already: it is never coerced, so `null` stays null and `true` is not the text "true". Text
 * parts are coerced (`coerceTypes: 'array'`). Both reject NaN and ±Infinity (`strictNumbers`).
 * Each validator is compiled once per process (see `remembered`).
 */
export function partAwareValidators(): BuildValidator {
  const pool = AjvCompiler() as unknown as (
    external: Record<string, unknown>,
    options: ValidatorOptions,
  ) => Compile;
  // Fastify's type says the compiler takes a schema; at run time it takes the route's part.
  const build = (external: Record<string, unknown>, options: ValidatorOptions = {}) => {
    const withOptions = (extra: AjvOptions) =>
      pool(external, {
        ...options,
        customOptions: { ...options.customOptions, strictNumbers: true, ...extra },
      });
    const json = withOptions({ coerceTypes: false });
    const text = withOptions({ coerceTypes: 'array' });
    const context = `validator\u0000${JSON.stringify(external)}\u0000${JSON.stringify(options)}`;
    const forJson = remembered(`${context}\u0000json`, json);
    const forText = remembered(`${context}\u0000text`, (route: RouteSchema) =>
      finiteAfterCoercion(text(route)),
    );
    return (route: RouteSchema): Validate =>
      route.httpPart === 'body' ? forJson(route) : forText(route);
  };
  return build as unknown as BuildValidator;
}
