import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext, type Actor } from '../../../test/support/context.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import {
  connectMailbox,
  IMAP_PASSWORD,
  IMAP_USER,
  mailWorld,
} from '../../../test/support/mail-world.ts';

interface Msg {
  id: string;
  subject: string;
  access: string;
  body: string | null;
  attachments: unknown[] | null;
  direction: string;
  threadId: string;
  suggestedContact: string | null;
}

describe.each(testDialects())('who reads synced mail (%s)', (dialect) => {
  let ctx: TestContext;
  let dovecot: Dovecot;
  let w: Awaited<ReturnType<typeof mailWorld>>;
  let mailboxId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    w = await mailWorld(ctx, dovecot);
    mailboxId = await connectMailbox(ctx, w.rep, dovecot.port);
    await ctx.services.mailSync.sync(w.ws.id, mailboxId);
  });
  afterAll(async () => {
    await ctx?.close();
    await dovecot?.stop();
  });

  const mail = async (who: Actor, customerId: string): Promise<Msg[]> => {
    const res = await ctx.client(who).get(`/messages?customerId=${customerId}`);
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Msg[] }>().items;
  };

  it('shows the owner everything, threaded, in and out', async () => {
    const items = await mail(w.rep, w.mueller.id);
    expect(items.map((m) => [m.direction, m.access])).toEqual([
      ['outbound', 'full'],
      ['inbound', 'full'],
    ]);
    expect(items[0]!.threadId).toBe(items[1]!.threadId);
    expect(items[1]!.body).toContain('bitte senden Sie uns Ihr Angebot');
    expect(items[1]!.attachments).toHaveLength(1);
    // Anna is a contact: nothing to suggest.
    expect(items.map((m) => m.suggestedContact)).toEqual([null, null]);
  });

  it('shows the team’s manager and an admin only the metadata of a metadata mailbox', async () => {
    for (const who of [w.eastManager, w.admin]) {
      const items = await mail(who, w.mueller.id);
      expect(items).toHaveLength(2);
      for (const m of items) {
        expect(m).toMatchObject({ access: 'metadata', body: null, attachments: null });
        expect(m.subject).toContain('Angebot');
      }
      const one = await ctx.client(who).get(`/messages/${items[1]!.id}`);
      expect(one.json()).toMatchObject({ access: 'metadata', body: null });
      expect(one.body).not.toContain('bitte senden');
    }
  });

  it('shows nothing to those who may not see the customer', async () => {
    const [first] = await mail(w.rep, w.mueller.id);
    for (const who of [w.eastRep2, w.westRep, w.westManager]) {
      expect(await mail(who, w.mueller.id)).toEqual([]);
      const res = await ctx.client(who).get(`/messages/${first!.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(first!.subject);
      const all = await ctx.client(who).get('/messages');
      expect(all.body).not.toContain(first!.id);
    }
  });

  it('lets the owner read their mail with a colleague’s customer, and the colleague its metadata', async () => {
    const mine = await mail(w.rep, w.porto.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      access: 'full',
      body: expect.stringContaining('segue o pedido'),
      // Found by the customer's domain: the sender is no contact yet.
      suggestedContact: 'joao@porto.com.br',
    });
    const theirs = await mail(w.westRep, w.porto.id);
    expect(theirs).toEqual([
      expect.objectContaining({ subject: 'Pedido 42', access: 'metadata', body: null }),
    ]);
    expect(await mail(w.eastRep2, w.porto.id)).toEqual([]);
    // The mail is a touch on the colleague's customer all the same.
    const touches = await ctx.client(w.westRep).get(`/activities?customerId=${w.porto.id}`);
    expect(touches.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'email', summary: 'Pedido 42' })]),
    );
  });

  it('shares the content once the owner shares the mailbox in full', async () => {
    const patch = await ctx.client(w.rep).patch(`/mailboxes/${mailboxId}`, { sharing: 'full' });
    expect(patch.statusCode).toBe(200);
    const items = await mail(w.eastManager, w.mueller.id);
    expect(items.every((m) => m.access === 'full' && m.body)).toBe(true);
    // Full sharing widens what is read, never who reads: the other team still sees nothing.
    expect(await mail(w.westManager, w.mueller.id)).toEqual([]);
    await ctx.client(w.rep).patch(`/mailboxes/${mailboxId}`, { sharing: 'metadata' });
  });
});
