export { AppError, type FieldError } from '../domain/errors.ts';

export function problemType(status: number): string {
  return `https://chuhai.dev/problems/${status}`;
}
