import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

// #11: a notes column becomes a note on each customer's timeline, a language column the
// contact's language; imported customers keep where they came from; the recent-imports list says
// when, who and whether it was a dry run.
const LIST = [
  'Company,Country,Contact,E-mail,语言,备注',
  'Schmidt Pumpen GmbH,DE,Eva Schmidt,eva@schmidt-pumpen.de,德语,"Met at booth B12.\nWants samples of the 40 mm pump."',
  'Schmidt Pumpen,Germany,Jan Schmidt,jan@schmidt-pumpen.de,de,Second visit: price list sent',
  'Rossi Srl,IT,Marco Rossi,marco@rossi.example,Italian,',
  'Dupont SA,FR,Anne Dupont,anne@dupont.example,Elbisch,Should be rejected',
].join('\n');

describe.each(testDialects())(
  'notes, language and source of imported customers on %s',
  (dialect) => {
    let ctx: TestContext;
    let org: Awaited<ReturnType<typeof salesOrg>>;
    beforeAll(async () => {
      ctx = await TestContext.create(dialect);
      org = await salesOrg(ctx);
    });
    afterAll(() => ctx.close());

    const importList = async (
      actor: Actor,
      content: string,
      fields: Record<string, string> = {},
      name = 'booth.csv',
    ) => {
      const res = await ctx.upload(actor, '/imports', { name, content }, fields);
      expect(res.statusCode).toBe(202);
      await ctx.imports.wait(res.json().id);
      return (await ctx.client(actor).get(`/imports/${res.json().id}`)).json();
    };
    const customerNamed = async (actor: Actor, q: string) =>
      (await ctx.client(actor).get(`/customers?q=${encodeURIComponent(q)}`)).json().items[0];
    const timeline = async (actor: Actor, customerId: string) =>
      (await ctx.client(actor).get(`/activities?customerId=${customerId}`)).json().items;
    const activityCount = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('activities')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('workspace_id', '=', org.ws.id)
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('guesses the notes and language columns', async () => {
      const res = await ctx.upload(org.eastRep, '/imports/preview', {
        name: 'p.csv',
        content: LIST,
      });
      expect(res.json().mapping).toMatchObject({ 语言: 'language', 备注: 'notes' });
      expect(res.json().targets).toEqual(expect.arrayContaining(['notes', 'language']));
    });

    it('a dry run writes no note', async () => {
      const before = await activityCount();
      const job = await importList(org.eastRep, LIST, { dryRun: 'true' });
      expect(job).toMatchObject({ status: 'done', dryRun: true });
      expect(job.counts).toMatchObject({ created: 2, merged: 1, rejected: 1 });
      expect(await activityCount()).toBe(before);
    });

    it('puts each row’s note on its customer’s timeline, from the import, by the importer', async () => {
      const before = new Date().toISOString();
      const job = await importList(org.eastRep, LIST);
      expect(job.counts).toMatchObject({ created: 2, merged: 1, rejected: 1 });
      const schmidt = await customerNamed(org.eastRep, 'Schmidt Pumpen');
      const notes = await timeline(org.eastRep, schmidt.id);
      // The duplicate row folded into the same customer brings its own note.
      expect(notes).toHaveLength(2);
      expect(notes.map((n: { summary: string }) => n.summary).sort()).toEqual([
        'Met at booth B12.\nWants samples of the 40 mm pump.',
        'Second visit: price list sent',
      ]);
      for (const n of notes) {
        expect(n).toMatchObject({ type: 'note', source: 'import', authorId: org.eastRep.user.id });
        expect(n.occurredAt >= before).toBe(true);
      }
      // An empty notes cell adds nothing; a rejected row's note is not written.
      const rossi = await customerNamed(org.eastRep, 'Rossi');
      expect(await timeline(org.eastRep, rossi.id)).toEqual([]);
      expect(await customerNamed(org.eastRep, 'Dupont')).toBeUndefined();
      // A note is a record, not a touch: the customer still counts as never contacted.
      expect((await ctx.rawCustomer(org.ws.id, schmidt.id))?.last_touch_at).toBeNull();
    });

    it('re-importing the file adds no note twice; a merge into a known customer adds its new note', async () => {
      const job = await importList(org.eastRep, LIST);
      expect(job.counts).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 1 });
      const schmidt = await customerNamed(org.eastRep, 'Schmidt Pumpen');
      expect(await timeline(org.eastRep, schmidt.id)).toHaveLength(2);

      const later = await importList(
        org.eastRep,
        'Company,Country,E-mail,Remarks\nSchmidt Pumpen GmbH,DE,eva@schmidt-pumpen.de,Ordered samples',
        {},
        'follow-up.csv',
      );
      expect(later.counts).toMatchObject({ updated: 1, created: 0 });
      const notes = await timeline(org.eastRep, schmidt.id);
      expect(notes).toHaveLength(3);
      expect(notes[0]).toMatchObject({ summary: 'Ordered samples', source: 'import' });
    });

    it('reads the language as a name or a code, and says which row names none', async () => {
      const schmidt = await customerNamed(org.eastRep, 'Schmidt Pumpen');
      const contacts = (
        await ctx.client(org.eastRep).get(`/customers/${schmidt.id}/contacts`)
      ).json().items as { firstName: string; preferredLanguage: string | null }[];
      expect(contacts.map((c) => [c.firstName, c.preferredLanguage]).sort()).toEqual([
        ['Eva', 'de'],
        ['Jan', 'de'],
      ]);
      expect(schmidt.languages).toEqual(['de']);
      const rossi = await customerNamed(org.eastRep, 'Rossi');
      expect(rossi.languages).toEqual(['it']);
      const job = (await ctx.client(org.eastRep).get('/imports'))
        .json()
        .items.find(
          (i: { fileName: string; dryRun: boolean }) => i.fileName === 'booth.csv' && !i.dryRun,
        );
      const full = (await ctx.client(org.eastRep).get(`/imports/${job.id}`)).json();
      // Rows are the file's lines: the first note spans two.
      expect(full.errors).toEqual([
        {
          row: 6,
          field: 'language',
          code: 'unknown_language',
          params: { value: 'Elbisch' },
          message: '"Elbisch" is not a language we know',
        },
      ]);
    });

    it('gives imported customers the import’s source, else the file’s name', async () => {
      expect((await customerNamed(org.eastRep, 'Schmidt Pumpen')).source).toBe('import: booth.csv');
      await importList(
        org.eastRep,
        'Company,Country\nKowalski Sp. z o.o.,PL',
        { source: 'trade show: Canton Fair 2026' },
        'canton.csv',
      );
      expect((await customerNamed(org.eastRep, 'Kowalski')).source).toBe(
        'trade show: Canton Fair 2026',
      );
      // A source column still names each row's own.
      await importList(
        org.eastRep,
        'Company,Country,Source\nNovak s.r.o.,CZ,LinkedIn',
        {},
        'x.csv',
      );
      expect((await customerNamed(org.eastRep, 'Novak')).source).toBe('LinkedIn');
    });

    it('lists recent imports with when, who and whether it was a dry run', async () => {
      await importList(org.westRep, 'Company,Country\nWest Co,US', { dryRun: 'true' });
      const mine = (await ctx.client(org.westRep).get('/imports')).json().items;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        dryRun: true,
        createdBy: org.westRep.user.id,
        createdByName: org.westRep.user.name,
        counts: { created: 1, rejected: 0 },
      });
      expect(Date.parse(mine[0].createdAt)).not.toBeNaN();
      // An admin sees everyone's, each with its importer's name.
      const all = (await ctx.client(org.admin).get('/imports')).json().items as {
        createdByName: string;
        dryRun: boolean;
      }[];
      expect(new Set(all.map((i) => i.createdByName))).toEqual(
        new Set([org.eastRep.user.name, org.westRep.user.name]),
      );
      expect(all.filter((i) => i.dryRun)).toHaveLength(2);
    });
  },
);
