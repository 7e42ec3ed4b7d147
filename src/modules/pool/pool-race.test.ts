import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { POOL_HOLDER_ID } from '../../domain/pool/pool-settings.ts';

// Claims sent at the same moment. On PostgreSQL they run on separate connections: only the
// conditional update and the settings row lock keep the first claim the only one.
describe.each(testDialects())('simultaneous claims on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const rule = (claimLimit: number | null) =>
    ctx.client(org.admin).put('/pool/settings', {
      enabled: true,
      stages: ['lead', 'prospect'],
      idleDays: 20,
      warningDays: 3,
      claimLimit,
    });
  let n = 0;
  const pooled = async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: `Race Lead ${++n} Oy`, stage: 'lead' });
    expect((await ctx.client(org.eastRep).post(`/customers/${c.id}/release`, {})).statusCode).toBe(
      200,
    );
    return c;
  };
  const claimsOf = (customerId: string) =>
    ctx.db
      .selectFrom('pool_claims')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('customer_id', '=', customerId)
      .execute();

  it('lets exactly one of several claimants win, the others hear “taken”', async () => {
    expect((await rule(null)).statusCode).toBe(200);
    for (let round = 0; round < 3; round++) {
      const c = await pooled();
      const reps = [org.eastRep2, org.westRep, org.eastManager, org.westManager];
      const answers = await Promise.all(
        reps.map((r) => ctx.client(r).post(`/pool/${c.id}/claim`, {})),
      );
      const won = answers.flatMap((a, i) => (a.statusCode === 200 ? [reps[i]!] : []));
      expect(won).toHaveLength(1);
      for (const a of answers.filter((x) => x.statusCode !== 200)) {
        expect(a.statusCode).toBe(409);
        expect(a.json().errors[0].code).toBe('pool_taken');
      }
      const row = await ctx.rawCustomer(org.ws.id, c.id);
      expect(row?.owner_id).toBe(won[0]!.user.id);
      expect(await claimsOf(c.id)).toHaveLength(1);
    }
  });

  it('holds the claim limit when one rep claims several at once', async () => {
    expect((await rule(1)).statusCode).toBe(200);
    const cs = [await pooled(), await pooled(), await pooled()];
    const rep = ctx.client(org.eastRep);
    const answers = await Promise.all(cs.map((c) => rep.post(`/pool/${c.id}/claim`, {})));
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.statusCode !== 200);
    expect(refused.map((a) => a.json().errors[0].code)).toEqual([
      'pool_claim_limit',
      'pool_claim_limit',
    ]);
    const owners = await Promise.all(cs.map((c) => ctx.rawCustomer(org.ws.id, c.id)));
    expect(owners.filter((o) => o?.owner_id === POOL_HOLDER_ID)).toHaveLength(2);
  });
});
