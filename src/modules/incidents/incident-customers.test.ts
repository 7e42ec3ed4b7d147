import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const NOBODY = '01ffffff-ffff-7fff-8fff-ffffffffffff';
const story = {
  title: 'Pump housing cracked at a Maputo plant',
  kind: 'product_safety',
  severity: 'high',
  countries: ['MZ'],
};

describe.each(testDialects())('customers linked to incidents on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let maputo: Json; // in the incident's market, the east rep's
  let durban: Json; // outside it, the east rep's
  let lisbon: Json; // outside it, the west rep's
  let incident: Json;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    maputo = await ctx.newCustomer(org.eastRep, { name: 'Águas de Maputo', country: 'MZ' });
    durban = await ctx.newCustomer(org.eastRep2, { name: 'Durban Water Works', country: 'ZA' });
    lisbon = await ctx.newCustomer(org.westRep, { name: 'EPAL Lisboa', country: 'PT' });
  });
  afterAll(() => ctx?.close());

  const links = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('incident_customers')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const followUpsOf = (customerId: string) =>
    ctx.db
      .selectFrom('follow_ups')
      .select(['assignee_id', 'note'])
      .where('customer_id', '=', customerId)
      .where('note', 'is not', null)
      .execute();

  it('opens an incident with linked customers; one outside reach is a field error', async () => {
    const bad = await ctx.client(org.eastManager).post('/incidents', {
      ...story,
      customerIds: [durban.id, lisbon.id, NOBODY],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/customerIds/1', 'not_in_scope'],
      ['/customerIds/2', 'not_in_scope'],
    ]);
    expect(await links()).toBe(0);
    expect(await ctx.db.selectFrom('incidents').selectAll().execute()).toHaveLength(0);

    const res = await ctx
      .client(org.eastManager)
      .post('/incidents', { ...story, customerIds: [durban.id] });
    expect(res.statusCode, res.body).toBe(201);
    incident = res.json();
    const detail = (await ctx.client(org.eastManager).get(`/incidents/${incident.id}`)).json();
    expect(detail.customers.map((c: Json) => [c.id, c.name, c.country, c.ownerId])).toEqual([
      [durban.id, 'Durban Water Works', 'ZA', org.eastRep2.user.id],
    ]);
    expect(detail.hiddenCustomers).toBe(0);
    expect(detail.actions.map((a: Json) => [a.kind, a.body])).toContainEqual([
      'customer',
      'Durban Water Works',
    ]);
  });

  it('links and unlinks (owner, admins); others 403, unknown 404; another team only counted', async () => {
    const url = `/incidents/${incident.id}/customers/${lisbon.id}`;
    expect((await ctx.client(org.westManager).put(url)).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).put(url)).statusCode).toBe(403);
    // The owner may not see the west's customer: as if it did not exist.
    expect((await ctx.client(org.eastManager).put(url)).statusCode).toBe(404);
    expect(
      (await ctx.client(org.admin).put(`/incidents/${NOBODY}/customers/${lisbon.id}`)).statusCode,
    ).toBe(404);
    expect(await links()).toBe(1);

    const linked = await ctx.client(org.admin).put(url);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().customers.map((c: Json) => c.name)).toEqual([
      'Durban Water Works',
      'EPAL Lisboa',
    ]);
    expect((await ctx.client(org.admin).put(url)).json().customers).toHaveLength(2);
    expect(await links()).toBe(2);
    // The east manager reads the incident; the west's customer is counted, not named.
    const asEast = (await ctx.client(org.eastManager).get(`/incidents/${incident.id}`)).json();
    expect(asEast.customers.map((c: Json) => c.name)).toEqual(['Durban Water Works']);
    expect(asEast.hiddenCustomers).toBe(1);
    // Nor in the timeline: the entry is there, the name is not.
    expect(
      asEast.actions.filter((a: Json) => a.kind === 'customer').map((a: Json) => a.body),
    ).toEqual(expect.arrayContaining(['Durban Water Works', '']));
    expect(JSON.stringify(asEast)).not.toContain('EPAL');

    expect((await ctx.client(org.eastManager).delete(url)).statusCode).toBe(404);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('entity_id', '=', incident.id)
      .execute();
    expect(audit.some((a) => String(a.changes).includes(lisbon.id))).toBe(true);
  });

  it('on activation plans follow-ups for the linked customers’ owners too, once each', async () => {
    const res = await ctx
      .client(org.eastManager)
      .patch(`/incidents/${incident.id}`, { status: 'active' });
    expect(res.statusCode, res.body).toBe(200);
    for (const [c, owner] of [
      [maputo, org.eastRep],
      [durban, org.eastRep2],
      [lisbon, org.westRep],
    ] as const)
      expect(await followUpsOf(c.id)).toEqual([{ assignee_id: owner.user.id, note: story.title }]);
    const detail = (await ctx.client(org.admin).get(`/incidents/${incident.id}`)).json();
    expect(detail.actions.map((a: Json) => a.body)).toContain(
      'Follow-ups planned for the owners of 3 customers in MZ (2 linked to it)',
    );
    // A customer linked while it is active gets its follow-up at once.
    const late = await ctx.newCustomer(org.eastRep, {
      name: 'Cervejas de Moçambique',
      country: 'KE',
    });
    const linked = await ctx
      .client(org.eastManager)
      .put(`/incidents/${incident.id}/customers/${late.id}`);
    expect(linked.statusCode).toBe(200);
    expect(await followUpsOf(late.id)).toEqual([
      { assignee_id: org.eastRep.user.id, note: story.title },
    ]);
  });

  it('unlinks, hides a trashed customer until restored, and moves links with a merge', async () => {
    const url = `/incidents/${incident.id}/customers/${lisbon.id}`;
    const unlinked = await ctx.client(org.admin).delete(url);
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().actions.map((a: Json) => a.kind)).toContain('customer_unlinked');
    expect((await ctx.client(org.admin).delete(url)).statusCode).toBe(404);

    const admin = ctx.client(org.admin);
    expect((await admin.delete(`/customers/${durban.id}`)).statusCode).toBe(204);
    const names = async () =>
      (await admin.get(`/incidents/${incident.id}`)).json().customers.map((c: Json) => c.name);
    expect(await names()).toEqual(['Cervejas de Moçambique']);
    expect((await admin.post(`/customers/${durban.id}/restore`)).statusCode).toBe(200);
    expect(await names()).toEqual(['Cervejas de Moçambique', 'Durban Water Works']);

    // Durban is merged into a twin: the link follows the kept customer, and back on undo.
    const twin = await ctx.newCustomer(org.eastRep2, { name: 'Durban Water', country: 'ZA' });
    const merged = await admin.post('/duplicates/merge', { keepId: twin.id, mergeId: durban.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(await names()).toEqual(['Cervejas de Moçambique', 'Durban Water']);
    const undone = await admin.post(`/merges/${merged.json().mergeId}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await names()).toEqual(['Cervejas de Moçambique', 'Durban Water Works']);
  });
});
