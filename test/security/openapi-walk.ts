import type { LightMyRequestResponse } from 'fastify';
import type { Method } from './access-fixtures.ts';

// ——— the OpenAPI walk ———

export interface Operation {
  method: Method;
  path: string;
  op: OpenApiOp;
}
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  pattern?: string;
  minItems?: number;
}
export interface OpenApiOp {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export const PREFIX = '/api/v1';
/** The forms companies put on their own sites: public by design, keyed by a secret form key. */
export const PUBLIC = /^\/public\//;
/**
 * A record id parameter: `{id}` or `{somethingId}`, and `{address}` (a suppressed address is the
 * record's key: `/bounced-addresses/{address}`). `{code}`, `{preset}` are not records.
 */
export const isIdParam = (name: string) => name === 'id' || name === 'address' || /Id$/.test(name);

/** The record kind a path addresses: the segment right before its first id parameter. */
export function kindOf(path: string): string | undefined {
  const segs = path.split('/');
  const i = segs.findIndex((s) => /^\{.+\}$/.test(s) && isIdParam(s.slice(1, -1)));
  return i > 0 ? segs[i - 1] : undefined;
}

/**
 * A plausible body from the request schema: required properties (recursively) and optional
 * scalar ones, so the request passes validation and reaches the service's access check. Any
 * `…Id` is the caller's own user id (an attempt to take the record over).
 */
export function sample(
  schema: Schema | undefined,
  selfId: string,
  key = '',
  required = true,
): unknown {
  if (!schema) return undefined;
  if (schema.anyOf) {
    const first = schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0];
    return sample(first, selfId, key, required);
  }
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      if (!required) return undefined;
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(schema.properties ?? {})) {
        const v = sample(s, selfId, k, (schema.required ?? []).includes(k));
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'array':
      return required
        ? Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items, selfId, key))
        : undefined;
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'string': {
      if (/Id$/.test(key)) return selfId;
      if (schema.format === 'email') return 'probe@matrix-probe.example';
      if (schema.format === 'date') return '2031-01-15';
      if (schema.format === 'date-time') return '2031-01-15T10:00:00Z';
      if (schema.minLength === 2 && schema.maxLength === 2) return 'FR';
      if (schema.pattern) {
        if (!required) return undefined;
        if (schema.pattern.includes('[0-5]\\d')) return '09:30';
        if (schema.pattern.includes('[A-Z]{3}')) return 'USD';
        return 'probe';
      }
      const s = 'Matrix probe value'.padEnd(schema.minLength ?? 0, 'x');
      return schema.maxLength ? s.slice(0, schema.maxLength) : s;
    }
    case 'null':
    case undefined:
      return undefined;
  }
  return undefined;
}

/**
 * What an answer tells the caller: the body without a problem document's `instance`, which
 * only repeats the URL the caller sent (and so the id they already had).
 */
export function told(res: LightMyRequestResponse): string {
  if (!/json/.test(String(res.headers['content-type']))) return res.body;
  const body = res.json<Record<string, unknown>>();
  if (body && typeof body === 'object' && 'status' in body) delete body.instance;
  return JSON.stringify(body);
}

export const jsonBody = (op: OpenApiOp) => op.requestBody?.content?.['application/json']?.schema;
