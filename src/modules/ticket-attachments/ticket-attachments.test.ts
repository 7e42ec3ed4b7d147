import type { LightMyRequestResponse } from 'fastify';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { serviceDesk } from '../../../test/support/service-world.ts';

const MAX = 64 * 1024;
const BOUNDARY = 'chuhai-attach-boundary';

/** A multipart body of parts: `{ name, value }` fields and `{ name, filename, data }` files. */
function form(parts: { name: string; value?: string; filename?: string; data?: Buffer }[]) {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = p.filename
      ? `form-data; name="${p.name}"; filename="${p.filename}"`
      : `form-data; name="${p.name}"`;
    const type = p.filename ? 'Content-Type: application/octet-stream\r\n' : '';
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    chunks.push(p.data ?? Buffer.from(p.value ?? ''));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

describe.each(testDialects())('ticket attachments on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let desk: Awaited<ReturnType<typeof serviceDesk>>;
  let ticketId: string;
  let publicComment: string;
  let internalNote: string;
  const dir = () => join(ctx.uploadsDir, 'attachments');
  const files = () => readdirSync(dir()).sort();

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { attachments: { maxBytes: MAX } } });
    org = await salesOrg(ctx);
    desk = await serviceDesk(ctx, org);
    const customer = await ctx.newCustomer(org.eastRep, {
      name: 'Málaga Bombas SL',
      country: 'ES',
    });
    const rep = ctx.client(org.eastRep);
    const t = await rep.post('/tickets', {
      customerId: customer.id,
      subject: 'Pump vibrates',
      channel: 'email',
      type: 'defect',
      teamId: desk.shanghai.id,
    });
    ticketId = t.json().id;
    publicComment = (
      await rep.post(`/tickets/${ticketId}/comments`, { body: 'See the photo', public: true })
    ).json().id;
    internalNote = (
      await rep.post(`/tickets/${ticketId}/comments`, { body: 'Supplier issue', public: false })
    ).json().id;
  });
  afterAll(() => ctx?.close());

  const upload = (
    who: Actor | undefined,
    parts: Parameters<typeof form>[0],
    id = ticketId,
    contentType = `multipart/form-data; boundary=${BOUNDARY}`,
  ) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/tickets/${id}/attachments`,
      headers: {
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
        'content-type': contentType,
      },
      payload: form(parts),
    });
  const download = (who: Actor | undefined, attachmentId: string, id = ticketId) =>
    ctx.app.inject({
      method: 'GET',
      url: `/api/v1/tickets/${id}/attachments/${attachmentId}`,
      headers: who ? { authorization: `Bearer ${who.token}` } : {},
    });
  const rows = async () =>
    (await ctx.client(org.admin).get(`/tickets/${ticketId}/attachments`)).json().items as {
      id: string;
    }[];

  let onTicket: string;
  let onPublic: string;
  let onInternal: string;

  it('stores a file under a random name and serves it with a safe name', async () => {
    const res = await upload(org.eastRep, [
      { name: 'file', filename: '../../fotos/bomba rota.jpg', data: Buffer.from('JPEGDATA') },
    ]);
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({
      ticketId,
      commentId: null,
      fileName: 'bomba rota.jpg',
      contentType: 'image/jpeg',
      size: 8,
      createdBy: org.eastRep.user.id,
    });
    onTicket = a.id;
    expect(files()).toHaveLength(1);
    expect(files()[0]).toMatch(/^[0-9a-f]{32}$/);
    const got = await download(org.eastRep, onTicket);
    expect(got.statusCode).toBe(200);
    expect(got.body).toBe('JPEGDATA');
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="bomba rota.jpg"; filename*=UTF-8''bomba%20rota.jpg`,
    );
    expect(got.headers['x-content-type-options']).toBe('nosniff');
  });

  it('attaches to a public reply and to an internal note; the portal shows only the first', async () => {
    const pub = await upload(org.eastRep, [
      { name: 'commentId', value: publicComment },
      { name: 'file', filename: 'manual.pdf', data: Buffer.from('%PDF-1.4 manual') },
    ]);
    expect(pub.statusCode).toBe(201);
    onPublic = pub.json().id;
    const internal = await upload(desk.shAgent, [
      { name: 'file', filename: 'supplier.txt', data: Buffer.from('internal only') },
      { name: 'commentId', value: internalNote },
    ]);
    expect(internal.statusCode).toBe(201);
    expect(internal.json().commentId).toBe(internalNote);
    onInternal = internal.json().id;

    const link = (await ctx.client(org.eastRep).post(`/tickets/${ticketId}/portal-link`)).json();
    const token = link.token as string;
    const view = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${token}` });
    const shown = view
      .json()
      .messages.flatMap((m: { attachments: { id: string }[] }) => m.attachments.map((x) => x.id));
    expect(shown).toEqual([onPublic]);
    expect(view.body).not.toContain('supplier.txt');
    expect(view.body).not.toContain('bomba');
    const pubGet = (id: string, tok = token) =>
      ctx.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${tok}/attachments/${id}` });
    const ok = await pubGet(onPublic);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('%PDF-1.4 manual');
    for (const id of [onInternal, onTicket, 'nope'])
      expect((await pubGet(id)).statusCode, id).toBe(404);
    expect((await pubGet(onPublic, `${token.split('.')[0]}.${'x'.repeat(32)}`)).statusCode).toBe(
      404,
    );
  });

  it('serves and lists files only to those who may see the ticket (404 otherwise)', async () => {
    const allowed = [org.eastRep, org.eastManager, org.admin, desk.shAgent];
    const refused = [org.westRep, org.westManager, desk.hhAgent, org.eastRep2];
    for (const who of allowed) {
      expect((await download(who, onInternal)).statusCode).toBe(200);
      const list = await ctx.client(who).get(`/tickets/${ticketId}/attachments`);
      expect(list.json().items).toHaveLength(3);
    }
    for (const who of refused) {
      const got = await download(who, onInternal);
      expect(got.statusCode).toBe(404);
      expect(got.body).not.toContain('internal only');
      expect((await ctx.client(who).get(`/tickets/${ticketId}/attachments`)).statusCode).toBe(404);
      const before = files();
      const up = await upload(who, [
        { name: 'file', filename: 'x.txt', data: Buffer.from('sneaky') },
      ]);
      expect(up.statusCode).toBe(404);
      expect(files()).toEqual(before);
      expect(
        (await ctx.client(who).delete(`/tickets/${ticketId}/attachments/${onTicket}`)).statusCode,
      ).toBe(404);
    }
    expect((await download(undefined, onInternal)).statusCode).toBe(401);
    // An attachment id under another ticket's address is not found.
    const other = await ctx.newCustomer(org.eastRep, { name: 'Other SA', country: 'ES' });
    const t2 = (
      await ctx.client(org.eastRep).post('/tickets', {
        customerId: other.id,
        subject: 'Other',
        channel: 'email',
        type: 'question',
      })
    ).json().id as string;
    expect((await download(org.eastRep, onInternal, t2)).statusCode).toBe(404);
  });

  it('refuses bad uploads with problem+json and leaves no file or row behind', async () => {
    const before = files();
    const count = (await rows()).length;
    const cases: [number, string, string, Promise<LightMyRequestResponse>][] = [
      [
        413,
        '/file',
        'file_too_large',
        upload(org.eastRep, [
          { name: 'file', filename: 'big.pdf', data: Buffer.alloc(MAX + 1, 1) },
        ]),
      ],
      [
        415,
        '/file',
        'attachment_type',
        upload(org.eastRep, [
          { name: 'file', filename: 'evil.html', data: Buffer.from('<script>') },
        ]),
      ],
      [
        415,
        '/file',
        'attachment_type',
        upload(org.eastRep, [{ name: 'file', filename: 'noext', data: Buffer.from('x') }]),
      ],
      [
        400,
        '/file',
        'file_empty',
        upload(org.eastRep, [{ name: 'file', filename: 'empty.txt', data: Buffer.alloc(0) }]),
      ],
      [
        400,
        '/file',
        'required',
        upload(org.eastRep, [{ name: 'commentId', value: publicComment }]),
      ],
      [
        400,
        '/commentId',
        'no_such',
        upload(org.eastRep, [
          { name: 'file', filename: 'a.txt', data: Buffer.from('a') },
          { name: 'commentId', value: 'not-a-comment' },
        ]),
      ],
      [
        400,
        '/file',
        'file_multipart',
        ctx.client(org.eastRep).post(`/tickets/${ticketId}/attachments`, { file: 'x' }),
      ],
    ];
    for (const [status, path, code, pending] of cases) {
      const res = await pending;
      expect(res.statusCode, `${code}: ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors?.[0], res.body).toMatchObject({ path, code });
    }
    // A malformed body (a boundary that never closes).
    const broken = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticketId}/attachments`,
      headers: {
        authorization: `Bearer ${org.eastRep.token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\npartial`,
    });
    expect(broken.statusCode).toBe(400);
    // A comment of another ticket.
    expect(files()).toEqual(before);
    expect(await rows()).toHaveLength(count);
  });

  it('refuses a closed ticket with 409 and deletes the file written', async () => {
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Closed SL', country: 'ES' });
    const rep = ctx.client(org.eastRep);
    const t = (
      await rep.post('/tickets', {
        customerId: customer.id,
        subject: 'Done',
        channel: 'email',
        type: 'question',
      })
    ).json().id as string;
    await rep.patch(`/tickets/${t}`, { status: 'closed' });
    const before = files();
    const res = await upload(
      org.eastRep,
      [{ name: 'file', filename: 'late.txt', data: Buffer.from('late') }],
      t,
    );
    expect(res.statusCode).toBe(409);
    expect(files()).toEqual(before);
  });

  it('deletes a file with its row: the uploader, managers and admins; others of the ticket 403', async () => {
    // The agent attached the internal file; the east rep sees the ticket but did not.
    const refused = await ctx
      .client(org.eastRep)
      .delete(`/tickets/${ticketId}/attachments/${onInternal}`);
    expect(refused.statusCode).toBe(403);
    const before = files().length;
    const res = await ctx
      .client(desk.shAgent)
      .delete(`/tickets/${ticketId}/attachments/${onInternal}`);
    expect(res.statusCode).toBe(204);
    expect(files()).toHaveLength(before - 1);
    expect((await download(org.admin, onInternal)).statusCode).toBe(404);
    const audit = await ctx.client(org.admin).get(`/audit?entityType=ticket_attachment`);
    if (audit.statusCode === 200) expect(audit.body).toContain(onInternal);
  });

  it('sweeps files whose rows went with their ticket', async () => {
    const store = ctx.services.ticketAttachments.store;
    const { writeFileSync, utimesSync } = await import('node:fs');
    const stray = store.newKey();
    writeFileSync(store.path(stray), 'orphan');
    expect(await ctx.services.ticketAttachments.sweep()).toBe(0); // young: maybe an upload in flight
    const old = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(store.path(stray), old, old);
    for (const name of files()) if (name !== stray) utimesSync(join(dir(), name), old, old);
    expect(await ctx.services.ticketAttachments.sweep()).toBe(1);
    expect(files()).not.toContain(stray);
    expect(files()).toHaveLength((await rows()).length);
  });
});
