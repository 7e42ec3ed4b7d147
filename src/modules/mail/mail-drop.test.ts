import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext } from '../../../test/support/context.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { rawMail } from '../../../test/support/mail-fixtures.ts';
import {
  connectMailbox,
  IMAP_PASSWORD,
  IMAP_USER,
  mailWorld,
} from '../../../test/support/mail-world.ts';

/**
 * A TCP relay in front of Dovecot that can drop every connection at once and refuse new ones,
 * as a server restarting or a network cut does in the middle of a sync.
 */
class DroppingRelay {
  private readonly sockets = new Set<Socket>();
  private down = false;
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: number): Promise<DroppingRelay> {
    const server = createServer((client) => {
      if (relay.down) return void client.destroy();
      const upstream = connect(target, '127.0.0.1');
      for (const s of [client, upstream]) {
        relay.sockets.add(s);
        s.on('close', () => relay.sockets.delete(s));
        s.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    // Connections arrive only once this is set: the handler above runs after it.
    const relay = new DroppingRelay(
      server,
      typeof address === 'object' && address ? address.port : 0,
    );
    return relay;
  }

  drop(): void {
    this.down = true;
    for (const s of this.sockets) s.destroy();
  }

  heal(): void {
    this.down = false;
  }

  async close(): Promise<void> {
    this.drop();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const EXTRA = 120;

// The bad input: "a server that drops mid-fetch". The relay cuts the connection while
// the sync is between its FETCHes (bodies are fetched 50 envelopes at a time): the problem is
// recorded on the mailbox, what was stored stays, and the next sync continues from the right UID.
describe.each(testDialects())('a mail server that drops mid-sync (%s)', (dialect) => {
  let ctx: TestContext;
  let dovecot: Dovecot;
  let relay: DroppingRelay;
  let world: Awaited<ReturnType<typeof mailWorld>>;
  let mailboxId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    world = await mailWorld(ctx, dovecot);
    await dovecot.append(
      IMAP_USER,
      IMAP_PASSWORD,
      'INBOX',
      Array.from({ length: EXTRA }, (_, i) =>
        rawMail({
          from: 'anna@mueller.de',
          to: world.me,
          subject: `Lieferung ${i}`,
          body: `Teil ${i}`,
          messageId: `<drop-${i}@mueller.de>`,
        }),
      ),
    );
    relay = await DroppingRelay.start(dovecot.port);
    mailboxId = await connectMailbox(ctx, world.rep, relay.port);
  });
  afterAll(async () => {
    await relay?.close();
    await ctx?.close();
    await dovecot?.stop();
  });

  const messageIds = async () =>
    (
      await ctx.db
        .selectFrom('mail_messages')
        .select('message_id')
        .where('mailbox_id', '=', mailboxId)
        .execute()
    ).map((r) => r.message_id);

  it('records the problem, keeps what was stored, and resumes without duplicates or loss', async () => {
    let settled = 0;
    await expect(
      ctx.services.mailSync.sync(world.ws.id, mailboxId, {
        afterMessage: () => {
          if (++settled === 10) relay.drop();
        },
      }),
    ).rejects.toThrow();
    const box = (await ctx.client(world.rep).get(`/mailboxes/${mailboxId}`)).json();
    expect(box.status).toBe('error');
    expect(box.lastError?.code).toMatch(/^mail_/);
    const kept = await messageIds();
    // The first batch of 50 envelopes was fetched before the cut: all of it is kept.
    expect(kept.length).toBeGreaterThanOrEqual(40);
    expect(kept.length).toBeLessThan(EXTRA);

    relay.heal();
    const resumed = await ctx.services.mailSync.sync(world.ws.id, mailboxId);
    const all = await messageIds();
    expect(resumed.stored).toBe(all.length - kept.length);
    // 120 from Müller, the world's 7 matched INBOX messages and its reply in Sent; no duplicate.
    expect(all).toHaveLength(EXTRA + 8);
    const ids = all.filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 0; i < EXTRA; i++) expect(all).toContain(`<drop-${i}@mueller.de>`);
    const after = (await ctx.client(world.rep).get(`/mailboxes/${mailboxId}`)).json();
    expect(after).toMatchObject({ status: 'ok', lastError: null });
  });
});
