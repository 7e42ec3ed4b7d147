import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const offer = {
  name: 'Sample follow-up',
  defaultLanguage: 'en',
  variants: [
    {
      language: 'en',
      subject: 'Your samples from {senderCompany}',
      body: 'Dear {contactFirstName},\n\nthe samples for {customerName} are on their way.\n\n{senderName}',
    },
    {
      language: 'de',
      subject: 'Ihre Muster von {senderCompany}',
      body: '{contactGender, select, female {Sehr geehrte Frau {contactLastName}} male {Sehr geehrter Herr {contactLastName}} other {Guten Tag {contactFullName}}},\n\ndie Muster für {customerName} sind unterwegs ({today}).\n\nMit freundlichen Grüßen\n{senderName}',
    },
    {
      language: 'pt',
      subject: 'Suas amostras da {senderCompany}',
      body: 'Prezado(a) {contactFirstName},\n\nas amostras para a {customerName} já foram enviadas.\n\nAtenciosamente,\n{senderName}',
    },
  ],
};

describe.each(testDialects())('templates on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let template: Json;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const count = async (table: 'templates' | 'template_variants') =>
    (
      await ctx.db
        .selectFrom(table)
        .select('workspace_id')
        .where('workspace_id', '=', org.ws.id)
        .execute()
    ).length;

  it('lets a manager create a template with variants; everyone reads it', async () => {
    const res = await ctx.client(org.eastManager).post('/templates', offer);
    expect(res.statusCode, res.body).toBe(201);
    template = res.json();
    expect(template.variants.map((v: Json) => v.language)).toEqual(['en', 'de', 'pt']);
    const read = await ctx.client(org.westRep).get(`/templates/${template.id}`);
    expect(read.json()).toMatchObject({ name: 'Sample follow-up', defaultLanguage: 'en' });
    expect((await ctx.client(org.eastRep).get('/templates')).json().items).toHaveLength(1);
    expect(await count('template_variants')).toBe(3);
  });

  it('refuses writes by reps, and bad input writes nothing', async () => {
    expect(
      (await ctx.client(org.eastRep).post('/templates', { ...offer, name: 'x' })).statusCode,
    ).toBe(403);
    const broken = await ctx.client(org.admin).post('/templates', {
      ...offer,
      name: 'Broken',
      variants: [
        offer.variants[0],
        { language: 'de', subject: 'Hallo {contactFirstName', body: 'Hi {firstName}' },
        { language: 'not a tag', subject: 's', body: 'b' },
        { language: 'EN', subject: 's', body: 'b' },
      ],
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/variants/1/subject', 'template_icu_syntax'],
      ['/variants/1/body', 'template_merge_field_unknown'],
      ['/variants/2/language', 'language'],
      ['/variants/3/language', 'template_language_twice'],
    ]);
    expect(broken.json().errors[0].params).toMatchObject({ line: 1 });
    const noDefault = await ctx.client(org.admin).post('/templates', {
      ...offer,
      name: 'No default',
      defaultLanguage: 'fr',
    });
    expect(noDefault.json().errors[0]).toMatchObject({
      path: '/defaultLanguage',
      code: 'template_default_variant',
    });
    expect((await ctx.client(org.admin).post('/templates', offer)).statusCode).toBe(409);
    const patch = await ctx.client(org.admin).patch(`/templates/${template.id}`, {
      name: 'Renamed',
      variants: [{ language: 'en', subject: '{x', body: 'b' }],
    });
    expect(patch.statusCode).toBe(400);
    expect(await count('templates')).toBe(1);
    expect(await count('template_variants')).toBe(3);
    expect((await ctx.client(org.admin).get(`/templates/${template.id}`)).json().name).toBe(
      'Sample follow-up',
    );
  });

  it('chooses the contact’s language, then the country’s, then the default, and says why', async () => {
    const brazil = await ctx.newCustomer(org.eastRep, { name: 'Solaris Ltda', country: 'BR' });
    const mariana = await ctx.newContact(org.eastRep, brazil.id, {
      firstName: 'Mariana',
      lastName: 'Costa',
      preferredLanguage: 'pt-BR',
    });
    const res = await ctx.client(org.eastRep).post(`/templates/${template.id}/render`, {
      contactId: mariana.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      language: 'pt',
      locale: 'pt-BR',
      reason: { basis: 'contact', requested: 'pt-BR', match: 'variant' },
      subject: `Suas amostras da ${org.ws.name}`,
    });
    expect(res.json().body).toContain('Prezado(a) Mariana,');
    // Mexico: no es variant, no contact language → the template's default, both steps listed
    const mexico = await ctx.newCustomer(org.eastRep, { name: 'Aceros del Norte', country: 'MX' });
    const luis = await ctx.newContact(org.eastRep, mexico.id, { firstName: 'Luis' });
    const mx = (
      await ctx.client(org.eastRep).post(`/templates/${template.id}/render`, { contactId: luis.id })
    ).json();
    expect(mx).toMatchObject({ language: 'en', reason: { basis: 'default' } });
    expect(mx.reason.skipped).toEqual([{ basis: 'country', requested: 'es' }]);
    // Hofstede: Mexico's power distance (81) asks for a formal salutation, citing its source
    expect(mx.warnings.find((w: Json) => w.code === 'formal_salutation')).toMatchObject({
      params: { pdi: 81 },
      source: { kind: 'hofstede', dimension: 'pdi', value: 81, origin: 'dataset' },
    });
    // A preview of another variant keeps the automatic choice beside it
    const de = (
      await ctx
        .client(org.eastRep)
        .post(`/templates/${template.id}/render`, { contactId: luis.id, language: 'de-AT' })
    ).json();
    expect(de).toMatchObject({
      language: 'de',
      reason: { basis: 'preview' },
      automatic: { language: 'en' },
    });
    expect(de.body).toContain('Guten Tag Luis,');
  });

  it('names a missing merge value instead of sending a blank', async () => {
    const germany = await ctx.newCustomer(org.eastRep, { name: 'Müller GmbH', country: 'DE' });
    const anna = await ctx.newContact(org.eastRep, germany.id, { firstName: 'Anna' });
    const formal = await ctx.client(org.admin).post('/templates', {
      name: 'Formal',
      defaultLanguage: 'de',
      variants: [
        { language: 'de', subject: 'Angebot', body: 'Sehr geehrte Frau {contactLastName},' },
      ],
    });
    const res = await ctx
      .client(org.eastRep)
      .post(`/templates/${formal.json().id}/render`, { contactId: anna.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        path: '/variants/de/body',
        code: 'template_merge_value_missing',
        params: { field: 'contactLastName', source: 'contact.lastName' },
      }),
    ]);
  });

  it('deletes a template with its variants (managers and admins)', async () => {
    expect((await ctx.client(org.westRep).delete(`/templates/${template.id}`)).statusCode).toBe(
      403,
    );
    expect((await ctx.client(org.westManager).delete(`/templates/${template.id}`)).statusCode).toBe(
      204,
    );
    expect((await ctx.client(org.admin).get(`/templates/${template.id}`)).statusCode).toBe(404);
    const left = await ctx.db
      .selectFrom('template_variants')
      .select('language')
      .where('workspace_id', '=', org.ws.id)
      .where('template_id', '=', template.id)
      .execute();
    expect(left).toEqual([]);
  });
});
