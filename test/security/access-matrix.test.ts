import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, type Actor, TestContext } from '../support/context.ts';
import { testDialects } from '../support/databases.ts';

// A generated access matrix. The OpenAPI document lists the routes; every operation that
// addresses a record by id is called, with every method it has, by each caller who must not
// reach a record owned by the east team's first rep; every list is read by the same callers,
// who must never see that rep's records. A new id-route without a fixture below fails by name.

type Org = Awaited<ReturnType<typeof salesOrg>>;
type CallerName = 'sameTeamRep' | 'otherTeamRep' | 'otherTeamManager' | 'anonymous';
const CALLERS: CallerName[] = ['sameTeamRep', 'otherTeamRep', 'otherTeamManager', 'anonymous'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

// The pairs that are *legitimately* allowed to reach the seeded record. Anything not listed
// here must answer 401, 403 or 404, leak nothing of the record and change nothing.
// Even an allowed read must not show another team's customer data (checked below).
const ALLOWED: { route: RegExp; callers: CallerName[]; why: string }[] = [
  {
    route: /^GET \/users\/\{id\}$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'any signed-in user may read a colleague’s profile (as the users list)',
  },
  {
    route: /^GET \/segments\/\{id\}(\/customers|\/export\.csv)?$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'segments are shared in the workspace; their contents are counted in the caller’s scope',
  },
  {
    route: /^(PATCH|DELETE) \/segments\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'the creator, managers and admins may change a shared segment',
  },
  {
    route: /^DELETE \/countries\/\{code\}\/calendar-days\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'workspace calendar days belong to the workspace: admins and managers edit them',
  },
];

/** Records whose lists are shared with the whole workspace (no customer data in them). */
const WORKSPACE_WIDE = new Set(['users', 'teams', 'segments', 'custom-fields', 'calendar-days']);

interface Fixture {
  /** path parameters: the record id and any others the route needs */
  params: Record<string, string>;
  /** who owns (or may read) it: the sanity read that proves the id is real */
  owner: Actor;
  /** values that must never appear in an answer to an out-of-scope caller */
  secrets: string[];
}

const uniq = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

async function ok(res: LightMyRequestResponse, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown>>();
}

/**
 * One fixture per record kind the API addresses by id, keyed by the path segment before the id
 * parameter (`/customers/{id}/contacts` → customers, `/me/tokens/{id}` → tokens). Each creates
 * the record owned by the east team's first rep (or, for workspace records, by whoever may).
 */
async function seedFixtures(ctx: TestContext, org: Org) {
  const rep = org.eastRep;
  const as = (a: Actor) => ctx.client(a);
  const custName = uniq('Matrixsecret Customer');
  const customer = await ctx.newCustomer(rep, {
    name: custName,
    domain: `${uniq('matrixsecret')}.example`,
  });
  const contactEmail = `${uniq('secret.contact')}@matrix-east.example`;
  const contact = await ctx.newContact(rep, customer.id, {
    firstName: uniq('Secretfirst'),
    emails: [contactEmail],
  });
  const activity = await ok(
    await as(rep).post('/activities', {
      customerId: customer.id,
      type: 'call',
      direction: 'outbound',
      occurredAt: new Date().toISOString(),
      summary: uniq('Secret call summary'),
    }),
    'activity',
  );
  const followUp = await ok(
    await as(rep).post('/follow-ups', {
      customerId: customer.id,
      dueDate: '2030-03-04',
      note: uniq('Secret note'),
    }),
    'follow-up',
  );
  const order = await ok(
    await as(rep).post('/orders', {
      customerId: customer.id,
      number: uniq('SECRET-PO'),
      orderDate: '2026-01-15',
      amountMinor: 4_242_00,
      currency: 'EUR',
    }),
    'order',
  );
  const segment = await ok(
    await as(rep).post('/segments', {
      name: uniq('Matrix segment'),
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['de'] }] },
    }),
    'segment',
  );
  const form = await ok(
    await as(org.eastManager).post('/lead-forms', {
      name: uniq('Matrix form'),
      ownerId: rep.user.id,
    }),
    'lead form',
  );
  const upload = await ctx.upload(
    rep,
    '/imports',
    {
      name: 'matrix.csv',
      content: `company,country,email\n${uniq('Importsecret GmbH')},DE,x@import-secret.example\n,DE,broken\n`,
    },
    { entity: 'customers', source: 'matrix' },
  );
  const job = await ok(upload, 'import');
  await ctx.imports.wait(job.id as string);
  // A merge of two of the rep's own customers, made by the rep.
  const kept = await ctx.newCustomer(rep, { name: uniq('Matrixsecret Kept') });
  const gone = await ctx.newCustomer(rep, { name: uniq('Matrixsecret Merged') });
  const merge = await ok(
    await as(rep).post('/duplicates/merge', { keepId: kept.id, mergeId: gone.id }),
    'merge',
  );
  const field = await ok(
    await as(org.admin).post('/custom-fields', {
      key: `matrix_${Math.random().toString(36).slice(2, 8)}`,
      label: 'Matrix field',
      type: 'text',
    }),
    'custom field',
  );
  const token = await ok(await as(rep).post('/me/tokens', { name: uniq('Matrix token') }), 'token');
  const dayName = uniq('Matrix day');
  await ok(
    await as(org.eastManager).post('/countries/DE/calendar-days', {
      date: '2030-05-06',
      kind: 'holiday',
      name: dayName,
    }),
    'calendar day',
  );
  const holidays = await ok(await as(rep).get('/countries/DE/holidays?year=2030'), 'holidays');
  const day = (holidays.items as { id: string; name: string }[]).find((d) => d.name === dayName)!;

  const fixtures: Record<string, Fixture> = {
    customers: { params: { id: customer.id }, owner: rep, secrets: [customer.id, custName] },
    contacts: { params: { id: contact.id }, owner: rep, secrets: [contact.id, contactEmail] },
    'follow-ups': {
      params: { id: followUp.id as string },
      owner: rep,
      secrets: [followUp.id as string, followUp.note as string, customer.id],
    },
    orders: {
      params: { id: order.id as string },
      owner: rep,
      secrets: [order.id as string, order.number as string, customer.id],
    },
    segments: { params: { id: segment.id as string }, owner: rep, secrets: [] },
    'lead-forms': {
      params: { id: form.id as string },
      owner: org.eastManager,
      secrets: [form.id as string, form.postUrl as string],
    },
    imports: { params: { id: job.id as string }, owner: rep, secrets: [job.id as string] },
    merges: {
      params: { id: merge.mergeId as string },
      owner: rep,
      secrets: [merge.mergeId as string, kept.id, gone.id, kept.name, gone.name],
    },
    users: { params: { id: rep.user.id }, owner: rep, secrets: [rep.user.email] },
    teams: { params: { id: org.east.id }, owner: org.admin, secrets: [] },
    'custom-fields': { params: { id: field.id as string }, owner: org.admin, secrets: [] },
    tokens: { params: { id: token.id as string }, owner: rep, secrets: [token.id as string] },
    'calendar-days': {
      params: { id: day.id, code: 'DE' },
      owner: org.eastManager,
      secrets: [],
    },
  };
  // Records with no id route of their own, whose ids must still stay out of others' lists.
  const listedOnly = { activities: [activity.id as string] };
  return { fixtures, listedOnly };
}

// ——— the OpenAPI walk ———

interface Operation {
  method: Method;
  path: string;
  op: OpenApiOp;
}
interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  pattern?: string;
  minItems?: number;
}
interface OpenApiOp {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const PREFIX = '/api/v1';
/** The forms companies put on their own sites: public by design, keyed by a secret form key. */
const PUBLIC = /^\/public\//;
/** A record id parameter: `{id}` or `{somethingId}`. `{code}`, `{preset}` are not records. */
const isIdParam = (name: string) => name === 'id' || /Id$/.test(name);

/** The record kind a path addresses: the segment right before its first id parameter. */
function kindOf(path: string): string | undefined {
  const segs = path.split('/');
  const i = segs.findIndex((s) => /^\{.+\}$/.test(s) && isIdParam(s.slice(1, -1)));
  return i > 0 ? segs[i - 1] : undefined;
}

/**
 * A plausible body from the request schema: required properties (recursively) and optional
 * scalar ones, so the request passes validation and reaches the service's access check. Any
 * `…Id` is the caller's own user id (an attempt to take the record over).
 */
function sample(schema: Schema | undefined, selfId: string, key = '', required = true): unknown {
  if (!schema) return undefined;
  if (schema.anyOf) {
    const first = schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0];
    return sample(first, selfId, key, required);
  }
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      if (!required) return undefined;
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(schema.properties ?? {})) {
        const v = sample(s, selfId, k, (schema.required ?? []).includes(k));
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'array':
      return required
        ? Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items, selfId, key))
        : undefined;
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'string': {
      if (/Id$/.test(key)) return selfId;
      if (schema.format === 'email') return 'probe@matrix-probe.example';
      if (schema.format === 'date') return '2031-01-15';
      if (schema.format === 'date-time') return '2031-01-15T10:00:00Z';
      if (schema.minLength === 2 && schema.maxLength === 2) return 'FR';
      if (schema.pattern) {
        if (!required) return undefined;
        if (schema.pattern.includes('[0-5]\\d')) return '09:30';
        if (schema.pattern.includes('[A-Z]{3}')) return 'USD';
        return 'probe';
      }
      const s = 'Matrix probe value'.padEnd(schema.minLength ?? 0, 'x');
      return schema.maxLength ? s.slice(0, schema.maxLength) : s;
    }
    case 'null':
    case undefined:
      return undefined;
  }
  return undefined;
}

/**
 * What an answer tells the caller: the body without a problem document's `instance`, which
 * only repeats the URL the caller sent (and so the id they already had).
 */
function told(res: LightMyRequestResponse): string {
  if (!/json/.test(String(res.headers['content-type']))) return res.body;
  const body = res.json<Record<string, unknown>>();
  if (body && typeof body === 'object' && 'status' in body) delete body.instance;
  return JSON.stringify(body);
}

const jsonBody = (op: OpenApiOp) => op.requestBody?.content?.['application/json']?.schema;

/** A checksum of every business table, to prove a refused write changed nothing. */
async function snapshot(ctx: TestContext, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const t of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(
      ctx.db,
    );
    const lines = rows.map((r) => {
      // Using a token is not a change to it.
      if (t === 'api_tokens') delete r.last_used_at;
      return JSON.stringify(r, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v));
    });
    parts.push(`${t}:${lines.sort().join('\n')}`);
  }
  return parts.join('\n\n');
}

describe.each(testDialects())('access matrix on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let operations: Operation[];
  let fixtures: Record<string, Fixture>;
  let scopedIds: string[];
  let scopedSecrets: string[];
  let tables: string[];
  let callers: Record<CallerName, Actor | undefined>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const seeded = await seedFixtures(ctx, org);
    fixtures = seeded.fixtures;
    const scoped = Object.entries(fixtures).filter(([k]) => !WORKSPACE_WIDE.has(k));
    scopedIds = [...scoped.map(([, f]) => f.params.id!), ...seeded.listedOnly.activities];
    scopedSecrets = [...new Set(scoped.flatMap(([, f]) => f.secrets))];
    callers = {
      sameTeamRep: org.eastRep2,
      otherTeamRep: org.westRep,
      otherTeamManager: org.westManager,
      anonymous: undefined,
    };
    const doc = (await ctx.app.inject({ method: 'GET', url: `${PREFIX}/openapi.json` })).json<{
      paths: Record<string, Partial<Record<Method, OpenApiOp>>>;
    }>();
    operations = Object.entries(doc.paths).flatMap(([full, ops]) =>
      METHODS.filter((m) => ops[m]).map((method) => ({
        method,
        path: full.slice(PREFIX.length),
        op: ops[method]!,
      })),
    );
    tables = (await ctx.db.introspection.getTables())
      .map((t) => t.name)
      .filter((n) => !/^(kysely_|audit_log$|sessions$)/.test(n))
      .sort();
  });
  afterAll(() => ctx?.close());

  const request = (method: Method, url: string, actor: Actor | undefined, body?: unknown) =>
    ctx.app.inject({
      method: method.toUpperCase() as Uppercase<Method>,
      url: `${PREFIX}${url}`,
      headers: actor ? { authorization: `Bearer ${actor.token}` } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });

  const idRoutes = () =>
    operations.filter(
      (o) =>
        !PUBLIC.test(o.path) &&
        (o.op.parameters ?? []).some((p) => p.in === 'path' && isIdParam(p.name)),
    );

  const urlFor = (path: string, f: Fixture) =>
    path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const v = f.params[name];
      if (v === undefined) throw new Error(`no value for {${name}} in ${path}`);
      return encodeURIComponent(v);
    });

  it('has a fixture for every record kind the API addresses by id', () => {
    const missing = idRoutes()
      .filter((o) => !fixtures[kindOf(o.path) ?? ''])
      .map((o) => `${o.method.toUpperCase()} ${o.path} (kind "${kindOf(o.path)}")`);
    expect(missing, 'id-routes without a fixture in seedFixtures').toEqual([]);
    expect(idRoutes().length).toBeGreaterThan(25);
  });

  it('lets each fixture’s owner read it: the ids are real', async () => {
    const failed: string[] = [];
    for (const o of idRoutes().filter((x) => x.method === 'get')) {
      const f = fixtures[kindOf(o.path)!]!;
      const res = await request('get', urlFor(o.path, f), f.owner);
      if (res.statusCode !== 200) failed.push(`GET ${o.path} → ${res.statusCode}`);
    }
    expect(failed).toEqual([]);
  });

  // Lists first: they only read, so a leaking write below cannot hide a leaking list.
  it('never lists the east rep’s records to the other callers', async () => {
    const lists = operations.filter(
      (o) =>
        o.method === 'get' &&
        !o.path.includes('{') &&
        o.op.responses?.['200']?.content?.['application/json']?.schema?.properties?.items,
    );
    expect(lists.length).toBeGreaterThan(15);
    const problems: string[] = [];
    let checks = 0;
    for (const o of lists) {
      // Ask for the east rep's records by id where the list can filter by one.
      const query = (o.op.parameters ?? [])
        .filter((p) => p.in === 'query' && ['customerId', 'contactId'].includes(p.name))
        .map((p) => {
          const f = fixtures[p.name === 'customerId' ? 'customers' : 'contacts']!;
          return `${p.name}=${f.params.id}`;
        });
      for (const q of ['', ...query]) {
        for (const name of CALLERS) {
          const res = await request('get', `${o.path}${q ? `?${q}` : ''}`, callers[name]);
          checks++;
          const where = `GET ${o.path}${q ? `?${q}` : ''} as ${name} → ${res.statusCode}`;
          if (name === 'anonymous' && res.statusCode !== 401) problems.push(where);
          if (![200, 401, 403, 404].includes(res.statusCode))
            problems.push(`${where}: ${res.body.slice(0, 200)}`);
          const seen = [...scopedIds, ...scopedSecrets].filter((s) => told(res).includes(s));
          if (seen.length) problems.push(`${where}: shows ${seen.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
    console.info(`[access-matrix ${dialect}] ${checks} list × caller checks`);
  });
  it('keeps every id-route closed to callers outside the record’s scope', async () => {
    const problems: string[] = [];
    let checks = 0;
    for (const o of idRoutes()) {
      const kind = kindOf(o.path)!;
      const f = fixtures[kind]!;
      const url = urlFor(o.path, f);
      const label = `${o.method.toUpperCase()} ${o.path}`;
      for (const name of CALLERS) {
        const allowed = ALLOWED.some((a) => a.route.test(label) && a.callers.includes(name));
        const actor = callers[name];
        const body =
          o.method === 'get' || o.method === 'delete'
            ? undefined
            : (sample(jsonBody(o.op), actor?.user.id ?? '') ?? {});
        if (allowed && o.method !== 'get') continue; // a legitimate write: not performed
        const before = o.method === 'get' ? '' : await snapshot(ctx, tables);
        const res = await request(o.method, url, actor, body);
        checks++;
        const where = `${label} as ${name} → ${res.statusCode}`;
        if (allowed) {
          // An allowed read still shows nothing of the east rep's customers.
          if (res.statusCode !== 200) problems.push(`${where}: allowed read failed`);
          const leaked = scopedSecrets.filter((s) => told(res).includes(s));
          if (leaked.length) problems.push(`${where}: leaks ${leaked.join(', ')}`);
          continue;
        }
        const expected = name === 'anonymous' ? [401] : [401, 403, 404];
        if (!expected.includes(res.statusCode))
          problems.push(`${where}: ${res.body.slice(0, 200)}`);
        if (
          res.statusCode >= 400 &&
          !/^application\/problem\+json/.test(String(res.headers['content-type']))
        )
          problems.push(`${where}: not a problem document`);
        const leaked = f.secrets.filter((s) => told(res).includes(s));
        if (leaked.length) problems.push(`${where}: body echoes ${leaked.join(', ')}`);
        if (o.method !== 'get' && (await snapshot(ctx, tables)) !== before)
          problems.push(`${where}: the refused write changed the database`);
      }
    }
    expect(problems).toEqual([]);
    expect(checks).toBeGreaterThan(100);
    console.info(`[access-matrix ${dialect}] ${checks} id-route × caller checks`);
  });
  // The two places the scope rule was missing, pinned beyond the generated walk.
  it('lets a manager give lead forms only to their own team and delete only their team’s', async () => {
    const east = ctx.client(org.eastManager);
    for (const owner of [org.westRep, org.admin, org.westManager]) {
      const res = await east.post('/lead-forms', {
        name: uniq('Stray form'),
        ownerId: owner.user.id,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ path: '/ownerId', code: 'owner_not_allowed' });
    }
    expect((await east.post('/lead-forms', { name: uniq('Own form') })).statusCode).toBe(201);
    const admins = await ctx
      .client(org.admin)
      .post('/lead-forms', { name: uniq('Admin form'), ownerId: org.westRep.user.id });
    expect(admins.statusCode).toBe(201);
    const mine = await ok(await east.post('/lead-forms', { name: uniq('Manager form') }), 'form');
    const before = await snapshot(ctx, tables);
    expect(
      (await ctx.client(org.westManager).delete(`/lead-forms/${mine.id as string}`)).statusCode,
    ).toBe(404);
    expect(await snapshot(ctx, tables)).toBe(before);
    const listed = (await ok(await ctx.client(org.westManager).get('/lead-forms'), 'list'))
      .items as { id: string; ownerId: string }[];
    expect(listed.map((f) => f.id)).toContain(admins.json().id);
    expect(
      listed.every((f) => [org.westManager, org.westRep].some((u) => u.user.id === f.ownerId)),
    ).toBe(true);
    expect((await east.delete(`/lead-forms/${mine.id as string}`)).statusCode).toBe(204);
  });

  it('lets nobody undo a merge that touched a customer outside their scope', async () => {
    const keep = await ctx.newCustomer(org.eastRep, { name: uniq('Undo kept') });
    const other = await ctx.newCustomer(org.westRep, { name: uniq('Undo merged') });
    await ctx.newContact(org.westRep, other.id, { firstName: uniq('Westcontact') });
    const merged = await ok(
      await ctx.client(org.admin).post('/duplicates/merge', { keepId: keep.id, mergeId: other.id }),
      'merge',
    );
    const before = await snapshot(ctx, tables);
    for (const caller of [
      org.eastRep,
      org.eastRep2,
      org.eastManager,
      org.westRep,
      org.westManager,
    ]) {
      const res = await ctx.client(caller).post(`/merges/${merged.mergeId as string}/undo`, {});
      expect(res.statusCode).toBe(404);
      expect(told(res)).not.toContain(other.name);
    }
    expect(await snapshot(ctx, tables)).toBe(before);
    expect((await ctx.rawCustomer(org.ws.id, other.id))?.deleted_at).not.toBeNull();
    const undone = await ctx.client(org.admin).post(`/merges/${merged.mergeId as string}/undo`, {});
    expect(undone.statusCode).toBe(200);
    expect((await ctx.rawCustomer(org.ws.id, other.id))?.deleted_at).toBeNull();
  });
});
