import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo templates on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 66, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('has three templates in seven languages that render for every demo contact', async () => {
    // Rendered as the demo admin: the sender's name and company come from them.
    const admin = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    const scope = { ...demoScope(workspaceId), userId: admin.id };
    const { items } = await ctx.services.templates.list(scope);
    expect(items.map((t) => t.name).sort()).toEqual([
      'Quotation follow-up',
      'Samples dispatched',
      'Trade show follow-up',
    ]);
    for (const t of items)
      expect(t.variants.map((v) => v.language).sort()).toEqual(
        ['ar', 'de', 'en', 'es', 'ja', 'pt', 'zh-CN'].sort(),
      );
    const contacts = await ctx.db
      .selectFrom('contacts')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'contacts.workspace_id')
          .onRef('customers.id', '=', 'contacts.customer_id'),
      )
      .select(['contacts.id', 'customers.country'])
      .where('contacts.workspace_id', '=', workspaceId)
      .execute();
    expect(contacts.length).toBeGreaterThan(30);
    const byCountry = new Map<string, string>();
    for (const c of contacts) {
      for (const t of items) {
        const r = await ctx.services.templateRender
          .render(scope, t.id, { contactId: c.id })
          .catch((e: { errors?: unknown }) => {
            throw new Error(JSON.stringify([c, t.name, e.errors]));
          });
        expect(r.body).not.toMatch(/\{|\}/);
        byCountry.set(c.country, r.language);
      }
    }
    // The country's language where a variant exists, else English; never the sender's Chinese.
    for (const [country, language] of [
      ['DE', 'de'],
      ['BR', 'pt'],
      ['MX', 'es'],
      ['SA', 'ar'],
      ['JP', 'ja'],
      ['US', 'en'],
    ])
      if (byCountry.has(country!))
        expect([country, byCountry.get(country!)]).toEqual([country, language]);
    expect([...byCountry.values()]).toContain('de');
  });

  it('gives the admin a mailbox on .invalid servers two scheduled messages and a greeting in the outbox', async () => {
    const admin = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    const scope = { ...demoScope(workspaceId), userId: admin.id };
    const { items } = await ctx.services.outbox.list(scope, { status: 'scheduled', limit: 10 });
    const greeting = items.find((m) => m.outgoing?.templateId === null);
    const others = items.filter((m) => m !== greeting);
    expect(others.map((m) => [m.outgoing?.sendAt, m.outgoing?.language]).sort()).toEqual([
      ['instant', 'de'],
      ['local-morning', 'ar'],
    ]);
    // A greeting of the calendar in Chuhai's own words (no template), at 09:30 on their clock.
    expect(greeting?.outgoing).toMatchObject({ templateId: null, sendAt: 'instant' });
    expect(greeting?.outgoing?.plannedLocal).toMatch(/ 09:30$/);
    const [box] = (await ctx.services.mailboxes.list(scope)).items;
    expect(box?.smtpHost).toMatch(/\.invalid$/);
    // A draft through the workspace SMTP account, and one scheduled from that mailbox with its
    // European buyers queued.
    const campaigns = (await ctx.services.campaigns.list(scope, 10)).items;
    expect(campaigns.map((c) => c.status).sort()).toEqual(['draft', 'scheduled']);
    const spring = campaigns.find((c) => c.status === 'scheduled')!;
    expect(spring.recipients).toBeGreaterThan(0);
    expect(spring.mailboxId).toBe(box?.id);
    const [relay] = (await ctx.services.smtpAccounts.list(scope)).items;
    expect(relay).toMatchObject({
      smtpHost: expect.stringMatching(/\.invalid$/),
      hasPassword: true,
    });
    expect(campaigns.find((c) => c.status === 'draft')?.smtpAccountId).toBe(relay?.id);
  });
});
