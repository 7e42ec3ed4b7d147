import type { FieldError } from './field-errors.ts';

export type { FieldError };

/**
 * The one error type. Domain rules, services and routes throw it; the HTTP layer renders it as
 * RFC 9457 problem+json and the CLI as one line. The status is the HTTP one because that is the
 * vocabulary every caller already shares.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }

  get detail(): string {
    return this.message;
  }

  static validation(errors: FieldError[], detail?: string): AppError {
    return new AppError(
      400,
      'Validation failed',
      detail ?? errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      errors,
    );
  }

  static notFound(what: string): AppError {
    return new AppError(404, 'Not found', `${what} was not found`);
  }

  static unauthorized(detail = 'Sign in or send a valid API token'): AppError {
    return new AppError(401, 'Unauthorized', detail);
  }

  static forbidden(detail: string): AppError {
    return new AppError(403, 'Forbidden', detail);
  }

  static conflict(detail: string, errors?: FieldError[]): AppError {
    return new AppError(409, 'Conflict', detail, errors);
  }
}
