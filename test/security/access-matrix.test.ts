import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, salesOrg, TestContext } from '../support/context.ts';
import { testDialects } from '../support/databases.ts';
import { TableDigest, tableNames } from './db-checksum.ts';
import type { Org, CallerName, Method, Fixture } from './access-fixtures.ts';
import {
  AGENT_ROUTES,
  CALLERS,
  METHODS,
  ALLOWED,
  WORKSPACE_WIDE,
  uniq,
  ok,
  seedFixtures,
} from './access-fixtures.ts';
import type { Operation, OpenApiOp } from './openapi-walk.ts';
import { PREFIX, PUBLIC, isIdParam, kindOf, sample, told, jsonBody } from './openapi-walk.ts';

// A generated access matrix. The OpenAPI document lists the routes; every operation that
// addresses a record by id is called, with every method it has, by each caller who must not
// reach a record owned by the east team's first rep; every list is read by the same callers,
// who must never see that rep's records. A new id-route without a fixture below fails by name.

// Each test walks every route of the API as several callers, and every refused write is checked
// against a checksum of every table: with each new module there are more routes and more tables
// (707 id-route checks per database now), so these tests get minutes, not the default 30 s.
describe.each(testDialects())('access matrix on %s', { timeout: 240_000 }, (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let operations: Operation[];
  let fixtures: Record<string, Fixture>;
  let scopedIds: string[];
  let scopedSecrets: string[];
  let digest: TableDigest;
  let callers: Record<CallerName, Actor | undefined>;
  /** a service agent whose support team handles the east rep's ticket */
  let ticketAgent: Actor;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const seeded = await seedFixtures(ctx, org);
    fixtures = seeded.fixtures;
    const scoped = Object.entries(fixtures).filter(([k]) => !WORKSPACE_WIDE.has(k));
    scopedIds = [...scoped.map(([, f]) => f.params.id!), ...seeded.listedOnly.activities];
    scopedSecrets = [...new Set(scoped.flatMap(([, f]) => f.secrets))];
    // Two service agents: one in the support team the ticket is routed to, one in another.
    const admin = ctx.client(org.admin);
    const deskAgent = await ctx.newUser(org.ws.id, 'agent');
    const strayAgent = await ctx.newUser(org.ws.id, 'agent');
    await ok(
      await admin.patch(`/support-teams/${fixtures['support-teams']!.params.id}`, {
        memberIds: [deskAgent.user.id],
      }),
      'desk members',
    );
    await ok(
      await admin.post('/support-teams', {
        name: uniq('Stray desk'),
        country: 'DE',
        timeZone: 'Europe/Berlin',
        hours: { start: '09:00', end: '18:00' },
        memberIds: [strayAgent.user.id],
      }),
      'stray desk',
    );
    await ok(
      await admin.patch(`/tickets/${fixtures.tickets!.params.id}`, {
        teamId: fixtures['support-teams']!.params.id,
      }),
      'route the ticket',
    );
    ticketAgent = await ctx.rescope(deskAgent);
    callers = {
      sameTeamRep: org.eastRep2,
      otherTeamRep: org.westRep,
      otherTeamManager: org.westManager,
      otherTeamAgent: await ctx.rescope(strayAgent),
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
    digest = await TableDigest.watch(ctx.db, await tableNames(ctx.db, /^(audit_log|sessions)$/));
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
        const before = o.method === 'get' ? '' : await digest.current();
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
        if (o.method !== 'get' && (await digest.current()) !== before)
          problems.push(`${where}: the refused write changed the database`);
      }
    }
    expect(problems).toEqual([]);
    expect(checks).toBeGreaterThan(100);
    console.info(`[access-matrix ${dialect}] ${checks} id-route × caller checks`);
  });
  // An agent of the ticket's own team reads the ticket (its customer's name with it) and nothing
  // else of that customer: every operation outside the agents' routes answers 403 — orders,
  // deals, quotes, price lists, customer value, the customer itself — shows none of the east
  // rep's records and changes nothing.
  it('keeps an agent of the ticket’s team to tickets: 403 on every other route', async () => {
    const ticket = fixtures.tickets!;
    const read = await request('get', `/tickets/${ticket.params.id}`, ticketAgent);
    expect(read.statusCode).toBe(200);
    const problems: string[] = [];
    const refused = new Set<string>();
    const secrets = scopedSecrets.filter((s) => !ticket.secrets.includes(s));
    for (const o of operations.filter((x) => !PUBLIC.test(x.path))) {
      const label = `${o.method.toUpperCase()} ${o.path}`;
      // Signing in is public (everyone's, agents' too).
      if (AGENT_ROUTES.test(label) || label === 'POST /auth/login') continue;
      const kind = kindOf(o.path);
      const f = kind ? fixtures[kind] : undefined;
      let url: string;
      try {
        url = f ? urlFor(o.path, f) : o.path.replace(/\{[^}]+\}/g, 'x');
      } catch {
        url = o.path.replace(/\{[^}]+\}/g, 'x');
      }
      const body =
        o.method === 'get' || o.method === 'delete'
          ? undefined
          : (sample(jsonBody(o.op), ticketAgent.user.id) ?? {});
      const before = o.method === 'get' ? '' : await digest.current();
      const res = await request(o.method, url, ticketAgent, body);
      const where = `${label} as the ticket's agent → ${res.statusCode}`;
      if (res.statusCode !== 403) problems.push(`${where}: ${res.body.slice(0, 160)}`);
      else refused.add(o.path.split('/')[1]!);
      const seen = secrets.filter((s) => told(res).includes(s));
      if (seen.length) problems.push(`${where}: shows ${seen.join(', ')}`);
      if (o.method !== 'get' && (await digest.current()) !== before)
        problems.push(`${where}: the refused write changed the database`);
    }
    expect(problems).toEqual([]);
    // The sales side is among what was refused, route by route.
    for (const area of ['orders', 'deals', 'quotes', 'price-lists', 'value', 'customers'])
      expect(refused.has(area), area).toBe(true);
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
    const before = await digest.current();
    expect(
      (await ctx.client(org.westManager).delete(`/lead-forms/${mine.id as string}`)).statusCode,
    ).toBe(404);
    expect(await digest.current()).toBe(before);
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
    const before = await digest.current();
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
    expect(await digest.current()).toBe(before);
    expect((await ctx.rawCustomer(org.ws.id, other.id))?.deleted_at).not.toBeNull();
    const undone = await ctx.client(org.admin).post(`/merges/${merged.mergeId as string}/undo`, {});
    expect(undone.statusCode).toBe(200);
    expect((await ctx.rawCustomer(org.ws.id, other.id))?.deleted_at).toBeNull();
  });
});
