import type { FieldError } from '../domain/field-errors.ts';

export {
  fieldError,
  type FieldError,
  type FieldErrorCode,
  type FieldErrorParams,
} from '../domain/field-errors.ts';

/**
 * A field error written before codes. Only src/modules/activities and src/modules/follow-ups still
 * send these; it goes out as code `invalid` with its message. Delete once they use fieldError().
 * @deprecated use fieldError(path, code, params)
 */
export interface UncodedFieldError {
  path: string;
  message: string;
  code?: undefined;
}

const coded = (errors?: (FieldError | UncodedFieldError)[]): FieldError[] | undefined =>
  errors?.map((e) => (e.code ? e : { ...e, code: 'invalid' }));

/** The one error type. Rendered as RFC 9457 problem+json by the app's error handler. */
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

  static validation(errors: (FieldError | UncodedFieldError)[], detail?: string): AppError {
    return new AppError(
      400,
      'Validation failed',
      detail ?? errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      coded(errors),
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

  static conflict(detail: string, errors?: (FieldError | UncodedFieldError)[]): AppError {
    return new AppError(409, 'Conflict', detail, coded(errors));
  }
}

export function problemType(status: number): string {
  return `https://chuhai.dev/problems/${status}`;
}
