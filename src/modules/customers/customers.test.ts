import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('customers API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  describe('create', () => {
    it('creates a customer with defaults from the country and the owner', async () => {
      const res = await ctx.client(org.eastRep).post('/customers', {
        name: '  Müller Maschinenbau GmbH ',
        country: 'de',
        website: 'https://www.mueller-maschinenbau.de/kontakt',
        tags: ['OEM', 'OEM', ' key account '],
        languages: ['de-de'],
      });
      expect(res.statusCode).toBe(201);
      const c = res.json();
      expect(c).toMatchObject({
        name: 'Müller Maschinenbau GmbH',
        country: 'DE',
        domain: 'mueller-maschinenbau.de',
        timeZone: 'Europe/Berlin',
        currency: 'EUR',
        stage: 'lead',
        ownerId: org.eastRep.user.id,
        teamId: org.east.id,
        tags: ['OEM', 'key account'],
        languages: ['de-DE'],
      });
    });

    it.each([
      [{ name: 'A', country: 'XX' }, '/country', 'not an ISO 3166-1 alpha-2'],
      [{ country: 'DE' }, '/name', 'is required'],
      [
        { name: 'A', country: 'DE', stage: 'won' },
        '/stage',
        'must be one of: lead, prospect, customer, partner, churned',
      ],
      [{ name: 'A', country: 'DE', timeZone: 'Europe/Atlantis' }, '/timeZone', 'IANA'],
      [{ name: 'A', country: 'DE', currency: 'EUX' }, '/currency', 'ISO 4217'],
      [{ name: 'A', country: 'DE', colour: 'red' }, '/colour', 'not a known field'],
      [
        { name: 'A', country: 'DE', customFields: { colour: 'red' } },
        '/customFields/colour',
        'unknown custom field',
      ],
      [{ name: 'A', country: 'DE', languages: ['not a tag!'] }, '/languages/0', 'BCP 47'],
      [{ name: 'A', country: 'DE', ownerId: 'nope' }, '/ownerId', 'no active user'],
      [{ name: 'A', country: 'DE', teamId: 'nope' }, '/teamId', 'no team'],
      [{ name: '', country: 'DE' }, '/name', 'fewer than 1'],
    ])('rejects %j naming %s', async (body, path, message) => {
      const res = await ctx.client(org.admin).post('/customers', body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem).toMatchObject({ status: 400, title: 'Validation failed' });
      const error = problem.errors.find((e: { path: string }) => e.path === path);
      expect(error?.message).toContain(message);
    });

    it('gives each field error a stable code and the values its message names', async () => {
      const res = await ctx
        .client(org.admin)
        .post('/customers', { name: '', country: 'DE', stage: 'won', colour: 'red' });
      expect(res.statusCode).toBe(400);
      const byPath = Object.fromEntries(
        res.json().errors.map((e: { path: string }) => [e.path, e]),
      );
      expect(byPath['/colour']).toEqual({
        path: '/colour',
        code: 'unknown_field',
        message: 'is not a known field',
      });
      expect(byPath['/stage']).toEqual({
        path: '/stage',
        code: 'one_of',
        message: 'must be one of: lead, prospect, customer, partner, churned',
        params: { values: ['lead', 'prospect', 'customer', 'partner', 'churned'] },
      });
      expect(byPath['/name']).toMatchObject({ code: 'min_length', params: { limit: 1 } });
    });

    it('rejects malformed JSON with a problem document', async () => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/customers',
        headers: { authorization: `Bearer ${org.admin.token}`, 'content-type': 'application/json' },
        payload: '{"name":',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().type).toContain('/400');
    });

    it('validates custom fields against the workspace definitions', async () => {
      const def = await ctx.client(org.admin).post('/custom-fields', {
        key: 'incoterm',
        label: 'Incoterm',
        type: 'select',
        options: ['FOB', 'CIF'],
      });
      expect(def.statusCode).toBe(201);
      const bad = await ctx
        .client(org.eastRep)
        .post('/customers', { name: 'A', country: 'DE', customFields: { incoterm: 'DDP' } });
      expect(bad.json().errors).toEqual([
        {
          path: '/customFields/incoterm',
          code: 'one_of',
          message: 'must be one of: FOB, CIF',
          params: { values: ['FOB', 'CIF'] },
        },
      ]);
      const good = await ctx
        .client(org.eastRep)
        .post('/customers', { name: 'A', country: 'DE', customFields: { incoterm: 'CIF' } });
      expect(good.json().customFields).toEqual({ incoterm: 'CIF' });
    });

    it('a rep cannot hand a customer to someone else; a manager can assign within the team', async () => {
      const rep = await ctx
        .client(org.eastRep)
        .post('/customers', { name: 'A', country: 'DE', ownerId: org.eastRep2.user.id });
      expect(rep.statusCode).toBe(400);
      expect(rep.json().errors[0].path).toBe('/ownerId');
      const mgr = await ctx
        .client(org.eastManager)
        .post('/customers', { name: 'B', country: 'DE', ownerId: org.eastRep2.user.id });
      expect(mgr.statusCode).toBe(201);
      const other = await ctx
        .client(org.eastManager)
        .post('/customers', { name: 'C', country: 'DE', ownerId: org.westRep.user.id });
      expect(other.statusCode).toBe(400);
    });
  });

  describe('update, soft delete, restore and audit', () => {
    it('records who changed which field, and restores from the trash', async () => {
      const c = await ctx.newCustomer(org.eastRep, {
        name: 'Becker Verpackung GmbH',
        country: 'DE',
      });
      const upd = await ctx
        .client(org.eastRep)
        .patch(`/customers/${c.id}`, { stage: 'customer', city: 'Köln' });
      expect(upd.statusCode).toBe(200);
      expect(upd.json()).toMatchObject({ stage: 'customer', city: 'Köln' });

      expect((await ctx.client(org.eastRep).delete(`/customers/${c.id}`)).statusCode).toBe(204);
      expect((await ctx.client(org.eastRep).get(`/customers/${c.id}`)).statusCode).toBe(404);
      const trash = (await ctx.client(org.eastRep).get('/customers?deleted=true'))
        .json()
        .items.map((x: { id: string }) => x.id);
      expect(trash).toContain(c.id);
      // The customer page opens it from the trash, to restore it; by default it is gone.
      expect((await ctx.client(org.eastRep).get(`/customers/${c.id}`)).statusCode).toBe(404);
      const inTrash = await ctx.client(org.eastRep).get(`/customers/${c.id}?includeDeleted=true`);
      expect(inTrash.statusCode).toBe(200);
      expect(inTrash.json().deletedAt).not.toBeNull();
      // Out of scope stays out of scope, in the trash too.
      expect(
        (await ctx.client(org.westRep).get(`/customers/${c.id}?includeDeleted=true`)).statusCode,
      ).toBe(404);
      const restored = await ctx.client(org.eastRep).post(`/customers/${c.id}/restore`);
      expect(restored.statusCode).toBe(200);
      expect(restored.json().deletedAt).toBeNull();

      const log = (await ctx.client(org.admin).get(`/audit-log?entityId=${c.id}`)).json().items;
      expect(log.map((e: { action: string }) => e.action)).toEqual([
        'restore',
        'delete',
        'update',
        'create',
      ]);
      const update = log[2];
      expect(update.actorId).toBe(org.eastRep.user.id);
      expect(update.changes).toEqual({
        stage: { before: 'lead', after: 'customer' },
        city: { before: null, after: 'Köln' },
      });
    });

    it('changing the country re-derives the time zone unless one is given', async () => {
      const c = await ctx.newCustomer(org.eastRep, { name: 'Nomad Trading', country: 'DE' });
      const res = await ctx.client(org.eastRep).patch(`/customers/${c.id}`, { country: 'KZ' });
      expect(res.json()).toMatchObject({ country: 'KZ', timeZone: 'Asia/Almaty' });
      const bad = await ctx.client(org.eastRep).patch(`/customers/${c.id}`, { country: 'XX' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([
        {
          path: '/country',
          code: 'country',
          message: '"XX" is not an ISO 3166-1 alpha-2 country code',
          params: { value: 'XX' },
        },
      ]);
      expect((await ctx.rawCustomer(org.ws.id, c.id))?.country).toBe('KZ');
    });
  });
});
