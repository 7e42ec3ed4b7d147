import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, fieldError, problemType, type FieldError } from './errors.ts';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The catalogue code of an Ajv keyword whose params are just its `limit`. */
const LIMITS = {
  minLength: 'min_length',
  maxLength: 'max_length',
  minItems: 'min_items',
  maxItems: 'max_items',
  minimum: 'minimum',
  maximum: 'maximum',
} as const;

/** Formats with a code of their own; the others are `format` with the format's name. */
const FORMATS: Record<string, 'email' | 'invalid_date'> = { email: 'email', date: 'invalid_date' };

/** Turns JSON-schema failures into field errors naming the field the user typed. */
export function fieldErrors(issues: AjvIssue[], context: string | undefined): FieldError[] {
  const prefix = context && context !== 'body' ? `/${context}` : '';
  // A union of literals fails once per literal; say it once, with the allowed values.
  const allowed = new Map<string, unknown[]>();
  for (const i of issues) {
    if (i.keyword === 'const')
      allowed.set(i.instancePath, [...(allowed.get(i.instancePath) ?? []), i.params.allowedValue]);
  }
  const unions = new Set(issues.filter((i) => i.keyword === 'anyOf').map((i) => i.instancePath));
  return issues.map((i) => {
    const path = `${prefix}${i.instancePath}`;
    const values = allowed.get(i.instancePath);
    if (values && unions.has(i.instancePath))
      return fieldError(path, 'one_of', { values: values.filter((v) => v !== null).map(String) });
    const missing = i.params.missingProperty;
    const extra = i.params.additionalProperty;
    if (typeof missing === 'string') return fieldError(`${path}/${missing}`, 'required');
    if (typeof extra === 'string') return fieldError(`${path}/${extra}`, 'unknown_field');
    const format = String(i.params.format);
    if (i.keyword === 'format')
      return FORMATS[format]
        ? fieldError(path, FORMATS[format])
        : fieldError(path, 'format', { format });
    if (i.keyword === 'enum')
      return fieldError(path, 'one_of', {
        values: (i.params.allowedValues as unknown[]).map(String),
      });
    if (i.keyword in LIMITS)
      return fieldError(path, LIMITS[i.keyword as keyof typeof LIMITS], {
        limit: Number(i.params.limit),
      });
    if (i.keyword === 'pattern')
      return fieldError(path, 'pattern', { pattern: String(i.params.pattern) });
    if (i.keyword === 'type') return fieldError(path, 'type', { type: String(i.params.type) });
    // Keywords no schema here uses yet keep Ajv's English under the generic code.
    return { ...fieldError(path, 'invalid'), message: i.message ?? 'is invalid' };
  });
}

const STATUS_TITLES: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
};

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const e of errors) if (!seen.has(e.path)) seen.set(e.path, e);
  return [...seen.values()];
}

export function problemHandler(
  error: FastifyError | AppError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  let status: number;
  let title: string;
  let detail: string | undefined;
  let errors: FieldError[] | undefined;

  if (error instanceof AppError) {
    ({ status, title, detail, errors } = error);
  } else if ('validation' in error && error.validation) {
    status = 400;
    title = 'Validation failed';
    errors = dedupe(fieldErrors(error.validation, error.validationContext));
    detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  } else if (error.statusCode && error.statusCode < 500) {
    status = error.statusCode;
    title = STATUS_TITLES[status] ?? 'Bad request';
    detail = error.message;
  } else {
    status = 500;
    title = 'Internal server error';
    detail = `Something went wrong on our side; quote request id ${request.id} when reporting it`;
    request.log.error({ err: error }, 'unhandled error');
  }
  if (error instanceof AppError && status === 429) reply.header('retry-after', '60');
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: problemType(status),
      title,
      status,
      detail,
      instance: request.url.split('?')[0],
      requestId: request.id,
      ...(errors ? { errors } : {}),
    });
}
