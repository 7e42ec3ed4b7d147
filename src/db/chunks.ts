/**
 * Splits a list for statements that bind one parameter per item (`in (…)` lists, multi-row
 * inserts): SQLite allows 32,766 bound values per statement and PostgreSQL 65,535, and very long
 * lists also plan badly. Every repository chunks through this one function.
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Items per `in (…)` list, and rows per multi-row insert of a wide table. */
export const IN_LIST = 500;
