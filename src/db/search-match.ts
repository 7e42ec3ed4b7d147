import type { Match } from '../domain/search/query.ts';

/**
 * A search match in each database's query language. Tokens are always quoted, so nothing a user
 * types is read as an operator.
 */
export function toFts5(m: Match): string {
  if ('token' in m) return `"${m.token.replace(/"/g, '""')}"${m.prefix ? ' *' : ''}`;
  if ('and' in m) return `(${m.and.map(toFts5).join(' AND ')})`;
  if ('or' in m) return `(${m.or.map(toFts5).join(' OR ')})`;
  return `(${toFts5(m.but)} NOT ${toFts5(m.not)})`;
}

/** PostgreSQL `tsquery` input: quoted lexemes taken verbatim, `:*` for a prefix. */
export function toTsquery(m: Match): string {
  if ('token' in m)
    return `'${m.token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${m.prefix ? ':*' : ''}`;
  if ('and' in m) return `(${m.and.map(toTsquery).join(' & ')})`;
  if ('or' in m) return `(${m.or.map(toTsquery).join(' | ')})`;
  return `(${toTsquery(m.but)} & !${toTsquery(m.not)})`;
}
