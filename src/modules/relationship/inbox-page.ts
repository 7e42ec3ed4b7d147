import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  followUpsInboxRepository as reads,
  type NearFollowUp,
} from './follow-ups-inbox.repository.ts';
import type { OpenFollowUpRow } from './follow-ups.repository.ts';
import type { InboxFollowUp, InboxPage, InboxPageQuery } from './follow-ups.schemas.ts';
import type { InboxClock } from './inbox-clock.ts';

/** Where the next page starts: a place in today's ordered list, or the overdue key after which. */
type Cursor = { s: 't'; o: number } | { s: 'o'; d: string; i: string };

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString()) as Partial<
      Record<string, unknown>
    >;
    if (c.s === 't' && Number.isSafeInteger(c.o) && (c.o as number) >= 0)
      return { s: 't', o: c.o as number };
    if (c.s === 'o' && typeof c.d === 'string' && typeof c.i === 'string')
      return { s: 'o', d: c.d, i: c.i };
  } catch {
    // not base64 JSON: refused below
  }
  throw AppError.validation([fieldError('/querystring/cursor', 'invalid')]);
}

/**
 * A follow-up is today or overdue by its customer's own date, and those dates differ by zone
 * only between the earliest date on Earth (UTC−12) and the latest (UTC+14). Due before the
 * earliest, it is overdue everywhere: those are counted and paged by the database in due-date
 * order. Due within the span, its bucket needs its customer's zone: those few days are read and
 * sorted here.
 */
function earthDates(now: Date) {
  return {
    from: localParts(now, 'Etc/GMT+12').date,
    until: localParts(now, 'Pacific/Kiritimati').date,
  };
}

const byDueThenId = (a: NearFollowUp, b: NearFollowUp) =>
  a.due_date === b.due_date ? (a.id < b.id ? -1 : 1) : a.due_date < b.due_date ? -1 : 1;

/** One page of the inbox's due work (see `InboxService.page`). */
export async function inboxPage(
  db: Kysely<DB>,
  clock: InboxClock,
  scope: Scope,
  assigneeIds: string[] | undefined,
  query: InboxPageQuery,
): Promise<InboxPage> {
  const limit = query.limit ?? 20;
  const cursor = query.cursor ? decode(query.cursor) : undefined;
  const { from, until } = earthDates(clock.now);
  const [near, far] = await Promise.all([
    reads.near(db, scope, { assigneeIds, from, until }),
    reads.countBefore(db, scope, { assigneeIds, before: from }),
  ]);
  const today: NearFollowUp[] = [];
  const overdueNear: NearFollowUp[] = [];
  for (const r of near) {
    const bucket = clock.bucket(r);
    if (bucket === 'today') today.push(r);
    else if (bucket === 'overdue') overdueNear.push(r);
  }
  // Today's by when both sides are next at work (every one's due date is its market's today).
  const starts = new Map<string, string>();
  for (const r of today) starts.set(r.id, (await clock.market(r).window())?.startUtc ?? '9');
  today.sort((a, b) => {
    const x = starts.get(a.id) ?? '';
    const y = starts.get(b.id) ?? '';
    return x === y ? (a.id < b.id ? -1 : 1) : x < y ? -1 : 1;
  });
  overdueNear.sort(byDueThenId);

  const picked: { id: string; bucket: 'today' | 'overdue'; row?: OpenFollowUpRow }[] = [];
  let next: Cursor | null = null;
  if (query.due !== 'overdue' && (!cursor || cursor.s === 't')) {
    const start = cursor?.s === 't' ? cursor.o : 0;
    for (const r of today.slice(start, start + limit)) picked.push({ id: r.id, bucket: 'today' });
    if (start + limit < today.length) next = { s: 't', o: start + limit };
  }
  if (query.due !== 'today' && !next && picked.length < limit) {
    const after = cursor?.s === 'o' ? { due: cursor.d, id: cursor.i } : undefined;
    const room = limit - picked.length;
    // One more than room: it only says whether a next page exists.
    const farRows =
      !after || after.due < from
        ? await reads.pageBefore(db, scope, { assigneeIds, before: from, after, limit: room + 1 })
        : [];
    const nearAfter = overdueNear.filter(
      (r) => !after || r.due_date > after.due || (r.due_date === after.due && r.id > after.id),
    );
    const overdue = [
      ...farRows.map((row) => ({ id: row.id, due: row.due_date, row })),
      ...nearAfter.map((r) => ({ id: r.id, due: r.due_date, row: undefined })),
    ];
    for (const o of overdue.slice(0, room))
      picked.push({ id: o.id, bucket: 'overdue', row: o.row });
    const last = overdue[room - 1];
    if (overdue.length > room && last) next = { s: 'o', d: last.due, i: last.id };
  } else if (query.due !== 'today' && !next && cursor?.s !== 'o' && (overdueNear.length || far))
    // today's filled this page exactly: overdue starts the next one
    next = { s: 'o', d: '', i: '' };

  const missing = picked.filter((p) => !p.row).map((p) => p.id);
  const rows = new Map((await reads.byIds(db, scope, missing)).map((r) => [r.id, r]));
  const items: InboxFollowUp[] = [];
  for (const p of picked) {
    const row = p.row ?? rows.get(p.id);
    // A follow-up closed between the two reads is left out of this page.
    if (row) items.push(await clock.item(row, p.bucket));
  }
  return {
    items,
    totals: { today: today.length, overdue: far + overdueNear.length },
    nextCursor: next && encode(next),
  };
}
