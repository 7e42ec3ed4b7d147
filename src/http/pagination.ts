import { Type, type TSchema } from '@sinclair/typebox';

export const PageQuery = {
  cursor: Type.Optional(
    Type.String({ maxLength: 64, description: 'nextCursor of the previous page' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** Fetch limit+1 rows; the extra row only tells whether there is a next page. */
export function toPage<T extends { id: string }, R>(
  rows: T[],
  limit: number,
  map: (row: T) => R,
): { items: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { items: page.map(map), nextCursor: more ? (page[page.length - 1]?.id ?? null) : null };
}
