export { AppError } from '../domain/errors.ts';
export {
  fieldError,
  problemAt,
  type FieldError,
  type FieldErrorCode,
  type FieldErrorParams,
} from '../domain/field-errors.ts';

export function problemType(status: number): string {
  return `https://chuhai.dev/problems/${status}`;
}
