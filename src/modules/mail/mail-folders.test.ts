import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { rawMail } from '../../../test/support/mail-fixtures.ts';
import { IMAP_PASSWORD, IMAP_USER, mailboxBody } from '../../../test/support/mail-world.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const ME = `${IMAP_USER}@chuhai.test`;

// Folders beyond INBOX and Sent (0089): the test lists the server's folders (IMAP LIST), the
// owner chooses more, and the sync reads each with its own UIDVALIDITY/UID bookmark, from a
// real Dovecot: nothing twice on a second sync, a folder removed on the server passed over.
describe.each(testDialects())('chosen mail folders from a real IMAP server (%s)', (dialect) => {
  let ctx: TestContext;
  let dovecot: Dovecot;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let mailboxId: string;
  let customerId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    org = await salesOrg(ctx);
    const c = await ctx.newCustomer(org.eastRep, {
      name: 'Oliveira Ltda',
      country: 'BR',
      domain: 'oliveira.com.br',
    });
    customerId = c.id;
    await ctx.newContact(org.eastRep, c.id, {
      firstName: 'João',
      emails: ['joao@oliveira.com.br'],
    });
    for (const f of ['Projects', 'Projects/Brazil', 'Archive'])
      await dovecot.folder(IMAP_USER, IMAP_PASSWORD, f);
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'INBOX', [
      mail('Pedido 1', '<inbox-1@oliveira.com.br>'),
    ]);
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'Projects/Brazil', [
      mail('Projeto São Paulo', '<brazil-1@oliveira.com.br>'),
      mail('Projeto Rio', '<brazil-2@oliveira.com.br>'),
      rawMail({ from: 'friend@gmail.com', to: ME, subject: 'Churrasco?', body: 'Private.' }),
    ]);
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'Archive', [
      mail('Arquivo', '<archive-1@oliveira.com.br>'),
    ]);
    const res = await ctx.client(org.eastRep).post('/mailboxes', mailboxBody(dovecot.port));
    expect(res.statusCode, res.body).toBe(201);
    mailboxId = res.json().id;
  });
  afterAll(async () => {
    await ctx?.close();
    await dovecot?.stop();
  });

  function mail(subject: string, messageId: string) {
    return rawMail({
      from: 'João Oliveira <joao@oliveira.com.br>',
      to: ME,
      subject,
      body: 'Bom dia, segue o pedido.',
      messageId,
    });
  }
  const rep = () => ctx.client(org.eastRep);
  const sync = () => ctx.services.mailSync.sync(org.ws.id, mailboxId);
  const stored = async () =>
    (
      await ctx.db
        .selectFrom('mail_messages')
        .select(['folder', 'message_id', 'uid'])
        .where('mailbox_id', '=', mailboxId)
        .orderBy('folder')
        .orderBy('uid')
        .execute()
    ).map((r) => `${r.folder} ${r.message_id}`);

  it('lists the server’s folders, INBOX and Sent marked as always synced', async () => {
    const res = await rep().post(`/mailboxes/${mailboxId}/test`);
    expect(res.statusCode, res.body).toBe(200);
    const out: Json = res.json();
    expect(out.folders).toEqual(['INBOX', 'Sent']);
    const byPath = Object.fromEntries(out.serverFolders.map((f: Json) => [f.path, f]));
    expect(byPath.INBOX).toMatchObject({ always: true, chosen: false });
    expect(byPath.Sent).toMatchObject({ always: true, specialUse: '\\Sent' });
    expect(byPath['Projects/Brazil']).toMatchObject({
      name: 'Brazil',
      always: false,
      chosen: false,
      specialUse: null,
    });
    expect(byPath.Archive).toMatchObject({ always: false, chosen: false });
    // Only INBOX and Sent until more are chosen.
    await sync();
    expect(await stored()).toEqual(['INBOX <inbox-1@oliveira.com.br>']);
  });

  it('refuses a bad choice with field errors and writes nothing', async () => {
    const before = await ctx.db
      .selectFrom('mailboxes')
      .selectAll()
      .where('id', '=', mailboxId)
      .executeTakeFirstOrThrow();
    const cases: [unknown, string, string][] = [
      [['inbox'], '/folders/0', 'mail_folder_always'],
      [['Archive', 'Projects/Brazil', 'Archive'], '/folders/2', 'mail_folder_twice'],
      [['   '], '/folders/0', 'required'],
    ];
    for (const [folders, path, code] of cases) {
      const res = await rep().patch(`/mailboxes/${mailboxId}`, { folders });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ path, code })]);
    }
    for (const folders of ['Archive', [42], Array.from({ length: 51 }, (_, i) => `F${i}`)]) {
      const res = await rep().patch(`/mailboxes/${mailboxId}`, { folders });
      expect(res.statusCode, res.body).toBe(400);
    }
    // Another user's mailbox is not there for them, admins included.
    const other = await ctx.client(org.admin).patch(`/mailboxes/${mailboxId}`, {
      folders: ['Archive'],
    });
    expect(other.statusCode).toBe(404);
    const after = await ctx.db
      .selectFrom('mailboxes')
      .selectAll()
      .where('id', '=', mailboxId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('syncs a chosen folder with its own bookmark, never twice, and passes over a removed one', async () => {
    const res = await rep().patch(`/mailboxes/${mailboxId}`, {
      folders: ['Projects/Brazil', 'Archive'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().folders).toEqual(['Projects/Brazil', 'Archive']);
    const listed: Json = (await rep().post(`/mailboxes/${mailboxId}/test`)).json();
    expect(listed.folders).toEqual(['INBOX', 'Sent', 'Projects/Brazil', 'Archive']);
    expect(listed.serverFolders.find((f: Json) => f.path === 'Archive').chosen).toBe(true);
    expect(listed.serverFolders.find((f: Json) => f.path === 'Projects').chosen).toBe(false);

    // Through the job, as the API queues it.
    const queued = await rep().post(`/mailboxes/${mailboxId}/sync`);
    expect(queued.statusCode).toBe(202);
    await ctx.services.jobs.runner.runNow(queued.json().jobId);
    expect(await stored()).toEqual([
      'Archive <archive-1@oliveira.com.br>',
      'INBOX <inbox-1@oliveira.com.br>',
      'Projects/Brazil <brazil-1@oliveira.com.br>',
      'Projects/Brazil <brazil-2@oliveira.com.br>',
    ]);
    const box: Json = (await rep().get(`/mailboxes/${mailboxId}`)).json();
    // The private mail in the chosen folder is counted, never stored.
    expect(box).toMatchObject({ status: 'ok', lastSyncStored: 3, lastSyncSkipped: 1 });
    const marks = await ctx.db
      .selectFrom('mailbox_folders')
      .select(['folder', 'last_uid'])
      .where('mailbox_id', '=', mailboxId)
      .orderBy('folder')
      .execute();
    expect(marks.map((m) => [m.folder, Number(m.last_uid)])).toEqual([
      ['Archive', 1],
      ['INBOX', 1],
      ['Projects/Brazil', 3],
    ]);
    const activities = await ctx.db
      .selectFrom('activities')
      .select('direction')
      .where('customer_id', '=', customerId)
      .where('type', '=', 'email')
      .execute();
    expect(activities).toHaveLength(4);

    // A second sync reads nothing again; a new message in the folder is read once.
    expect(await sync()).toEqual({ stored: 0, skipped: 0, reports: 0 });
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'Projects/Brazil', [
      mail('Projeto Recife', '<brazil-3@oliveira.com.br>'),
    ]);
    expect(await sync()).toEqual({ stored: 1, skipped: 0, reports: 0 });
    expect(await sync()).toEqual({ stored: 0, skipped: 0, reports: 0 });
    expect((await stored()).filter((s) => s.startsWith('Projects/Brazil'))).toHaveLength(3);

    // A chosen folder removed on the server is passed over; the rest still syncs.
    await dovecot.folder(IMAP_USER, IMAP_PASSWORD, 'Archive', true);
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'INBOX', [
      mail('Pedido 2', '<inbox-2@oliveira.com.br>'),
    ]);
    expect(await sync()).toEqual({ stored: 1, skipped: 0, reports: 0 });
    expect((await rep().get(`/mailboxes/${mailboxId}`)).json()).toMatchObject({
      status: 'ok',
      lastError: null,
    });
    expect(await stored()).toHaveLength(6);
  });
});
