import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { POOL_HOLDER_ID } from '../../domain/pool/pool-settings.ts';

const RULE = {
  enabled: true,
  stages: ['lead', 'prospect'],
  idleDays: 15,
  warningDays: 3,
  claimLimit: 10,
};

describe.each(testDialects())('the shared pool API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let other: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    other = await salesOrg(ctx);
    expect((await ctx.client(org.admin).put('/pool/settings', RULE)).statusCode).toBe(200);
  });
  afterAll(() => ctx.close());

  let n = 0;
  const lead = (owner: Actor, input: Record<string, unknown> = {}) =>
    ctx.newCustomer(owner, { name: `Pool Lead ${++n} GmbH`, stage: 'lead', ...input });
  const pooled = async (owner: Actor, input: Record<string, unknown> = {}) => {
    const c = await lead(owner, input);
    const res = await ctx.client(owner).post(`/customers/${c.id}/release`, {});
    expect(res.statusCode).toBe(200);
    return c;
  };
  const rows = (table: 'pool_claims' | 'pool_entries' | 'pool_settings') =>
    ctx.db.selectFrom(table).selectAll().where('workspace_id', '=', org.ws.id).execute();
  const auditOf = (id: string) =>
    ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
  const codeOf = (res: { json(): { errors?: { code: string }[] } }) => res.json().errors?.[0]?.code;

  describe('settings', () => {
    it('are readable by everyone and changed by admins only, audited', async () => {
      const rep = ctx.client(org.eastRep);
      const got = (await rep.get('/pool/settings')).json();
      expect(got).toMatchObject({ ...RULE, claimWindowDays: 30, homeCountry: 'CN' });
      for (const actor of [org.eastRep, org.eastManager]) {
        const res = await ctx.client(actor).put('/pool/settings', { ...RULE, idleDays: 30 });
        expect(res.statusCode).toBe(403);
      }
      // another workspace keeps the defaults
      expect((await ctx.client(other.eastRep).get('/pool/settings')).json()).toMatchObject({
        enabled: false,
        stages: ['lead', 'prospect'],
        idleDays: 20,
        warningDays: 3,
        claimLimit: 20,
      });
      const audit = await auditOf(org.ws.id);
      expect(audit.map((a) => [a.entity_type, a.action])).toEqual([['pool_settings', 'update']]);
    });

    it.each([
      [{ warningDays: 15 }, 'pool_warning_days'],
      [{ idleDays: 1 }, 'minimum'],
      [{ stages: [] }, 'min_items'],
      [{ stages: ['vip'] }, undefined],
      [{ claimLimit: 0 }, undefined],
      [{ idleDays: 'ten' }, undefined],
      [{ surprise: true }, undefined],
    ])('refuse %o and leave the rule as it was', async (patch, code) => {
      const before = await rows('pool_settings');
      const res = await ctx.client(org.admin).put('/pool/settings', { ...RULE, ...patch });
      expect(res.statusCode).toBe(400);
      if (code) expect(res.json().errors.map((e: { code: string }) => e.code)).toContain(code);
      expect(await rows('pool_settings')).toEqual(before);
    });
  });

  describe('returning a customer by hand', () => {
    it('hands it to the pool, hides its record from reps and lists a few fields', async () => {
      const c = await lead(org.eastRep, { domain: 'pool-secret.example', city: 'Hamburg' });
      const res = await ctx.client(org.eastRep).post(`/customers/${c.id}/release`, {
        note: 'No answer since the fair',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ customerId: c.id, ownerId: POOL_HOLDER_ID });
      expect((await ctx.rawCustomer(org.ws.id, c.id))?.owner_id).toBe(POOL_HOLDER_ID);
      for (const actor of [org.eastRep, org.eastRep2, org.eastManager, org.westRep]) {
        const as = ctx.client(actor);
        expect((await as.get(`/customers/${c.id}`)).statusCode).toBe(404);
        expect((await as.get(`/customers/${c.id}/contacts`)).statusCode).toBe(404);
        expect((await as.get(`/customers/${c.id}/health`)).statusCode).toBe(404);
        const list = (await as.get(`/customers?q=${encodeURIComponent(c.name)}`)).json();
        expect(list.items).toEqual([]);
        const item = (await as.get('/pool'))
          .json()
          .items.find((i: { customerId: string }) => i.customerId === c.id);
        expect(item).toMatchObject({
          name: c.name,
          country: 'DE',
          stage: 'lead',
          reason: 'manual',
        });
        expect(Object.keys(item).sort()).toEqual([
          'country',
          'customerId',
          'lastTouchAt',
          'name',
          'nativeName',
          'pooledAt',
          'reason',
          'stage',
        ]);
        expect(JSON.stringify(item)).not.toContain('pool-secret');
      }
      // the admin sees everything, the pool holder as owner
      const seen = await ctx.client(org.admin).get(`/customers/${c.id}`);
      expect(seen.json().ownerId).toBe(POOL_HOLDER_ID);
      const audit = await auditOf(c.id);
      expect(audit.at(-1)).toMatchObject({ action: 'pool_release', actor_id: org.eastRep.user.id });
      expect(JSON.parse(audit.at(-1)!.changes)).toMatchObject({
        ownerId: { before: org.eastRep.user.id, after: POOL_HOLDER_ID },
        note: { after: 'No answer since the fair' },
      });
      // another workspace's pool is its own
      expect((await ctx.client(other.admin).get('/pool')).json().items).toEqual([]);
    });

    it('lets a manager return a team member’s customer, nobody outside the scope', async () => {
      const c = await lead(org.eastRep2);
      for (const actor of [org.westManager, org.westRep, org.eastRep]) {
        const res = await ctx.client(actor).post(`/customers/${c.id}/release`, {});
        expect(res.statusCode).toBe(404);
      }
      expect((await ctx.rawCustomer(org.ws.id, c.id))?.owner_id).toBe(org.eastRep2.user.id);
      const res = await ctx.client(org.eastManager).post(`/customers/${c.id}/release`, {});
      expect(res.statusCode).toBe(200);
    });

    it('refuses a stage the pool does not take, and a customer already in it', async () => {
      const buyer = await ctx.newCustomer(org.eastRep, { name: 'Real Buyer', stage: 'customer' });
      const res = await ctx.client(org.eastRep).post(`/customers/${buyer.id}/release`, {});
      expect(res.statusCode).toBe(409);
      expect(codeOf(res)).toBe('pool_stage');
      const c = await pooled(org.eastRep);
      const again = await ctx.client(org.admin).post(`/customers/${c.id}/release`, {});
      expect(again.statusCode).toBe(409);
      expect(codeOf(again)).toBe('pool_already');
      const unknown = await ctx.client(org.admin).post('/customers/nope/release', {});
      expect(unknown.statusCode).toBe(404);
      const long = await ctx.client(org.admin).post(`/customers/${c.id}/release`, {
        note: 'x'.repeat(501),
      });
      expect(long.statusCode).toBe(400);
    });
  });

  describe('claiming', () => {
    it('gives the customer to the claimant, audited, with a follow-up in their inbox', async () => {
      const c = await pooled(org.eastRep);
      const res = await ctx.client(org.westRep).post(`/pool/${c.id}/claim`, {});
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ customerId: c.id, ownerId: org.westRep.user.id });
      const row = await ctx.rawCustomer(org.ws.id, c.id);
      expect(row).toMatchObject({ owner_id: org.westRep.user.id, team_id: org.west.id });
      expect((await ctx.client(org.westRep).get(`/customers/${c.id}`)).statusCode).toBe(200);
      expect((await ctx.client(org.eastRep).get(`/customers/${c.id}`)).statusCode).toBe(404);
      const inbox = (await ctx.client(org.westRep).get(`/follow-ups?customerId=${c.id}`)).json();
      expect(inbox.items.map((f: { assigneeId: string }) => f.assigneeId)).toEqual([
        org.westRep.user.id,
      ]);
      const listed = (await ctx.client(org.westRep).get('/pool')).json();
      expect(listed.items.map((i: { customerId: string }) => i.customerId)).not.toContain(c.id);
      expect(listed.claims).toMatchObject({ used: 1, limit: 10, windowDays: 30 });
      expect((await auditOf(c.id)).at(-1)).toMatchObject({
        action: 'pool_claim',
        actor_id: org.westRep.user.id,
      });
      expect((await rows('pool_entries')).map((e) => e.customer_id)).not.toContain(c.id);
    });

    it('answers taken to a second claimant and not found for customers never pooled', async () => {
      const c = await pooled(org.eastRep);
      expect((await ctx.client(org.westRep).post(`/pool/${c.id}/claim`, {})).statusCode).toBe(200);
      const late = await ctx.client(org.eastRep2).post(`/pool/${c.id}/claim`, {});
      expect(late.statusCode).toBe(409);
      expect(codeOf(late)).toBe('pool_taken');
      const mine = await lead(org.eastRep);
      const before = await rows('pool_claims');
      for (const id of [mine.id, 'no-such-customer']) {
        const res = await ctx.client(org.westRep).post(`/pool/${id}/claim`, {});
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain(mine.name);
      }
      expect(await rows('pool_claims')).toEqual(before);
      const foreign = await pooled(other.eastRep);
      const res = await ctx.client(org.westRep).post(`/pool/${foreign.id}/claim`, {});
      expect(res.statusCode).toBe(404);
      const bad = await ctx.client(org.westRep).post(`/pool/${c.id}/claim`, { force: 'yes' });
      expect(bad.statusCode).toBe(400);
    });

    it('stops a rep at the claim limit, counted over 30 days', async () => {
      const admin = ctx.client(org.admin);
      expect((await admin.put('/pool/settings', { ...RULE, claimLimit: 2 })).statusCode).toBe(200);
      const rep = ctx.client(org.eastRep2);
      const used = (await rep.get('/pool')).json().claims.used as number;
      const cs = [await pooled(org.eastRep), await pooled(org.eastRep), await pooled(org.eastRep)];
      const codes = [];
      for (const c of cs) {
        const res = await rep.post(`/pool/${c.id}/claim`, {});
        codes.push(res.statusCode === 200 ? 200 : codeOf(res));
      }
      expect(codes).toEqual(
        [200, 200, 'pool_claim_limit', 'pool_claim_limit'].slice(used, used + 3),
      );
      const left = cs.at(-1)!;
      expect((await ctx.rawCustomer(org.ws.id, left.id))?.owner_id).toBe(POOL_HOLDER_ID);
      // an admin's assignment is not a claim: the limit does not stop it
      const assigned = await admin.post(`/pool/${left.id}/assign`, {
        userId: org.eastRep2.user.id,
      });
      expect(assigned.statusCode).toBe(200);
      expect((await ctx.rawCustomer(org.ws.id, left.id))?.owner_id).toBe(org.eastRep2.user.id);
      expect((await auditOf(left.id)).at(-1)?.action).toBe('pool_assign');
      expect((await admin.put('/pool/settings', RULE)).statusCode).toBe(200);
    });

    it('refuses a customer that looks like one the claimant has, unless forced', async () => {
      const mine = await lead(org.westRep, { name: 'Kowalski Pumps', domain: 'kowalski-pumps.pl' });
      const twin = await pooled(org.eastRep, {
        name: 'Kowalski Pumpen',
        domain: 'kowalski-pumps.pl',
      });
      const rep = ctx.client(org.westRep);
      const refused = await rep.post(`/pool/${twin.id}/claim`, {});
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors[0]).toMatchObject({
        code: 'pool_duplicate',
        params: { id: mine.id, name: 'Kowalski Pumps' },
      });
      expect((await ctx.rawCustomer(org.ws.id, twin.id))?.owner_id).toBe(POOL_HOLDER_ID);
      // someone whose book has no look-alike could claim it; the rep may insist
      const forced = await rep.post(`/pool/${twin.id}/claim`, { force: true });
      expect(forced.statusCode).toBe(200);
      expect(JSON.parse((await auditOf(twin.id)).at(-1)!.changes)).toMatchObject({
        duplicatesIgnored: { after: [mine.id] },
      });
    });

    it('never tells a rep of a colleague’s look-alike', async () => {
      await lead(org.eastRep, { name: 'Nordic Valves', domain: 'nordic-valves.se' });
      const twin = await pooled(org.eastRep2, {
        name: 'Nordic Valves AB',
        domain: 'nordic-valves.se',
      });
      expect((await ctx.client(org.westRep).post(`/pool/${twin.id}/claim`, {})).statusCode).toBe(
        200,
      );
    });
  });

  describe('assigning (admins)', () => {
    it('refuses other roles and users who cannot own customers', async () => {
      const c = await pooled(org.eastRep);
      for (const actor of [org.eastRep, org.eastManager]) {
        const res = await ctx.client(actor).post(`/pool/${c.id}/assign`, {
          userId: actor.user.id,
        });
        expect(res.statusCode).toBe(403);
      }
      for (const userId of [POOL_HOLDER_ID, 'nobody', other.eastRep.user.id]) {
        const res = await ctx.client(org.admin).post(`/pool/${c.id}/assign`, { userId });
        expect(res.statusCode).toBe(400);
        expect(codeOf(res)).toBe('no_active_user');
      }
      expect((await ctx.rawCustomer(org.ws.id, c.id))?.owner_id).toBe(POOL_HOLDER_ID);
    });
  });

  it('keeps the pool holder out of the user list and the user routes', async () => {
    const users = (await ctx.client(org.admin).get('/users')).json().items;
    expect(users.map((u: { id: string }) => u.id)).not.toContain(POOL_HOLDER_ID);
    expect((await ctx.client(org.admin).get(`/users/${POOL_HOLDER_ID}`)).statusCode).toBe(404);
    const patch = await ctx.client(org.admin).patch(`/users/${POOL_HOLDER_ID}`, { active: true });
    expect(patch.statusCode).toBe(404);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'shared-pool@pool.chuhai.invalid', password: 'anything-at-all' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('filters and pages the pool', async () => {
    const fr = await pooled(org.eastRep, { name: 'Pool Filter Société', country: 'FR' });
    const rep = ctx.client(org.westRep);
    const byCountry = (await rep.get('/pool?country=fr')).json().items;
    expect(byCountry.map((i: { customerId: string }) => i.customerId)).toEqual([fr.id]);
    expect((await rep.get('/pool?q=filter%20soc')).json().items).toHaveLength(1);
    expect((await rep.get('/pool?q=100%25')).json().items).toEqual([]);
    const first = (await rep.get('/pool?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (
      await rep.get(`/pool?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json();
    expect(second.items[0].customerId).not.toBe(first.items[0].customerId);
    expect((await rep.get('/pool?stage=vip')).statusCode).toBe(400);
    expect((await rep.get('/pool?limit=0')).statusCode).toBe(400);
    expect((await ctx.client().get('/pool')).statusCode).toBe(401);
  });
});
