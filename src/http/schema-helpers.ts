import {
  Type,
  type SchemaOptions,
  type TLiteral,
  type TSchema,
  type TUnion,
} from '@sinclair/typebox';

/** `null` or the type; null is listed first so it is tried first and always means null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([Type.Null(), t]);

type Literals<T extends readonly string[]> = Extract<
  { -readonly [K in keyof T]: TLiteral<T[K] & string> },
  TSchema[]
>;

/** One of a closed vocabulary from `src/domain/enums.ts`, as a union of literals. */
export const OneOf = <const T extends readonly string[]>(
  values: T,
  options?: SchemaOptions,
): TUnion<Literals<T>> =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as TUnion<Literals<T>>;
/** The caller's browser zone, used when their profile names none. */
export const ViewerTimeZone = Type.Optional(
  Type.String({
    minLength: 1,
    maxLength: 64,
    description:
      'your browser’s IANA zone; used when your profile sets none (else the home office’s)',
  }),
);
