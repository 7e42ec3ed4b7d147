import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { CustomerOut } from '../modules/customers/customers.schemas.ts';
import { simpleUnionsAsTypes } from './compiled-schemas.ts';
import { Page } from './pagination.ts';
import { Nullable, OneOf } from './schema-helpers.ts';

const compile = (schema: unknown) =>
  SerializerSelector()(undefined, undefined)({ schema } as never) as (v: unknown) => string;

describe('simpleUnionsAsTypes (serialising only)', () => {
  it('writes a union of plain scalars as a type list and keeps every other union', () => {
    const schema = Type.Object({
      a: Nullable(Type.String({ description: 'kept' })),
      b: Type.Union([Type.String(), Type.Number(), Type.Null()]),
      c: Nullable(OneOf(['x', 'y'])),
      d: Nullable(Type.String({ format: 'date-time' })),
      e: Nullable(Type.Object({ f: Type.String() })),
    });
    const before = JSON.stringify(schema);
    const out = simpleUnionsAsTypes(schema) as { properties: Record<string, unknown> };
    expect(JSON.stringify(schema)).toBe(before); // the route's own schema is not changed
    expect(out.properties.a).toEqual({ type: ['null', 'string'] });
    expect(out.properties.b).toEqual({ type: ['string', 'number', 'null'] });
    expect(out.properties.c).toEqual(JSON.parse(JSON.stringify(schema.properties.c)));
    expect(out.properties.d).toEqual(JSON.parse(JSON.stringify(schema.properties.d)));
    expect(out.properties.e).toEqual(JSON.parse(JSON.stringify(schema.properties.e)));
  });

  it('writes the same text for the customer page as the schema as written', () => {
    const schema = Page(CustomerOut);
    const asWritten = compile(schema);
    const asTypes = compile(simpleUnionsAsTypes(schema));
    const full = {
      id: 'c1',
      name: 'Quote " \\ \u0001 😀',
      nativeName: '山田（株）',
      country: 'DE',
      region: 'Bayern',
      city: null,
      website: null,
      domain: 'x.de',
      industry: null,
      size: '1-10',
      languages: ['de'],
      timeZone: 'Europe/Berlin',
      timeZoneSource: 'user',
      currency: null,
      stage: 'customer',
      tier: 'A',
      tags: ['a'],
      source: null,
      ownerId: 'u1',
      teamId: null,
      customFields: { n: 1.5, s: 'x', z: null, i: 0 },
      foundedOn: null,
      customerSince: '2020-01-01',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
      lastTouchAt: null,
      healthScore: 0,
      healthStatus: 'scored',
      leadScore: null,
      tierLocked: false,
      rfm: null,
      lastOrderDate: null,
      revenueMinor: 123_456_789_012,
    };
    for (const items of [
      [],
      [full],
      [full, { ...full, healthScore: null, timeZoneSource: null, customFields: {} }],
    ])
      for (const nextCursor of [null, 'c0']) {
        const page = { items, nextCursor };
        expect(asTypes(page)).toBe(asWritten(page));
      }
    // A value outside the schema is refused by both.
    expect(() => asWritten({ items: [{ ...full, city: 5 }], nextCursor: null })).toThrow();
    expect(() => asTypes({ items: [{ ...full, city: 5 }], nextCursor: null })).toThrow();
  });
});
