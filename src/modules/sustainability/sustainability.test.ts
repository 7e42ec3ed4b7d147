import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const TABLES = [
  'sustainability_requirements',
  'certificates',
  'sustainability_commitments',
] as const;

describe.each(testDialects())('sustainability on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const clock = { now: new Date('2026-09-01T02:00:00Z') };
  let steel: Json; // an EU steel importer of the east rep
  let westCustomer: Json;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    steel = await ctx.newCustomer(org.eastRep, {
      name: 'Stahlhandel Duisburg GmbH',
      country: 'DE',
    });
    westCustomer = await ctx.newCustomer(org.westRep, { name: 'Aceros del Sur', country: 'ES' });
  });
  afterAll(() => ctx?.close());
  const count = async (table: (typeof TABLES)[number]) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const cbam = () => ({
    customerId: steel.id,
    kind: 'cbam_report',
    cbamGoods: 'iron_steel',
    title: 'Embedded emissions of hot-rolled coil, Q3 2026',
    requestedOn: '2026-08-15',
    dueDate: '2026-10-15',
    evidence: [{ title: 'Installation emissions report', url: 'https://docs.example/cbam-q3.pdf' }],
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const admin = ctx.client(org.admin);
    const bad = await admin.post('/sustainability/requirements', {
      ...cbam(),
      customerId: '01ffffff-ffff-7fff-8fff-ffffffffffff',
      cbamGoods: null,
      dueDate: '2026-08-01',
      ownerId: 'nobody',
      evidence: [{ title: 'x', url: 'javascript:alert(1)' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/customerId', 'not_in_scope'],
      ['/dueDate', 'not_before_start'],
      ['/ownerId', 'no_active_user'],
      ['/cbamGoods', 'required'],
      ['/evidence/0/url', 'http_url'],
    ]);
    for (const [field, value] of [
      ['status', 'done-ish'],
      ['kind', 'iso_9999'],
      ['dueDate', '2026-02-30'],
      ['cbamGoods', 'textiles'],
    ] as const) {
      const res = await admin.post('/sustainability/requirements', { ...cbam(), [field]: value });
      expect(res.statusCode, `${field}=${value}`).toBe(400);
      expect(res.json().errors[0].path).toBe(`/${field}`);
    }
    const notCbam = await admin.post('/sustainability/requirements', {
      ...cbam(),
      kind: 'iso_14001',
    });
    expect(notCbam.json().errors.map((e: Json) => e.code)).toEqual(['cbam_goods_only']);
    // An east manager cannot name the west team's customer.
    const other = await ctx
      .client(org.eastManager)
      .post('/sustainability/requirements', { ...cbam(), customerId: westCustomer.id });
    expect(other.json().errors[0].code).toBe('not_in_scope');
    const cert = await admin.post('/certificates', {
      standard: 'ISO 14001:2015',
      name: 'Environmental management',
      issuedOn: '2026-10-01',
      expiresOn: '2026-09-30',
      reminderBusinessDays: 0,
      documentUrl: 'ftp://x',
    });
    expect(cert.json().errors.map((e: Json) => e.path)).toEqual(['/reminderBusinessDays']);
    const certDates = await admin.post('/certificates', {
      standard: 'ISO 14001:2015',
      name: 'Environmental management',
      issuedOn: '2026-10-01',
      expiresOn: '2026-09-30',
      documentUrl: 'ftp://x',
    });
    expect(certDates.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/expiresOn', 'after_start'],
      ['/documentUrl', 'http_url'],
    ]);
    const commitment = await admin.post('/sustainability/commitments', {
      title: 'Cut scope 2 emissions 30 %',
      madeOn: '2026-06-01',
      dueDate: '2026-05-01',
      stakeholderId: 'nobody',
      status: 'kept',
    });
    expect(commitment.statusCode).toBe(400);
    const late = await admin.post('/sustainability/commitments', {
      title: 'Cut scope 2 emissions 30 %',
      madeOn: '2026-06-01',
      dueDate: '2026-05-01',
      stakeholderId: 'nobody',
    });
    expect(late.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/dueDate', 'not_before_start'],
      ['/stakeholderId', 'not_in_scope'],
    ]);
    for (const t of TABLES) expect(await count(t)).toBe(0);
    // Reps add none of them.
    const rep = ctx.client(org.eastRep);
    expect((await rep.post('/sustainability/requirements', cbam())).statusCode).toBe(403);
    expect(
      (await rep.post('/sustainability/commitments', { title: 'x', madeOn: '2026-06-01' }))
        .statusCode,
    ).toBe(403);
  });

  it('keeps requirements per customer: reps see their customers’, managers every one', async () => {
    const created = await ctx.client(org.eastManager).post('/sustainability/requirements', cbam());
    expect(created.statusCode).toBe(201);
    const r = created.json();
    expect(r).toMatchObject({
      customer: { id: steel.id, name: steel.name },
      kind: 'cbam_report',
      cbamGoods: 'iron_steel',
      status: 'open',
      overdue: false,
      ownerId: org.eastManager.user.id,
      evidence: [
        { title: 'Installation emissions report', url: 'https://docs.example/cbam-q3.pdf' },
      ],
      canEdit: true,
    });
    // The east rep reads it on their customer's card but may not change it.
    const rep = ctx.client(org.eastRep);
    const mine = (await rep.get(`/sustainability/requirements?customerId=${steel.id}`)).json();
    expect(mine.items.map((x: Json) => [x.id, x.canEdit])).toEqual([[r.id, false]]);
    expect(
      (await rep.patch(`/sustainability/requirements/${r.id}`, { status: 'submitted' })).statusCode,
    ).toBe(403);
    // The west rep does not see it; the west manager does, without the customer's name.
    expect(
      (await ctx.client(org.westRep).get(`/sustainability/requirements/${r.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await ctx.client(org.westRep).get('/sustainability/requirements')).json().items,
    ).toEqual([]);
    const west = (
      await ctx.client(org.westManager).get(`/sustainability/requirements/${r.id}`)
    ).json();
    expect(west.customer).toBeNull();
    expect(JSON.stringify(west)).not.toContain(steel.name);
    // A patch that puts the due date before the request is refused and changes nothing.
    const bad = await ctx.client(org.eastManager).patch(`/sustainability/requirements/${r.id}`, {
      requestedOn: '2026-11-01',
      status: 'submitted',
    });
    expect(bad.json().errors.map((e: Json) => e.path)).toEqual(['/dueDate']);
    // Overdue once the due date passed in the home office (Shanghai) and still open.
    clock.now = new Date('2026-10-15T17:00:00Z'); // 16 October 01:00 in Shanghai
    expect((await rep.get(`/sustainability/requirements/${r.id}`)).json()).toMatchObject({
      status: 'open',
      overdue: true,
    });
    const done = await ctx
      .client(org.admin)
      .patch(`/sustainability/requirements/${r.id}`, { status: 'submitted' });
    expect(done.json()).toMatchObject({ status: 'submitted', overdue: false });
    expect((await rep.get('/sustainability/requirements?status=open')).json().items).toEqual([]);
    clock.now = new Date('2026-09-01T02:00:00Z');
  });

  it('plans a certificate’s renewal in the home office’s business calendar', async () => {
    const admin = ctx.client(org.admin);
    const res = await admin.post('/certificates', {
      standard: 'ISO 14001:2015',
      name: 'Environmental management, Ningbo plant',
      issuer: 'TÜV SÜD',
      issuedOn: '2023-10-09',
      expiresOn: '2026-10-08',
      reminderBusinessDays: 10,
      ownerId: org.eastRep.user.id,
    });
    expect(res.statusCode).toBe(201);
    const cert = res.json();
    // Ten Chinese business days before 8 October 2026: over the National Day week, Mid-Autumn
    // and the worked Sunday of 20 September.
    expect(cert).toMatchObject({ remindOn: '2026-09-17', state: 'valid' });
    clock.now = new Date('2026-09-17T01:00:00Z');
    expect(
      (await admin.get('/certificates?state=renew_now')).json().items.map((c: Json) => c.id),
    ).toEqual([cert.id]);
    clock.now = new Date('2026-10-08T01:00:00Z');
    expect((await admin.get(`/certificates/${cert.id}`)).json().state).toBe('expired');
    clock.now = new Date('2026-09-01T02:00:00Z');
    // Its owner (a rep) reads and renews it; another rep does not see it; managers read it only.
    const renewed = await ctx
      .client(org.eastRep)
      .patch(`/certificates/${cert.id}`, { issuedOn: '2026-09-20', expiresOn: '2029-10-08' });
    expect(renewed.json()).toMatchObject({ expiresOn: '2029-10-08', state: 'valid' });
    expect((await ctx.client(org.westRep).get(`/certificates/${cert.id}`)).statusCode).toBe(404);
    expect((await ctx.client(org.westRep).get('/certificates')).json().items).toEqual([]);
    const manager = ctx.client(org.westManager);
    expect((await manager.get(`/certificates/${cert.id}`)).json().canEdit).toBe(false);
    expect((await manager.delete(`/certificates/${cert.id}`)).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).delete(`/certificates/${cert.id}`)).statusCode).toBe(204);
    expect(await count('certificates')).toBe(0);
  });

  it('keeps commitments with owners and status, linked to customers and stakeholders', async () => {
    const stakeholder = (
      await ctx.client(org.admin).post('/stakeholders', {
        country: 'DE',
        name: 'Wirtschaftsvereinigung Stahl',
        kind: 'industry_association',
        influence: 4,
        stance: 1,
      })
    ).json();
    const res = await ctx.client(org.eastManager).post('/sustainability/commitments', {
      title: 'Green steel share of 20 % in deliveries',
      customerId: steel.id,
      stakeholderId: stakeholder.id,
      madeOn: '2026-03-01',
      dueDate: '2026-08-31',
      ownerId: org.eastRep.user.id,
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      customer: { id: steel.id },
      stakeholder: { id: stakeholder.id, name: 'Wirtschaftsvereinigung Stahl' },
      status: 'planned',
      overdue: true,
      canEdit: false,
    });
    // The rep owns it: they move it on; the west rep sees nothing of it.
    const rep = ctx.client(org.eastRep);
    expect(
      (await rep.patch(`/sustainability/commitments/${c.id}`, { status: 'met' })).json(),
    ).toMatchObject({
      status: 'met',
      overdue: false,
      canEdit: true,
    });
    expect(
      (await ctx.client(org.westRep).get(`/sustainability/commitments/${c.id}`)).statusCode,
    ).toBe(404);
    const west = (await ctx.client(org.westManager).get('/sustainability/commitments')).json()
      .items;
    expect(west.map((x: Json) => [x.id, x.customer])).toEqual([[c.id, null]]);
  });
});
