import { Type, type Static } from '@sinclair/typebox';

/** `/things/{id}`: every route addressing one record by its id. */
export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
export type IdParams = Static<typeof IdParams>;
