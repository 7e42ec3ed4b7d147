import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../support/context.ts';
import { testDialects } from '../support/databases.ts';
import { TableDigest, tableNames } from './db-checksum.ts';
import { hostileBody, hostileQuery, type JsonSchema } from './hostile.ts';

// Property-based fuzzing of every route the OpenAPI document lists: hostile strings, numbers at
// and beyond bounds, Infinity/NaN/1e999 as text, null for every field, deep nesting, prototype
// keys. No answer may be a 5xx, and a 4xx must leave every table exactly as it was. CI runs a
// few cases per route with a fixed seed; `npm run fuzz` runs many (FUZZ_RUNS, FUZZ_SEED).
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
// Signing out or revoking would end the fuzzer's own credentials, not test anything more.
const SKIP = [/\/auth\/logout$/, /\/auth\/login$/, /\/me\/tokens/];

interface Operation {
  method: string;
  path: string;
  body?: JsonSchema;
  query: { name: string; schema?: JsonSchema }[];
}

describe.each(testDialects())('fuzzing every route on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let ids: string[];
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const c = await ctx.newCustomer(org.admin, { name: 'Fuzz Target GmbH', country: 'DE' });
    ids = [c.id, org.eastRep.user.id, org.east.id];
  });
  afterAll(() => ctx.close());

  it('answers no 5xx and changes nothing on a 4xx', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components?: { schemas?: Record<string, JsonSchema> };
    }>();
    const components = doc.components?.schemas ?? {};
    const ops: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (SKIP.some((re) => re.test(path))) continue;
      for (const [method, op] of Object.entries(methods)) {
        const content = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> })
          ?.content;
        const params = (op.parameters ?? []) as { in: string; name: string; schema?: JsonSchema }[];
        ops.push({
          method: method.toUpperCase(),
          path,
          body: content?.['application/json']?.schema,
          query: params.filter((p) => p.in === 'query'),
        });
      }
    }
    expect(ops.length).toBeGreaterThan(60);

    const digest = await TableDigest.watch(ctx.db, await tableNames(ctx.db));
    let before = await digest.current();
    const failures: string[] = [];
    let requests = 0;
    for (const [i, op] of ops.entries()) {
      const cases = fc.sample(
        fc.record({
          id: fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 80 })),
          body: op.body ? hostileBody(op.body, components) : fc.constant(undefined),
          query: hostileQuery(op.query),
        }),
        { seed: SEED + i, numRuns: RUNS },
      );
      // Besides the random cases, every top-level field gets each value known to have broken
      // routes before: text that coerces to Infinity, null and a boolean where text is expected.
      const fields = Object.keys(op.body?.properties ?? {});
      for (const field of fields)
        for (const value of ['Infinity', '1e999', null, true])
          cases.push({ id: ids[0]!, body: { [field]: value }, query: '' });
      for (const c of cases) {
        const path = op.path
          .replace('/api/v1', '')
          .replace(/\{[^}]+\}/g, () => encodeURIComponent(c.id) || 'x');
        const url = c.query ? `${path}?${c.query}` : path;
        const res = await ctx.app.inject({
          method: op.method as 'GET',
          url: `/api/v1${url}`,
          headers: { authorization: `Bearer ${org.admin.token}` },
          ...(op.method === 'GET' || op.method === 'DELETE'
            ? {}
            : {
                payload: JSON.stringify(c.body ?? {}),
                headers: {
                  authorization: `Bearer ${org.admin.token}`,
                  'content-type': 'application/json',
                },
              }),
        });
        requests++;
        const shown = `${op.method} ${url} ${JSON.stringify(c.body)?.slice(0, 300)}`;
        if (res.statusCode >= 500) {
          failures.push(`${res.statusCode} ${shown}: ${res.body.slice(0, 200)}`);
          before = await digest.current();
        } else if (res.statusCode >= 400) {
          const after = await digest.current();
          if (after !== before) failures.push(`${res.statusCode} but wrote: ${shown}`);
          before = after;
        } else {
          // Work a request started in the background ("count now" of the churn model) ends
          // before the next request is judged by what it wrote.
          await ctx.services.jobs.runner.drain();
          before = await digest.current();
        }
      }
    }
    expect(requests).toBeGreaterThan(ops.length);
    expect(failures).toEqual([]);
  }, 240_000);
});
