import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';

// Every route the API documents answers 401 to a caller without a session or token, except the
// few meant for the public (sign-in, the web forms companies put on their own sites). A new
// route is covered the moment it is added; one that forgot `requireScope` fails here.
const PUBLIC = [/^\/api\/v1\/auth\/login$/, /^\/api\/v1\/public\//];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('access: no route answers without credentials', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create('sqlite');
  });
  afterAll(() => ctx.close());

  it('answers 401 on every documented route but the public ones', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Partial<Record<(typeof METHODS)[number], unknown>>>;
    }>();
    const open: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (PUBLIC.some((re) => re.test(path))) continue;
      for (const method of METHODS) {
        if (!ops[method]) continue;
        const url = path.replace(/\{[^}]+\}/g, '0190a1b2-0000-7000-8000-000000000000');
        const res = await ctx.app.inject({
          method: method.toUpperCase() as Uppercase<typeof method>,
          url,
          ...(method === 'get' || method === 'delete' ? {} : { payload: {} }),
        });
        checked++;
        if (res.statusCode !== 401)
          open.push(`${method.toUpperCase()} ${path} → ${res.statusCode}`);
      }
    }
    expect(open).toEqual([]);
    // The document really lists the API: a broken spec must not make this test pass vacuously.
    expect(checked).toBeGreaterThan(80);
  });
});
