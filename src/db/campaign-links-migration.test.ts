import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects } from '../../test/support/databases.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspacesRepository } from '../modules/workspaces/workspaces.repository.ts';
import { migrateToLatest } from './migrate.ts';

describe.each(testDialects())('0052 campaign recipient links on %s', (dialect) => {
  it('keeps every recipient, drops the stored token hash and the per-row foreign key', async () => {
    const database = await createTestDatabase(dialect, '0051_campaigns');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the 0051 shape, before the types moved on
    const db = database.db as any;
    try {
      const ws = await workspacesRepository.create(database.db, 'Before 0052');
      const user = await insertUser(database.db, ws.id, null, {
        email: 'owner@before.test',
        name: 'Owner',
        role: 'admin',
        password: 'before-0052-password',
      });
      const at = new Date().toISOString();
      await db
        .insertInto('campaigns')
        .values({
          workspace_id: ws.id,
          id: 'camp-1',
          name: 'Autumn',
          segment_id: 's',
          template_id: 't',
          mailbox_id: 'm',
          owner_id: user.id,
          weekday: 2,
          send_time: '10:00',
          per_minute: 30,
          status: 'sending',
          recipients: 2,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const row = (contact: string, status: string) => ({
        workspace_id: ws.id,
        campaign_id: 'camp-1',
        contact_id: contact,
        customer_id: `cust-${contact}`,
        country: 'DE',
        address: `${contact}@werk.example`,
        language: 'de',
        send_at: '2028-10-04T08:00:00.000Z',
        status,
        token_hash: `hash-${contact}`,
        sent_at: status === 'sent' ? at : null,
        error: null,
        unsubscribed_at: null,
      });
      await db
        .insertInto('campaign_recipients')
        .values([row('a', 'sent'), row('b', 'queued')])
        .execute();

      await migrateToLatest(database.db);

      const rows = await database.db
        .selectFrom('campaign_recipients')
        .selectAll()
        .orderBy('contact_id')
        .execute();
      expect(rows).toEqual([
        expect.objectContaining({ contact_id: 'a', status: 'sent', sent_at: at, language: 'de' }),
        expect.objectContaining({ contact_id: 'b', status: 'queued', address: 'b@werk.example' }),
      ]);
      expect(Object.keys(rows[0]!)).not.toContain('token_hash');
      // The sender's index is still there: the due batch is read through it.
      const due = await database.db
        .selectFrom('campaign_recipients')
        .select('contact_id')
        .where('workspace_id', '=', ws.id)
        .where('campaign_id', '=', 'camp-1')
        .where('status', '=', 'queued')
        .where('send_at', '<=', '2028-10-05T00:00:00.000Z')
        .execute();
      expect(due.map((r) => r.contact_id)).toEqual(['b']);
      // The primary key still refuses a second row for the same recipient.
      await expect(
        db.insertInto('campaign_recipients').values(row('a', 'queued')).execute(),
      ).rejects.toThrow();
    } finally {
      await database.drop();
    }
  });
});
