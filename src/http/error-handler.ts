import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, problemType, type FieldError } from './errors.ts';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns JSON-schema failures into `{ path, message }` pairs naming the field the user typed. */
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
    const values = allowed.get(i.instancePath);
    if (values && unions.has(i.instancePath)) {
      const list = values
        .filter((v) => v !== null)
        .map(String)
        .join(', ');
      return { path: `${prefix}${i.instancePath}`, message: `must be one of: ${list}` };
    }
    const missing = i.params.missingProperty;
    const extra = i.params.additionalProperty;
    if (typeof missing === 'string')
      return { path: `${prefix}${i.instancePath}/${missing}`, message: 'is required' };
    if (typeof extra === 'string')
      return { path: `${prefix}${i.instancePath}/${extra}`, message: 'is not a known field' };
    if (i.keyword === 'format')
      return {
        path: `${prefix}${i.instancePath}`,
        message: `must be a valid ${String(i.params.format)}`,
      };
    if (i.keyword === 'enum')
      return {
        path: `${prefix}${i.instancePath}`,
        message: `must be one of: ${(i.params.allowedValues as unknown[]).join(', ')}`,
      };
    return { path: `${prefix}${i.instancePath}`, message: i.message ?? 'is invalid' };
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
