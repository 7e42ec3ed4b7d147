import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const story = {
  title: 'Pump housing cracked at a Maputo plant',
  kind: 'product_safety',
  severity: 'high',
  countries: ['MZ'],
};

describe.each(testDialects())('mentions linked to incidents on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let first: Json;
  let second: Json;
  let incident: Json;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Águas de Maputo', country: 'MZ' });
    const mention = async (title: string) => {
      const res = await ctx.client(org.eastManager).post('/mentions', {
        country: 'MZ',
        title,
        source: 'Notícias',
        language: 'pt',
        publishedOn: '2026-11-30',
        sentiment: 'negative',
        customerIds: [customer.id],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    first = await mention('Bomba rachada numa estação de Maputo');
    second = await mention('Fornecedor chinês promete investigar bomba rachada');
  });
  afterAll(() => ctx?.close());

  const links = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('mention_incidents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('opens an incident from a mention, linked; a mention outside reach is a field error', async () => {
    const bad = await ctx.client(org.eastManager).post('/incidents', {
      ...story,
      mentionIds: [first.id, '01ffffff-ffff-7fff-8fff-ffffffffffff'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/mentionIds/1', 'not_in_scope'],
    ]);
    expect(await links()).toBe(0);
    expect(await ctx.db.selectFrom('incidents').selectAll().execute()).toHaveLength(0);

    const res = await ctx
      .client(org.eastManager)
      .post('/incidents', { ...story, mentionIds: [first.id] });
    expect(res.statusCode, res.body).toBe(201);
    incident = res.json();
    const detail = (await ctx.client(org.eastManager).get(`/incidents/${incident.id}`)).json();
    expect(detail.mentions.map((m: Json) => [m.id, m.title, m.sentiment])).toEqual([
      [first.id, first.title, 'negative'],
    ]);
    expect(detail.actions.map((a: Json) => a.kind)).toContain('mention');
  });

  it('links and unlinks mentions (owner, admins); shows the link on the mention to managers only', async () => {
    const url = `/incidents/${incident.id}/mentions/${second.id}`;
    // Another manager reads the incident but does not run it; reps do not see incidents at all.
    expect((await ctx.client(org.westManager).put(url)).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).put(url)).statusCode).toBe(403);
    const unknown = `/incidents/${incident.id}/mentions/01ffffff-ffff-7fff-8fff-ffffffffffff`;
    expect((await ctx.client(org.eastManager).put(unknown)).statusCode).toBe(404);
    const nowhere = `/incidents/01ffffff-ffff-7fff-8fff-ffffffffffff/mentions/${second.id}`;
    expect((await ctx.client(org.admin).put(nowhere)).statusCode).toBe(404);
    expect(await links()).toBe(1);

    const linked = await ctx.client(org.eastManager).put(url);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().mentions).toHaveLength(2);
    // Twice is once.
    expect((await ctx.client(org.admin).put(url)).json().mentions).toHaveLength(2);
    expect(await links()).toBe(2);

    const asManager = (await ctx.client(org.westManager).get(`/mentions/${second.id}`)).json();
    expect(asManager.incidents).toEqual([
      { id: incident.id, title: story.title, status: 'monitoring' },
    ]);
    // The rep reads the mention (linked to their customer) but not that an incident exists.
    const asRep = await ctx.client(org.eastRep).get(`/mentions/${second.id}`);
    expect(asRep.statusCode).toBe(200);
    expect(asRep.json().incidents).toEqual([]);
    expect(asRep.body).not.toContain(story.title);

    expect((await ctx.client(org.westManager).delete(url)).statusCode).toBe(403);
    const unlinked = await ctx.client(org.admin).delete(url);
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().mentions.map((m: Json) => m.id)).toEqual([first.id]);
    expect(unlinked.json().actions.map((a: Json) => a.kind)).toContain('mention_unlinked');
    expect((await ctx.client(org.admin).delete(url)).statusCode).toBe(404);
  });

  it('drops the link when the mention is deleted', async () => {
    expect((await ctx.client(org.admin).delete(`/mentions/${first.id}`)).statusCode).toBe(204);
    expect(await links()).toBe(0);
    const detail = (await ctx.client(org.admin).get(`/incidents/${incident.id}`)).json();
    expect(detail.mentions).toEqual([]);
  });
});
