import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
interface Overview {
  from: string;
  hq: { country: string };
  offices: {
    office: { name: string };
    headcount: number;
    days: { date: string; officeOpen: boolean; closedBecause: string[]; away: unknown[] }[];
    closedDifferences: { date: string; closed: string }[];
  }[];
}

// The planning view across offices: Dubai (the east manager's, the east rep works there) and
// Munich (the west manager's), over Eid al-Adha 2026.
describe.each(testDialects())('planning across offices on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const admin = ctx.client(org.admin);
    const make = async (body: object) =>
      (await admin.post('/offices', { hours: { start: '09:00', end: '18:00' }, ...body })).json<{
        id: string;
      }>().id;
    const dubai = await make({
      name: 'Dubai',
      country: 'AE',
      city: 'Dubai',
      timeZone: 'Asia/Dubai',
      managerId: org.eastManager.user.id,
    });
    await make({
      name: 'Munich',
      country: 'DE',
      region: 'BY',
      city: 'Munich',
      timeZone: 'Europe/Berlin',
      managerId: org.westManager.user.id,
    });
    const amira = await ctx.client(org.eastManager).post(`/offices/${dubai}/people`, {
      name: 'Amira Haddad',
      userId: org.eastRep.user.id,
      countryOfWork: 'AE',
      role: 'Sales',
      startDate: '2025-09-01',
    });
    await ctx.client(org.eastManager).post(`/offices/${dubai}/leave`, {
      personId: amira.json<{ id: string }>().id,
      kind: 'annual',
      from: '2026-05-24',
      to: '2026-05-26',
    });
  });
  afterAll(() => ctx.close());

  const overview = async (who: Org['admin'], q = 'from=2026-05-24&days=7') => {
    const res = await ctx.client(who).get(`/office-planning?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Overview>();
  };

  it('admins see every office over the same days, Eid al-Adha closing Dubai only', async () => {
    const o = await overview(org.admin);
    expect(o.offices.map((p) => p.office.name)).toEqual(['Dubai', 'Munich']);
    const [dubai, munich] = o.offices;
    const eid = dubai!.days.find((d) => d.date === '2026-05-27')!;
    expect(eid.officeOpen).toBe(false);
    expect(eid.closedBecause.join(' ')).toMatch(/Eid|Sacrifice/);
    expect(munich!.days.find((d) => d.date === '2026-05-27')!.officeOpen).toBe(true);
    expect(dubai!.days.find((d) => d.date === '2026-05-25')!.away).toHaveLength(1);
    expect(dubai!.closedDifferences).toContainEqual({
      date: '2026-05-27',
      closed: 'office',
      because: expect.any(Array) as unknown,
    });
  });

  it('others see only the offices they manage or work in', async () => {
    expect((await overview(org.eastRep)).offices.map((p) => p.office.name)).toEqual(['Dubai']);
    expect((await overview(org.westManager)).offices.map((p) => p.office.name)).toEqual(['Munich']);
    expect((await overview(org.westRep)).offices).toEqual([]);
    expect((await ctx.client().get('/office-planning')).statusCode).toBe(401);
  });

  it.each(['days=0', 'days=91', 'from=2026-13-01', 'lang=fr', 'x=1'])(
    'bad input %s answers 400',
    async (q) => {
      const res = await ctx.client(org.admin).get(`/office-planning?${q}`);
      expect(res.statusCode).toBe(400);
    },
  );
});
