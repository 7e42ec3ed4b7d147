import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// Deal and quote fields, written for the recipient's locale; only the contact's customer's.
describe.each(testDialects())('templates with a deal and a quote on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let templateId: string;
  let contactId: string;
  let deal: Json;
  let quote: Json;
  let otherDeal: Json;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    templateId = (
      await ctx.client(org.admin).post('/templates', {
        name: 'Offer',
        defaultLanguage: 'pt',
        variants: [
          {
            language: 'pt',
            subject: 'Cotação {quoteNumber}',
            body: '{dealTitle}: {dealAmount} até {dealCloseDate}. Total {quoteTotal}, {quoteLineCount, plural, one {# item} other {# itens}}.',
          },
        ],
      })
    ).json().id;
    const brazil = await ctx.newCustomer(org.eastRep, { name: 'Solaris Ltda', country: 'BR' });
    contactId = (await ctx.newContact(org.eastRep, brazil.id, { firstName: 'Mariana' })).id;
    const rep = ctx.client(org.eastRep);
    deal = (
      await rep.post('/deals', {
        customerId: brazil.id,
        title: 'Bombas 2027',
        amountMinor: 123_450,
        currency: 'BRL',
        expectedCloseDate: '2027-03-05',
      })
    ).json();
    quote = (
      await rep.post('/quotes', {
        customerId: brazil.id,
        currency: 'USD',
        validUntil: '2099-01-01',
        lines: [
          { description: 'Pump A', quantity: 2, unitPriceMinor: 50_000 },
          { description: 'Pump B', quantity: 1, unitPriceMinor: 25_000 },
        ],
      })
    ).json();
    const other = await ctx.newCustomer(org.eastRep, { name: 'Other', country: 'BR' });
    otherDeal = (
      await rep.post('/deals', {
        customerId: other.id,
        title: 'Not hers',
        amountMinor: 1,
        currency: 'BRL',
        expectedCloseDate: '2027-03-05',
      })
    ).json();
  });
  afterAll(() => ctx.close());

  const render = (who = org.eastRep, extra: object = {}) =>
    ctx.client(who).post(`/templates/${templateId}/render`, { contactId, ...extra });

  it('fills deal and quote fields in the recipient’s locale', async () => {
    const res = await render(org.eastRep, { dealId: deal.id, quoteId: quote.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().subject).toBe(`Cotação ${quote.number}`);
    expect(res.json().body).toBe(
      'Bombas 2027: R$\u00a01.234,50 até 5 de março de 2027. Total US$\u00a01.250,00, 2 itens.',
    );
  });

  it('names the missing deal field when no deal is given', async () => {
    const res = await render(org.eastRep, { quoteId: quote.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: Json) => e.params.field)).toEqual([
      'dealTitle',
      'dealAmount',
      'dealCloseDate',
    ]);
  });

  it('refuses another customer’s deal, and a deal out of scope is not found', async () => {
    const res = await render(org.eastRep, { dealId: otherDeal.id, quoteId: quote.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      path: '/dealId',
      code: 'template_other_customer',
    });
    expect((await render(org.admin, { dealId: 'nope' })).statusCode).toBe(404);
    expect((await render(org.westRep, { dealId: deal.id })).statusCode).toBe(404);
  });
});
