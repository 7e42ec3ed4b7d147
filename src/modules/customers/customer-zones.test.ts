import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

// Issue #11: a customer in a country of several zones gets one derived from the state, the city
// or the phone's area code (or an assumed one, said so), on the API, on the page and on import.
describe.each(testDialects())('customer time zones on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let dir: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    dir = mkdtempSync(join(tmpdir(), 'chuhai-zones-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx.close();
  });

  const api = () => ctx.client(org.eastRep);
  const zoneOf = async (id: string) => {
    const c = (await api().get(`/customers/${id}`)).json();
    return [c.timeZone, c.timeZoneSource];
  };

  it('the Campinas customer gets São Paulo time: local time and contact windows answer 200', async () => {
    const res = await api().post('/customers', {
      name: 'Ferragens Campinas Ltda',
      country: 'BR',
      city: 'Campinas',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ timeZone: 'America/Sao_Paulo', timeZoneSource: 'city' });
    const windows = await api().get(`/customers/${res.json().id}/contact-windows?days=3`);
    expect(windows.statusCode).toBe(200);
    expect(windows.json().customer).toMatchObject({
      timeZone: 'America/Sao_Paulo',
      timeZoneSource: 'city',
    });
    expect(windows.json().days).toHaveLength(3);
  });

  it('nothing known: the most populous zone, marked assumed; a +55 19 phone then settles it', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Sem Endereço Ltda', country: 'BR' });
    expect(await zoneOf(c.id)).toEqual(['America/Sao_Paulo', 'assumed']);
    const windows = await api().get(`/customers/${c.id}/contact-windows`);
    expect(windows.statusCode).toBe(200);
    expect(windows.json().customer.timeZoneSource).toBe('assumed');

    const contact = await api().post(`/customers/${c.id}/contacts`, {
      firstName: 'Ana',
      phones: ['+55 19 91234-5678'],
    });
    expect(contact.statusCode).toBe(201);
    expect(await zoneOf(c.id)).toEqual(['America/Sao_Paulo', 'phone']);
    // a Cuiabá number instead: the area code moves the customer an hour west
    await api().patch(`/contacts/${contact.json().id}`, { phones: ['+55 65 3322-1234'] });
    expect(await zoneOf(c.id)).toEqual(['America/Manaus', 'phone']);
    // the state comes before the phone
    await api().patch(`/customers/${c.id}`, { region: 'AC' });
    expect(await zoneOf(c.id)).toEqual(['America/Rio_Branco', 'region']);
    await api().delete(`/contacts/${contact.json().id}`);
    expect(await zoneOf(c.id)).toEqual(['America/Rio_Branco', 'region']);
  });

  it('a zone a person set wins over state, city and phone until cleared', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Houston Pumps', country: 'US' });
    expect(await zoneOf(c.id)).toEqual(['America/New_York', 'assumed']);
    // the edit form sends the zone it shows: that does not pin the derived zone
    await api().patch(`/customers/${c.id}`, { region: 'CA', timeZone: 'America/New_York' });
    expect(await zoneOf(c.id)).toEqual(['America/Los_Angeles', 'region']);
    await api().patch(`/customers/${c.id}`, { timeZone: 'America/Denver' });
    expect(await zoneOf(c.id)).toEqual(['America/Denver', 'user']);
    await api().patch(`/customers/${c.id}`, { region: 'TX', city: 'Houston' });
    await api().post(`/customers/${c.id}/contacts`, {
      firstName: 'Bob',
      phones: ['+1 212 555 0123'],
    });
    expect(await zoneOf(c.id)).toEqual(['America/Denver', 'user']);
    await api().patch(`/customers/${c.id}`, { timeZone: null });
    expect(await zoneOf(c.id)).toEqual(['America/Chicago', 'city']);
    // a new country drops a zone of the old one
    await api().patch(`/customers/${c.id}`, { timeZone: 'America/Denver' });
    await api().patch(`/customers/${c.id}`, { country: 'DE', region: null, city: 'Hamburg' });
    expect(await zoneOf(c.id)).toEqual(['Europe/Berlin', 'country']);
  });

  it('an import derives the zone the same way, from the row’s state, city and phone', async () => {
    const path = join(dir, 'brazil.csv');
    writeFileSync(
      path,
      [
        'Company,Country,State,City,Mobile',
        'Campinas Agro,BR,,Campinas,',
        'Ligação Paulista,BR,,,+55 19 99876-5432',
        'Acre Madeiras,BR,AC,Campinas,',
        'Sem Pista,BR,,,',
        'Almaty Trade,KZ,,Almaty,',
      ].join('\n'),
    );
    const started = await ctx.imports.start(org.eastRep.scope, {
      filePath: path,
      fileName: 'brazil.csv',
      entity: 'customers',
      mapping: {
        Company: 'name',
        Country: 'country',
        State: 'region',
        City: 'city',
        Mobile: 'phone',
      },
    });
    await ctx.imports.wait(started.id);
    const job = await ctx.imports.get(org.eastRep.scope, started.id);
    expect(job.counts.created).toBe(5);
    const byName = async (q: string) => {
      const [c] = (await api().get(`/customers?q=${encodeURIComponent(q)}`)).json().items;
      return [c.timeZone, c.timeZoneSource];
    };
    expect(await byName('Campinas Agro')).toEqual(['America/Sao_Paulo', 'city']);
    expect(await byName('Ligação Paulista')).toEqual(['America/Sao_Paulo', 'phone']);
    expect(await byName('Acre Madeiras')).toEqual(['America/Rio_Branco', 'region']);
    expect(await byName('Sem Pista')).toEqual(['America/Sao_Paulo', 'assumed']);
    expect(await byName('Almaty Trade')).toEqual(['Asia/Almaty', 'country']);

    // A later file brings a Cuiabá number for a customer already there: the zone follows it.
    const later = join(dir, 'later.csv');
    writeFileSync(later, ['Company,Country,Mobile', 'Sem Pista,BR,+55 65 3322-1234'].join('\n'));
    const again = await ctx.imports.start(org.eastRep.scope, {
      filePath: later,
      fileName: 'later.csv',
      entity: 'customers',
      mapping: { Company: 'name', Country: 'country', Mobile: 'phone' },
    });
    await ctx.imports.wait(again.id);
    expect((await ctx.imports.get(org.eastRep.scope, again.id)).counts.updated).toBe(1);
    expect(await byName('Sem Pista')).toEqual(['America/Manaus', 'phone']);
  });

  it('a merge carries how the zone was chosen, and its undo gives the chosen zone back', async () => {
    const keep = await ctx.newCustomer(org.eastRep, {
      name: 'Madeiras Norte',
      country: 'BR',
      timeZone: 'America/Manaus',
    });
    const dup = await ctx.newCustomer(org.eastRep, {
      name: 'Madeiras Norte Campinas',
      country: 'BR',
      city: 'Campinas',
    });
    const merged = await api().post('/duplicates/merge', {
      keepId: keep.id,
      mergeId: dup.id,
      take: { time_zone: 'merge' },
    });
    expect(merged.statusCode).toBe(200);
    expect(await zoneOf(keep.id)).toEqual(['America/Sao_Paulo', 'city']);
    expect((await api().post(`/merges/${merged.json().mergeId}/undo`, {})).statusCode).toBe(200);
    expect(await zoneOf(keep.id)).toEqual(['America/Manaus', 'user']);
  });
});
