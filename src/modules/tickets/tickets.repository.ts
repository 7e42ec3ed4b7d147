import { sql } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type {
  SlaPolicy,
  SlaPolicyTable,
  Ticket,
  TicketComment,
  TicketCommentTable,
  TicketStatusChange,
  TicketStatusChangeTable,
  TicketTable,
} from '../../db/schema.ts';
import type { BreachState, TicketPriority, TicketStatus } from '../../domain/service/tickets.ts';
import type { Scope } from '../../domain/scope.ts';
import { ticketReachParts, ticketsVisibleTo } from '../../db/visibility.ts';

export interface TicketRow extends Ticket {
  customer_name: string;
  customer_country: string;
  customer_time_zone: string | null;
}

export interface TicketFilter {
  status?: TicketStatus[];
  priority?: TicketPriority;
  assigneeId?: string;
  /** a support team's tickets, or `null`: tickets of no team */
  teamId?: string | null;
  customerId?: string;
  breach?: BreachState;
  sort: 'timeLeft' | 'created';
  /** the instant breach states are told at */
  now: string;
  limit: number;
  offset: number;
}

/** Tickets of the workspace whose customer is not in the trash, with the customer's name. */
function ofWorkspace(db: Executor, workspaceId: string) {
  return db
    .selectFrom('tickets')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'tickets.workspace_id')
        .onRef('customers.id', '=', 'tickets.customer_id'),
    )
    .where('tickets.workspace_id', '=', workspaceId)
    .where('customers.deleted_at', 'is', null)
    .selectAll('tickets')
    .select([
      'customers.name as customer_name',
      'customers.country as customer_country',
      'customers.time_zone as customer_time_zone',
    ]);
}

const REACH = {
  owner: 'customers.owner_id',
  assignee: 'tickets.assignee_id',
  team: 'tickets.team_id',
};

/**
 * Tickets the scope reaches (`ticketReach`: the customer's owner, the assignee or the support
 * team), of customers not in the trash: the tickets' access rule.
 */
function visible(db: Executor, scope: Scope) {
  return ofWorkspace(db, scope.workspaceId).$call(ticketsVisibleTo(scope, REACH));
}

type Visible = ReturnType<typeof visible>;

/**
 * Running tickets by their next due instant, then paused and finished ones (no instant) by id.
 * Two reads, each in the order of an index ((workspace_id, next_due_at) and the key), so a page
 * walks a few rows of the index instead of sorting every open ticket (an ORDER BY on "is null"
 * first would sort them all). The paused part is counted only for a page wholly inside it.
 * `parts`: the same rows as disjoint queries (an agent's teams and own tickets, see
 * `ticketReachParts`), whose running rows are read as one ordered merge of their walks of
 * (workspace_id, team_id | assignee_id, next_due_at), so none reads other teams' tickets.
 */
async function timeLeftPage(
  db: Executor,
  q: Visible,
  take: number,
  offset: number,
  parts: Visible[] | null,
): Promise<TicketRow[]> {
  const due = (p: Visible) => p.where('tickets.next_due_at', 'is not', null);
  const ordered = (p: Visible) => due(p).orderBy('tickets.next_due_at').orderBy('tickets.id');
  let running: TicketRow[];
  if (parts && parts.length > 1 && !isPostgres(db)) {
    // SQLite merges a compound's arms in the order each one's index walk gives, lazily: a page
    // reads about `offset + take` rows in all, and sorts nothing but ties of one instant.
    running = await parts
      .slice(1)
      .reduce((u, p) => u.unionAll(due(p)), due(parts[0]!))
      .orderBy(sql.ref('next_due_at'))
      .orderBy(sql.ref('id'))
      .limit(take)
      .offset(offset)
      .execute();
  } else if (parts && parts.length > 1) {
    // PostgreSQL plans a bare UNION ALL arm for all its rows (a hash join and a sort of the
    // team's every ticket). As subqueries with their own order and LIMIT, each arm walks its
    // index for the rows the page can need, and the page is a Merge Append of those.
    const walks = parts.map((p, i) =>
      db
        .selectFrom(
          ordered(p)
            .limit(take + offset)
            .as(`part${i}`),
        )
        .selectAll(),
    );
    const union = walks.slice(1).reduce((u, w) => u.unionAll(w), walks[0]!);
    running = await db
      .selectFrom(union.as('reach'))
      .selectAll()
      .orderBy('reach.next_due_at')
      .orderBy('reach.id')
      .limit(take)
      .offset(offset)
      .execute();
  } else
    running = await ordered(parts?.[0] ?? q)
      .limit(take)
      .offset(offset)
      .execute();
  if (running.length === take) return running;
  let skip = 0;
  if (!running.length && offset > 0) {
    const counted = await q
      .clearSelect()
      .where('tickets.next_due_at', 'is not', null)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    skip = Math.max(0, offset - Number(counted?.n ?? 0));
  }
  const rest = await q
    .where('tickets.next_due_at', 'is', null)
    .orderBy('tickets.id')
    .limit(take - running.length)
    .offset(skip)
    .execute();
  return [...running, ...rest];
}

/** The list's filters (status, priority, assignee, team, customer, breach state now). */
function filtered(q: Visible, f: TicketFilter): Visible {
  if (f.status?.length) q = q.where('tickets.status', 'in', f.status);
  if (f.priority) q = q.where('tickets.priority', '=', f.priority);
  if (f.assigneeId) q = q.where('tickets.assignee_id', '=', f.assigneeId);
  if (f.teamId !== undefined)
    q = f.teamId
      ? q.where('tickets.team_id', '=', f.teamId)
      : q.where('tickets.team_id', 'is', null);
  if (f.customerId) q = q.where('tickets.customer_id', '=', f.customerId);
  if (f.breach) {
    const now = f.now;
    // Breached: a running target's due instant passed, or a met one was met late. Warning:
    // not breached, and a running target is past its warning instant. Instants are ISO text
    // of one shape, so they compare as strings on both databases.
    q = q.where((eb) => {
      // Every comparison guarded against null, so NOT of a condition is never unknown.
      type Col =
        | 'tickets.first_response_at'
        | 'tickets.first_response_due_at'
        | 'tickets.first_response_warn_at'
        | 'tickets.solved_at'
        | 'tickets.resolution_due_at'
        | 'tickets.resolution_warn_at'
        | 'tickets.next_response_at'
        | 'tickets.next_response_due_at'
        | 'tickets.next_response_warn_at';
      const set = (c: Col) => eb(c, 'is not', null);
      const unset = (c: Col) => eb(c, 'is', null);
      const passed = (c: Col) => eb.and([set(c), eb(c, '<=', now)]);
      const late = (met: Col, due: Col) => eb.and([set(met), set(due), eb(met, '>', eb.ref(due))]);
      const breached = eb.or([
        eb.and([unset('tickets.first_response_at'), passed('tickets.first_response_due_at')]),
        late('tickets.first_response_at', 'tickets.first_response_due_at'),
        eb.and([unset('tickets.solved_at'), passed('tickets.resolution_due_at')]),
        late('tickets.solved_at', 'tickets.resolution_due_at'),
        eb.and([unset('tickets.next_response_at'), passed('tickets.next_response_due_at')]),
        late('tickets.next_response_at', 'tickets.next_response_due_at'),
      ]);
      const warning = eb.or([
        eb.and([unset('tickets.first_response_at'), passed('tickets.first_response_warn_at')]),
        eb.and([unset('tickets.solved_at'), passed('tickets.resolution_warn_at')]),
        eb.and([unset('tickets.next_response_at'), passed('tickets.next_response_warn_at')]),
      ]);
      if (f.breach === 'breached') return breached;
      if (f.breach === 'warning') return eb.and([eb.not(breached), warning]);
      return eb.and([eb.not(breached), eb.not(warning)]);
    });
  }
  return q;
}

export const ticketsRepository = {
  findVisible(db: Executor, scope: Scope, id: string): Promise<TicketRow | undefined> {
    return visible(db, scope).where('tickets.id', '=', id).executeTakeFirst();
  },

  /** Those of these tickets the scope may see. */
  async visibleAmong(db: Executor, scope: Scope, ids: string[]): Promise<TicketRow[]> {
    const out: TicketRow[] = [];
    for (const part of chunks([...new Set(ids)], IN_LIST))
      out.push(...(await visible(db, scope).where('tickets.id', 'in', part).execute()));
    return out;
  },

  /** Running tickets assigned to a user or an office person that the scope may see whose next due instant falls in [from, to]. */
  dueBetween(db: Executor, scope: Scope, from: string, to: string, limit: number) {
    return visible(db, scope)
      .where('tickets.next_due_at', '>=', from)
      .where('tickets.next_due_at', '<=', to)
      .where((eb) =>
        eb.or([
          eb('tickets.assignee_id', 'is not', null),
          eb('tickets.assignee_person_id', 'is not', null),
        ]),
      )
      .orderBy('tickets.next_due_at')
      .orderBy('tickets.id')
      .limit(limit)
      .execute();
  },

  list(db: Executor, scope: Scope, f: TicketFilter): Promise<TicketRow[]> {
    if (f.sort === 'timeLeft') {
      const parts = ticketReachParts(scope, REACH);
      return timeLeftPage(
        db,
        filtered(visible(db, scope), f),
        f.limit + 1,
        f.offset,
        parts?.map((part) => filtered(ofWorkspace(db, scope.workspaceId).$call(part), f)) ?? null,
      );
    }
    return filtered(visible(db, scope), f)
      .orderBy('tickets.created_at', 'desc')
      .orderBy('tickets.id', 'desc')
      .limit(f.limit + 1)
      .offset(f.offset)
      .execute();
  },

  /**
   * Running tickets a target of which has passed its warning instant (the escalation job's
   * candidates), the most urgent first. Paused and finished tickets have no instants and never
   * come back.
   */
  escalationCandidates(db: Executor, workspaceId: string, now: string, limit: number) {
    return db
      .selectFrom('tickets')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('status', 'not in', ['solved', 'closed'])
      .where((eb) =>
        eb.or([
          eb.and([eb('first_response_at', 'is', null), eb('first_response_warn_at', '<=', now)]),
          eb.and([eb('solved_at', 'is', null), eb('resolution_warn_at', '<=', now)]),
          eb.and([eb('next_response_at', 'is', null), eb('next_response_warn_at', '<=', now)]),
        ]),
      )
      .orderBy('next_due_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  },

  /** The next ticket number of a workspace (one statement: insert 1 or add 1, answer it). */
  async nextNumber(db: Executor, workspaceId: string): Promise<number> {
    const row = await db
      .insertInto('ticket_sequences')
      .values({ workspace_id: workspaceId, last_value: 1 })
      .onConflict((oc) =>
        oc
          .column('workspace_id')
          .doUpdateSet((eb) => ({ last_value: eb('ticket_sequences.last_value', '+', 1) })),
      )
      .returning('last_value')
      .executeTakeFirstOrThrow();
    return Number(row.last_value);
  },

  /** Many tickets at once, as they stand (the demo history and benchmarks). */
  async insertMany(db: Executor, rows: TicketTable[]): Promise<void> {
    await insertRows(db, 'tickets', rows);
  },

  async insertCommentsMany(db: Executor, rows: TicketCommentTable[]): Promise<void> {
    if (rows.length) await insertRows(db, 'ticket_comments', rows);
  },

  async insertStatusChangesMany(db: Executor, rows: TicketStatusChangeTable[]): Promise<void> {
    if (rows.length) await insertRows(db, 'ticket_status_changes', rows);
  },

  /** The running number is at least `value` (history inserted with its own numbers). */
  async raiseNumber(db: Executor, workspaceId: string, value: number): Promise<void> {
    await db
      .insertInto('ticket_sequences')
      .values({ workspace_id: workspaceId, last_value: value })
      .onConflict((oc) =>
        oc.column('workspace_id').doUpdateSet((eb) => ({
          last_value: eb
            .case()
            .when('ticket_sequences.last_value', '<', value)
            .then(value)
            .else(eb.ref('ticket_sequences.last_value'))
            .end(),
        })),
      )
      .execute();
  },

  async insert(db: Executor, row: TicketTable): Promise<void> {
    await db.insertInto('tickets').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<TicketTable, 'workspace_id' | 'id' | 'customer_id' | 'number'>>,
  ): Promise<void> {
    await db
      .updateTable('tickets')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  comments(db: Executor, workspaceId: string, ticketId: string): Promise<TicketComment[]> {
    return db
      .selectFrom('ticket_comments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  async insertComment(db: Executor, row: TicketCommentTable): Promise<void> {
    await db.insertInto('ticket_comments').values(row).execute();
  },

  statusChanges(
    db: Executor,
    workspaceId: string,
    ticketId: string,
  ): Promise<TicketStatusChange[]> {
    return db
      .selectFrom('ticket_status_changes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  },

  /** The status histories of many tickets at once (a list page), oldest first. */
  async statusChangesOf(
    db: Executor,
    workspaceId: string,
    ticketIds: string[],
  ): Promise<TicketStatusChange[]> {
    const out: TicketStatusChange[] = [];
    for (const part of chunks(ticketIds, 500))
      out.push(
        ...(await db
          .selectFrom('ticket_status_changes')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('ticket_id', 'in', part)
          .orderBy('at')
          .orderBy('id')
          .execute()),
      );
    return out;
  },

  async insertStatusChange(db: Executor, row: TicketStatusChangeTable): Promise<void> {
    await db.insertInto('ticket_status_changes').values(row).execute();
  },

  /** A deleted support team's tickets go to no team. */
  async clearTeam(db: Executor, workspaceId: string, teamId: string): Promise<void> {
    await db
      .updateTable('tickets')
      .set({ team_id: null })
      .where('workspace_id', '=', workspaceId)
      .where('team_id', '=', teamId)
      .execute();
  },

  /** Tickets neither solved nor closed per customer, with the oldest one's creation. */
  async openPerCustomer(db: Executor, workspaceId: string, customerIds: string[]) {
    const out: { customer_id: string; n: number; oldest: string }[] = [];
    for (const ids of chunks(customerIds, IN_LIST))
      for (const r of await db
        .selectFrom('tickets')
        .select((eb) => [
          'customer_id',
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('created_at').as('oldest'),
        ])
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', 'in', ids)
        .where('status', 'not in', ['solved', 'closed'])
        .groupBy('customer_id')
        .execute())
        out.push({ customer_id: r.customer_id, n: Number(r.n), oldest: String(r.oldest) });
    return out;
  },

  namesOf(db: Executor, workspaceId: string, ids: string[]) {
    return db
      .selectFrom('tickets')
      .select(['id', 'number', 'subject'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids.length ? ids : ['-'])
      .execute();
  },
};

export const slaPoliciesRepository = {
  list(db: Executor, workspaceId: string): Promise<SlaPolicy[]> {
    return db
      .selectFrom('sla_policies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<SlaPolicy | undefined> {
    return db
      .selectFrom('sla_policies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: SlaPolicyTable): Promise<void> {
    await db.insertInto('sla_policies').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<SlaPolicyTable, 'workspace_id' | 'id'>>,
  ): Promise<void> {
    await db
      .updateTable('sla_policies')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('sla_policies')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
