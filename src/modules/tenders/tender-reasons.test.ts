import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

interface Reason {
  id: string;
  code: string | null;
  name: { en: string; zh: string };
  active: boolean;
}

describe.each(testDialects())('win/loss reasons on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let other: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    other = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const list = async (inactive = false): Promise<Reason[]> =>
    (await ctx.client(org.admin).get(`/tender-reasons?includeInactive=${inactive}`)).json().items;

  it('starts every workspace with the ten default reasons in English and Chinese, once', async () => {
    const [a, b] = await Promise.all([list(), list()]);
    expect(a).toEqual(b);
    expect(a.map((r) => r.code)).toEqual([
      'price',
      'local_presence',
      'local_content',
      'joint_venture',
      'financing',
      'technical_fit',
      'delivery_time',
      'relationship',
      'political',
      'references',
    ]);
    expect(a[3]!.name).toEqual({ en: 'Joint venture required', zh: '要求合资' });
    const rows = await ctx.db
      .selectFrom('tender_reasons')
      .select('id')
      .where('workspace_id', '=', org.ws.id)
      .execute();
    expect(rows).toHaveLength(10);
    // Another workspace has its own.
    const theirs = (await ctx.client(other.admin).get('/tender-reasons')).json().items as Reason[];
    expect(theirs.map((r) => r.id).filter((id) => a.some((r) => r.id === id))).toEqual([]);
  });

  it('lets an admin add, rename and switch off reasons, each audited', async () => {
    const admin = ctx.client(org.admin);
    const added = await admin.post('/tender-reasons', {
      nameEn: 'Warranty terms',
      nameZh: '质保条款',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ code: null, active: true, position: 10 });
    const id = added.json().id as string;
    const renamed = await admin.patch(`/tender-reasons/${id}`, { nameEn: 'Warranty' });
    expect(renamed.json().name).toEqual({ en: 'Warranty', zh: '质保条款' });
    const price = (await list()).find((r) => r.code === 'price')!;
    expect(
      (await admin.patch(`/tender-reasons/${price.id}`, { nameZh: '报价' })).json().name.zh,
    ).toBe('报价');
    expect((await admin.patch(`/tender-reasons/${id}`, { active: false })).json().active).toBe(
      false,
    );
    expect((await list()).map((r) => r.id)).not.toContain(id);
    expect((await list(true)).map((r) => r.id)).toContain(id);
    const audit = (await admin.get('/audit-log?entityType=tender_reason')).json().items as {
      entityId: string;
    }[];
    expect(audit.filter((a) => a.entityId === id)).toHaveLength(3);
  });

  it('refuses a name taken, an empty name and an unknown reason', async () => {
    const admin = ctx.client(org.admin);
    const dup = await admin.post('/tender-reasons', { nameEn: 'Price', nameZh: '价格2' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0]).toMatchObject({ path: '/nameEn', code: 'taken' });
    const local = (await list()).find((r) => r.code === 'local_content')!;
    expect((await admin.patch(`/tender-reasons/${local.id}`, { nameEn: 'Price' })).statusCode).toBe(
      409,
    );
    expect((await admin.post('/tender-reasons', { nameEn: '', nameZh: 'x' })).statusCode).toBe(400);
    expect((await admin.patch('/tender-reasons/nope', { active: false })).statusCode).toBe(404);
    // Another workspace's reason is not found either.
    const theirs = (await ctx.client(other.admin).get('/tender-reasons')).json().items[0].id;
    expect((await admin.patch(`/tender-reasons/${theirs}`, { active: false })).statusCode).toBe(
      404,
    );
  });
});
