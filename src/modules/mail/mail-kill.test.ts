import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../app/container.ts';
import { openDatabase, type Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { systemScope } from '../../domain/scope.ts';
import { insertUser } from '../users/users.service.ts';
import type { MailboxBody } from './mailboxes.schemas.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { rawMail } from '../../../test/support/mail-fixtures.ts';
import { IMAP_PASSWORD, IMAP_USER, mailboxBody } from '../../../test/support/mail-world.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { scratchDatabase, type ScratchDatabase } from '../../../test/support/scratch-database.ts';

const SECRET = 'kill-sync-secret-kill-sync-secret';
const TOTAL = 40;
const KILL_AFTER = 9;

/**
 * A sync process killed with SIGKILL in the middle of its work (a power cut, the OOM killer):
 * the next sync neither stores a message twice nor loses one, and logs each touch once. On both
 * databases: the child process opens the same file, or the same PostgreSQL database, by URL.
 */
describe.each(testDialects())('a mail sync killed mid-way on %s', (dialect) => {
  let dir: string;
  let dovecot: Dovecot;
  let scratch: ScratchDatabase;
  let database: Database;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-mail-kill-'));
    scratch = await scratchDatabase(dialect, dir);
    database = openDatabase(scratch.url);
    await migrateToLatest(database.db);
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    await dovecot.append(
      IMAP_USER,
      IMAP_PASSWORD,
      'INBOX',
      Array.from({ length: TOTAL }, (_, i) =>
        rawMail({
          from: `buyer${i % 3}@kill-test.example`,
          to: 'rep@chuhai.test',
          subject: `Order question ${i}`,
          body: `Question number ${i}`,
          messageId: `<q${i}@kill-test.example>`,
        }),
      ),
    );
  });
  afterAll(async () => {
    await database?.destroy();
    await scratch?.drop();
    await dovecot?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes after SIGKILL without duplicates or loss', { timeout: 120_000 }, async () => {
    const services = createContainer(database.db, {
      uploadsDir: null,
      secret: SECRET,
      mail: { allowPrivateHosts: true },
    });
    const ws = await workspaces.create(database.db, 'Kill sync');
    const user = await insertUser(database.db, ws.id, null, {
      email: 'rep@kill.test',
      name: 'Rep',
      role: 'rep',
      password: 'kill-sync-password',
    });
    const scope = {
      ...systemScope(ws.id, user.id),
      role: 'rep' as const,
      visibleOwnerIds: [user.id],
    };
    const customer = await services.customers.create(scope, {
      name: 'Kill Test Buyer',
      country: 'DE',
      domain: 'kill-test.example',
    });
    const box = await services.mailboxes.create(scope, mailboxBody(dovecot.port) as MailboxBody);

    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/mail-sync-child.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: scratch.url,
        CHUHAI_SECRET: SECRET,
        WORKSPACE_ID: ws.id,
        MAILBOX_ID: box.id,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let settled = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_c, s) => r(s)));
    child.stdout.on('data', (d: Buffer) => {
      settled += String(d).split('\n').filter(Boolean).length;
      if (settled >= KILL_AFTER) child.kill('SIGKILL');
    });
    expect(await exited, stderr).toBe('SIGKILL');

    const count = async (table: 'mail_messages' | 'activities') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('customer_id', '=', customer.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count('mail_messages');
    expect(before).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(before).toBeLessThan(TOTAL);

    const resumed = await services.mailSync.sync(ws.id, box.id);
    expect(resumed.stored).toBe(TOTAL - before);
    expect(await count('mail_messages')).toBe(TOTAL);
    expect(await count('activities')).toBe(TOTAL);
    const subjects = await database.db
      .selectFrom('mail_messages')
      .select('subject')
      .where('customer_id', '=', customer.id)
      .execute();
    expect(new Set(subjects.map((s) => s.subject)).size).toBe(TOTAL);
  });
});
