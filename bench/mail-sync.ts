// Mail sync throughput from a real local Dovecot: N messages (4 in 5 from customers' domains,
// in five charsets; 1 in 5 private) fetched, parsed, matched and stored on SQLite, or on
// PostgreSQL with BENCH_PG=postgres://… Run: npx tsx bench/mail-sync.ts [messages]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContainer } from '../src/app/container.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import type { MailboxBody } from '../src/modules/mail/mailboxes.schemas.ts';
import { insertUser } from '../src/modules/users/users.service.ts';
import { workspaces } from '../src/modules/workspaces/workspaces.service.ts';
import { Dovecot } from '../test/support/dovecot.ts';
import { CHARSET_MAILS, rawMail } from '../test/support/mail-fixtures.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';

const N = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'chuhai-mail-bench-'));
const dovecot = await Dovecot.start({ bench: 'bench-pass' });
const pg = process.env.BENCH_PG;
const url = pg ? await freshPgDatabase(pg, 'chuhai_mail_bench') : join(dir, 'mail.db');
const database = openDatabase(url);
try {
  await migrateToLatest(database.db);
  const services = createContainer(database.db, {
    uploadsDir: null,
    secret: 'bench-secret',
    // The bench's Dovecot listens on 127.0.0.1.
    mail: { allowPrivateHosts: true },
  });
  const ws = await workspaces.create(database.db, 'Mail bench');
  const user = await insertUser(database.db, ws.id, null, {
    email: 'rep@bench.test',
    name: 'Rep',
    role: 'rep',
    password: 'bench-password-123',
  });
  const scope = (await new AuthService(database.db).scopeFor(ws.id, user.id))!;
  for (const m of CHARSET_MAILS)
    await services.customers.create(scope, { name: m.domain, country: 'CN', domain: m.domain });
  const mails = Array.from({ length: N }, (_, i) => {
    const m = CHARSET_MAILS[i % CHARSET_MAILS.length]!;
    const priv = i % 5 === 4;
    return rawMail({
      from: priv ? `friend${i}@private.example` : m.from,
      to: 'bench@chuhai.test',
      subject: `${m.subject} ${i}`,
      body: `${m.body}\n${'Lorem ipsum dolor sit amet. '.repeat(40)}`,
      charset: m.charset,
      messageId: `<bench-${i}@${m.domain}>`,
    });
  });
  const t0 = performance.now();
  await dovecot.append('bench', 'bench-pass', 'INBOX', mails);
  const appendS = (performance.now() - t0) / 1000;
  const box = await services.mailboxes.create(scope, {
    address: 'bench@chuhai.test',
    imapHost: '127.0.0.1',
    imapPort: dovecot.port,
    imapTls: 'none',
    imapUsername: 'bench',
    imapPassword: 'bench-pass',
    syncSince: '2020-01-01',
  } satisfies MailboxBody);
  const t1 = performance.now();
  const counts = await services.mailSync.sync(ws.id, box.id);
  const s = (performance.now() - t1) / 1000;
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  console.log(
    `${pg ? 'postgres' : 'sqlite'}: ${N} messages (append ${appendS.toFixed(1)} s) synced in ${s.toFixed(2)} s: ` +
      `${Math.round(N / s)} messages/s seen, ${Math.round(counts.stored / s)} stored/s ` +
      `(${counts.stored} stored, ${counts.skipped} skipped), RSS ${rss} MB`,
  );
} finally {
  await database.destroy();
  if (pg) await dropPgDatabase(pg, 'chuhai_mail_bench');
  await dovecot.stop();
  rmSync(dir, { recursive: true, force: true });
}
