import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// A Mozambique water-pump safety story: monitored, then active, a Portuguese statement approved.
const story = {
  title: 'Newspaper reports a pump housing cracked at a Maputo plant',
  kind: 'product_safety',
  severity: 'high',
  countries: ['MZ'],
  summary: 'O País, 30 Nov: a housing cracked during a pressure test.',
};

describe.each(testDialects())('incidents on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let incident: Json;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    await ctx.newCustomer(org.eastRep, { name: 'Águas de Maputo', country: 'MZ' });
    await ctx.newCustomer(org.westRep, { name: 'FIPAG Beira', country: 'MZ' });
    await ctx.newCustomer(org.westRep, { name: 'Nairobi Water', country: 'KE' });
  });
  afterAll(() => ctx?.close());
  const count = async (table: 'incidents' | 'incident_actions' | 'incident_statements') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses bad input with field errors and writes nothing', async () => {
    const m = ctx.client(org.eastManager);
    const bad = await m.post('/incidents', {
      ...story,
      countries: ['XX'],
      firstSeenAt: '2026-13-01T00:00:00Z',
      ownerId: org.eastRep.user.id,
      stakeholderIds: ['nope'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/countries/0', 'country'],
      ['/firstSeenAt', 'sla_instant'],
      ['/ownerId', 'no_such'],
      ['/stakeholderIds/0', 'no_such'],
    ]);
    for (const body of [
      { ...story, kind: 'gossip' },
      { ...story, countries: [] },
      { ...story, title: '' },
      { ...story, firstSeenAt: '2099-01-01T00:00:00Z' },
      { ...story, extra: 1 },
    ])
      expect((await m.post('/incidents', body)).statusCode).toBe(400);
    expect(await count('incidents')).toBe(0);
    expect(await count('incident_actions')).toBe(0);
  });

  it('reps get 403; managers open one with its kind’s checklist', async () => {
    expect((await ctx.client(org.eastRep).post('/incidents', story)).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).get('/incidents')).statusCode).toBe(403);
    const res = await ctx
      .client(org.eastManager)
      .post('/incidents', { ...story, countries: ['mz'], firstSeenAt: '2026-11-30T07:00:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    incident = res.json();
    expect(incident).toMatchObject({
      status: 'monitoring',
      nextStatuses: ['active', 'closed'],
      countries: ['MZ'],
      ownerId: org.eastManager.user.id,
      firstResponseAt: null,
      minutesToFirstResponse: null,
      canEdit: true,
    });
    expect(incident.checklist.map((c: Json) => c.key)).toContain('recall');
    expect(incident.checklist[0].label.zh).toMatch(/负责人/);
    // Another manager reads it but may not run it.
    const other = ctx.client(org.westManager);
    expect((await other.get(`/incidents/${incident.id}`)).json().canEdit).toBe(false);
    expect((await other.patch(`/incidents/${incident.id}`, { severity: 'low' })).statusCode).toBe(
      403,
    );
    expect((await other.get('/incidents?country=MZ')).json().items).toHaveLength(1);
    expect((await other.get('/incidents?country=KE')).json().items).toHaveLength(0);
  });

  it('moves only along its states; becoming active tells every MZ customer’s owner', async () => {
    const m = ctx.client(org.eastManager);
    const skip = await m.patch(`/incidents/${incident.id}`, { status: 'contained' });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().errors[0]).toMatchObject({
      path: '/status',
      params: { values: ['active', 'closed'] },
    });
    const active = await m.patch(`/incidents/${incident.id}`, { status: 'active' });
    expect(active.statusCode, active.body).toBe(200);
    expect(active.json()).toMatchObject({ status: 'active', activatedAt: expect.any(String) });
    expect(active.json().minutesToFirstResponse).toBeGreaterThan(0);
    // The incident's follow-ups, by customer, in each owner's inbox.
    const told = async (who: typeof org.eastRep) =>
      ((await ctx.client(who).get('/follow-ups')).json().items as Json[])
        .filter((f) => JSON.stringify(f).includes('Incident in MZ'))
        .map((f) => f.customerName);
    expect(await told(org.eastRep)).toEqual(['Águas de Maputo']);
    expect(await told(org.westRep)).toEqual(['FIPAG Beira']);
    const detail = (await m.get(`/incidents/${incident.id}`)).json();
    expect(detail.actions.map((a: Json) => a.body)).toEqual([
      'monitoring',
      'active',
      'Follow-ups planned for the owners of 2 customers in MZ',
    ]);
  });

  it('a statement is approved by someone other than its author; edits make it a draft again', async () => {
    const m = ctx.client(org.eastManager);
    const bad = await m.post(`/incidents/${incident.id}/statements`, {
      language: 'not a tag!',
      body: 'x',
    });
    expect(bad.statusCode).toBe(400);
    const pt = await m.post(`/incidents/${incident.id}/statements`, {
      language: 'pt-mz',
      body: 'Estamos a investigar o incidente com o nosso distribuidor local.',
    });
    expect(pt.statusCode, pt.body).toBe(201);
    const st = pt.json().statements[0];
    expect(st).toMatchObject({ language: 'pt-MZ', status: 'draft' });
    expect(
      (await m.post(`/incidents/${incident.id}/statements`, { language: 'pt-MZ', body: 'again' }))
        .statusCode,
    ).toBe(409);
    const own = await m.post(`/incidents/${incident.id}/statements/${st.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(
      (await ctx.client(org.eastRep).post(`/incidents/${incident.id}/statements/${st.id}/approve`))
        .statusCode,
    ).toBe(403);
    const ok = await ctx
      .client(org.admin)
      .post(`/incidents/${incident.id}/statements/${st.id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().statements[0]).toMatchObject({
      status: 'approved',
      approvedBy: org.admin.user.id,
    });
    const edited = await m.patch(`/incidents/${incident.id}/statements/${st.id}`, {
      body: 'Estamos a investigar, com o distribuidor local, o incidente em Maputo.',
    });
    expect(edited.json().statements[0]).toMatchObject({ status: 'draft', approvedBy: null });
  });

  it('ticks checklist steps by key; unknown steps and incidents are 404', async () => {
    const m = ctx.client(org.eastManager);
    const res = await m.put(`/incidents/${incident.id}/checklist/recall`, { done: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().checklist.find((c: Json) => c.key === 'recall')).toMatchObject({
      done: true,
      doneBy: org.eastManager.user.id,
    });
    expect(
      (await m.put(`/incidents/${incident.id}/checklist/nope`, { done: true })).statusCode,
    ).toBe(404);
    expect((await m.put(`/incidents/none/checklist/recall`, { done: true })).statusCode).toBe(404);
    expect((await m.post(`/incidents/${incident.id}/notes`, { body: '' })).statusCode).toBe(400);
    const note = await ctx.client(org.westManager).post(`/incidents/${incident.id}/notes`, {
      body: 'Distributor confirms one unit only.',
    });
    expect(note.statusCode).toBe(200);
    expect(note.json().actions.at(-1)).toMatchObject({
      kind: 'note',
      actorId: org.westManager.user.id,
    });
  });
});
