import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

// Templates are the workspace's; the contact a message is for follows the customer's scope.
describe.each(testDialects())('template rendering and send slots access on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let templateId: string;
  let contactId: string;
  let stranger: Actor;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const res = await ctx.client(org.admin).post('/templates', {
      name: 'Hello',
      defaultLanguage: 'en',
      variants: [{ language: 'en', subject: 'Hello', body: 'Dear {contactFirstName},' }],
    });
    templateId = res.json().id;
    const customer = await ctx.newCustomer(org.eastRep, {
      name: 'Secret East GmbH',
      country: 'DE',
    });
    contactId = (await ctx.newContact(org.eastRep, customer.id, { firstName: 'Eastsecret' })).id;
    const other = await ctx.newWorkspace();
    stranger = await ctx.newUser(other.id, 'admin');
  });
  afterAll(() => ctx.close());

  const render = (who: Actor) =>
    ctx.client(who).post(`/templates/${templateId}/render`, { contactId });
  const slots = (who: Actor) =>
    ctx.client(who).get(`/send-slots?contactId=${contactId}&after=2026-06-10T10:00:00Z`);

  it.each([
    ['the owning rep', 'eastRep', 200],
    ['the east manager', 'eastManager', 200],
    ['an admin', 'admin', 200],
    ['another rep of the same team', 'eastRep2', 404],
    ['a rep of another team', 'westRep', 404],
    ['the other team’s manager', 'westManager', 404],
  ] as const)('%s → %i', async (_, who, status) => {
    const r = await render(org[who]);
    expect(r.statusCode).toBe(status);
    const s = await slots(org[who]);
    expect(s.statusCode).toBe(status);
    if (status === 404) {
      expect(r.body).not.toContain('Eastsecret');
      expect(s.body).not.toContain('Eastsecret');
    } else expect(r.json().body).toBe('Dear Eastsecret,');
  });

  it('is not found from another workspace, and needs sign-in', async () => {
    expect((await render(stranger)).statusCode).toBe(404);
    expect((await ctx.client(stranger).get(`/templates/${templateId}`)).statusCode).toBe(404);
    expect((await slots(stranger)).statusCode).toBe(404);
    expect((await ctx.client().get(`/send-slots?contactId=${contactId}`)).statusCode).toBe(401);
  });
});
