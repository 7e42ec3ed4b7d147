import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, TicketTable } from '../../db/schema.ts';
import { newId } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { DEFAULT_TERMS, matchPolicy, type TicketStatus } from '../../domain/service/tickets.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { zoneOf } from '../relationship/planning.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { termsOf, type Place, type SlaService } from './sla.service.ts';
import { ticketsRepository as repo, type TicketRow } from './tickets.repository.ts';
import { contactOf, teamProblems } from './ticket-teams.ts';
import { routeNewTicket } from './ticket-routing.ts';
import { ticketsOut } from './ticket-out.ts';
import { recountTicket } from './ticket-sla-rows.ts';
import { officePeople, personAfter } from '../relationship/office-people.ts';
import { cycleAfter } from '../../domain/service/next-response.ts';
import { customerTicketEvents, type TicketEventsQuery } from './ticket-events.ts';
import { loyaltyRecords } from '../loyalty/loyalty-records.service.ts';
import type { CommentBody, TicketBody, TicketListQuery, TicketPatch } from './tickets.schemas.ts';

/**
 * Told, in the transaction, that a ticket became solved or closed, and by whom (the composition
 * root wires the feedback module's CSAT survey and the follow-up visits here, so this module
 * imports neither).
 */
export type TicketSolved = (
  db: Executor,
  ticket: TicketTable,
  status: 'solved' | 'closed',
  actor: Scope,
) => Promise<void>;

const ACTIVE: TicketStatus[] = [
  'new',
  'open',
  'pending_customer',
  'pending_third_party',
  'on_hold',
];

/** What the audit log keeps of a ticket. */
const audited = (t: TicketTable) => ({
  subject: t.subject,
  type: t.type,
  priority: t.priority,
  status: t.status,
  assigneeId: t.assignee_id,
  assigneePersonId: t.assignee_person_id ?? null,
  contactId: t.contact_id,
  teamId: t.team_id,
});

/**
 * Service tickets. Access (`ticketReach`): a rep reaches the tickets of their customers and those
 * assigned to them, a manager their teams', an agent their support teams' and their own, an
 * admin all; anything else is "not found". The SLA terms are the first
 * matching policy's (or the built-in default), copied onto the ticket when it opens; due instants
 * are counted in the policy's calendar with the pauses of the status history, kept on the row
 * for sorting by time left, and the breach state is told on read.
 */
export class TicketsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly sla: SlaService,
    private readonly now: () => Date = () => new Date(),
    private readonly solved: TicketSolved = async () => {},
  ) {}

  /** Recounts the targets from the status history and keeps the due instants on the row. */
  private recount(db: Executor, t: TicketTable): Promise<void> {
    return recountTicket(this.sla, db, t);
  }

  private outOf(db: Executor, scope: Scope, rows: TicketRow[], sentZone?: string) {
    return ticketsOut(this.sla, db, scope, rows, this.now(), sentZone);
  }

  async get(scope: Scope, id: string, sentZone?: string) {
    const row = await repo.findVisible(this.db, scope, id);
    if (!row) throw AppError.notFound('Ticket');
    const [out] = await this.outOf(this.db, scope, [row], sentZone);
    const [comments, changes] = await Promise.all([
      repo.comments(this.db, scope.workspaceId, id),
      repo.statusChanges(this.db, scope.workspaceId, id),
    ]);
    const names = await userRecords.namesOf(
      this.db,
      scope.workspaceId,
      comments.flatMap((c) => (c.author_id ? [c.author_id] : [])),
    );
    return {
      ...out!,
      customerCountry: row.customer_country,
      customerTimeZone: row.customer_time_zone,
      contact: await contactOf(this.db, row),
      comments: comments.map((c) => ({
        id: c.id,
        from: c.author_kind,
        authorId: c.author_id,
        authorName: c.author_id ? (names.get(c.author_id) ?? null) : null,
        public: c.public === 1,
        body: c.body,
        createdAt: c.created_at,
      })),
      statusChanges: changes.map((c) => ({
        from: c.from_status,
        to: c.to_status,
        at: c.at,
        byUserId: c.by_user_id,
      })),
    };
  }

  /** The customer's ticket events for their timeline (see ticket-events.ts). */
  events(scope: Scope, q: TicketEventsQuery) {
    return customerTicketEvents(this.db, scope, q, this.now());
  }

  async list(scope: Scope, q: TicketListQuery) {
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const status = q.status
      ? q.status === 'active'
        ? ACTIVE
        : (q.status.split(',').map((s) => s.trim()) as TicketStatus[])
      : undefined;
    const unknown = status?.find((s) => ![...ACTIVE, 'solved', 'closed'].includes(s));
    if (unknown)
      throw AppError.validation([
        fieldError('/querystring/status', 'one_of', {
          values: ['active', ...ACTIVE, 'solved', 'closed'],
        }),
      ]);
    const rows = await repo.list(this.db, scope, {
      status,
      priority: q.priority,
      assigneeId: q.assigneeId,
      teamId: q.teamId === undefined ? undefined : q.teamId === 'none' ? null : q.teamId,
      customerId: q.customerId,
      breach: q.breach,
      sort: q.sort ?? 'timeLeft',
      now: this.now().toISOString(),
      limit,
      offset,
    });
    const page = rows.slice(0, limit);
    return {
      items: await this.outOf(this.db, scope, page, q.timeZone),
      nextOffset: rows.length > limit ? offset + limit : null,
    };
  }

  private async assigneeProblems(db: Executor, scope: Scope, id: string | null | undefined) {
    if (!id) return [];
    const user = await userRecords.findById(db, scope.workspaceId, id);
    return !user || user.active !== 1 ? [fieldError('/assigneeId', 'no_active_user')] : [];
  }

  private async contactProblems(
    db: Executor,
    workspaceId: string,
    customerId: string,
    contactId: string | null | undefined,
  ): Promise<FieldError[]> {
    if (!contactId) return [];
    const own = await contactRecords.ofCustomer(db, workspaceId, customerId);
    return own.some((c) => c.id === contactId) ? [] : [fieldError('/contactId', 'not_a_contact')];
  }

  async create(scope: Scope, body: TicketBody, sentZone?: string) {
    const now = this.now();
    const at = now.toISOString();
    const id = await this.db.transaction().execute(async (tx) => {
      const customer = await customerRecords.findVisible(tx, scope, body.customerId);
      const errors: FieldError[] = customer
        ? await this.contactProblems(tx, scope.workspaceId, customer.id, body.contactId)
        : [fieldError('/customerId', 'not_in_scope', { entity: 'customer' })];
      const done = await officePeople.assign(tx, scope, body.assigneePersonId, body.assigneeId);
      errors.push(...done.problems);
      errors.push(...(await this.assigneeProblems(tx, scope, done.assigneeId)));
      errors.push(...(await teamProblems(tx, scope.workspaceId, body.teamId)));
      if (errors.length || !customer) throw AppError.validation(errors);
      const priority = body.priority ?? 'normal';
      const policies = (await this.sla.policies(tx, scope.workspaceId)).map((p) => ({
        row: p,
        priorities: JSON.parse(p.priorities) as string[],
        types: JSON.parse(p.types) as string[],
        countries: JSON.parse(p.countries) as string[],
        tiers: JSON.parse(p.tiers) as string[],
      }));
      // A loyalty tier with its own SLA policy (Platinum: the priority line) comes first.
      const benefits = await loyaltyRecords.benefitsOf(tx, scope.workspaceId, customer.id);
      const policy =
        policies.find((p) => benefits?.slaPolicyId && p.row.id === benefits.slaPolicyId) ??
        matchPolicy(policies, {
          priority,
          type: body.type,
          country: customer.country,
          tier: customer.tier,
        });
      const terms = policy ? termsOf(policy.row) : DEFAULT_TERMS;
      // No team named: the policy may follow the sun to the team at work now.
      const routed =
        body.teamId === undefined
          ? await routeNewTicket(tx, this.sla, scope.workspaceId, policy?.row, now)
          : null;
      const place: Place =
        terms.calendar === 'home'
          ? await this.sla.homePlace(tx, scope.workspaceId)
          : { country: customer.country, region: customer.region, timeZone: zoneOf(customer) };
      const n = await repo.nextNumber(tx, scope.workspaceId);
      const row: TicketTable = {
        workspace_id: scope.workspaceId,
        id: newId(),
        number: `T-${String(n).padStart(6, '0')}`,
        customer_id: customer.id,
        contact_id: body.contactId ?? null,
        subject: body.subject.trim(),
        description: body.description ?? '',
        channel: body.channel,
        type: body.type,
        priority,
        status: 'new',
        assignee_id: done.assigneeId ?? null,
        assignee_person_id: done.person?.id ?? null,
        team_id: body.teamId !== undefined ? body.teamId : (routed?.teamId ?? null),
        policy_id: terms.policyId,
        policy_name: terms.name,
        sla_calendar: terms.calendar,
        sla_country: place.country,
        sla_region: place.region,
        sla_time_zone: place.timeZone,
        sla_hours_start: terms.hours.start,
        sla_hours_end: terms.hours.end,
        sla_breaks: JSON.stringify(terms.breaks),
        sla_pause_statuses: JSON.stringify(terms.pauseStatuses),
        warn_percent: terms.warnPercent,
        first_response_minutes: terms.firstResponseMinutes,
        resolution_minutes: terms.resolutionMinutes,
        next_response_minutes: terms.nextResponseMinutes,
        next_response_started_at: null,
        next_response_at: null,
        next_response_due_at: null,
        next_response_warn_at: null,
        first_response_due_at: null,
        first_response_warn_at: null,
        resolution_due_at: null,
        resolution_warn_at: null,
        first_response_at: null,
        solved_at: null,
        next_due_at: null,
        created_by: scope.userId || null,
        created_at: at,
        updated_at: at,
      };
      await repo.insert(tx, row);
      await repo.insertStatusChange(tx, {
        workspace_id: scope.workspaceId,
        id: newId(),
        ticket_id: row.id,
        from_status: null,
        to_status: 'new',
        at,
        by_user_id: scope.userId || null,
      });
      await this.recount(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'ticket',
        entityId: row.id,
        changes: diff(
          {},
          {
            number: row.number,
            customerId: row.customer_id,
            channel: row.channel,
            policy: row.policy_name,
            ...(routed ? { routing: 'follow_sun' } : {}),
            ...audited(row),
          },
        ),
      });
      return row.id;
    });
    return this.get(scope, id, sentZone);
  }

  /** Moves a ticket to a status: the history (the clock's pauses) and when it was solved. */
  private async move(db: Executor, scope: Scope, t: TicketTable, to: TicketStatus, at: string) {
    await repo.insertStatusChange(db, {
      workspace_id: t.workspace_id,
      id: newId(),
      ticket_id: t.id,
      from_status: t.status,
      to_status: to,
      at,
      by_user_id: scope.userId || null,
    });
    const solvedAt = to === 'solved' ? at : to === 'closed' ? (t.solved_at ?? at) : null;
    t.status = to;
    t.solved_at = solvedAt;
    await repo.update(db, t.workspace_id, t.id, {
      status: to,
      solved_at: solvedAt,
      updated_at: at,
    });
    if (to === 'solved' || to === 'closed') await this.solved(db, t, to, scope);
  }

  async update(scope: Scope, id: string, patch: TicketPatch, sentZone?: string) {
    const at = this.now().toISOString();
    await this.db.transaction().execute((tx) => this.updateIn(tx, scope, id, patch, at));
    return this.get(scope, id, sentZone);
  }

  /**
   * A change of a ticket inside the caller's transaction (the escalation job raises priority and
   * reassigns this way, with the firing it records); audited as `scope`.
   */
  async updateIn(tx: Executor, scope: Scope, id: string, patch: TicketPatch, at: string) {
    const row = await repo.findVisible(tx, scope, id);
    if (!row) throw AppError.notFound('Ticket');
    if (row.status === 'closed')
      throw AppError.conflict('This ticket is closed', [fieldError('/status', 'ticket_closed')]);
    const done = await officePeople.assign(tx, scope, patch.assigneePersonId, patch.assigneeId);
    const errors = [
      ...done.problems,
      ...(done.assigneeId !== undefined
        ? await this.assigneeProblems(tx, scope, done.assigneeId)
        : []),
      ...(patch.contactId !== undefined
        ? await this.contactProblems(tx, scope.workspaceId, row.customer_id, patch.contactId)
        : []),
      ...(await teamProblems(tx, scope.workspaceId, patch.teamId)),
    ];
    if (errors.length) throw AppError.validation(errors);
    const before = audited(row);
    const t: TicketTable = { ...row };
    if (patch.subject !== undefined) t.subject = patch.subject.trim();
    if (patch.type !== undefined) t.type = patch.type;
    if (patch.priority !== undefined) t.priority = patch.priority;
    t.assignee_person_id = personAfter(row, done.person, done.assigneeId);
    if (done.assigneeId !== undefined) t.assignee_id = done.assigneeId;
    if (patch.contactId !== undefined) t.contact_id = patch.contactId;
    if (patch.teamId !== undefined) t.team_id = patch.teamId;
    const changes = diff(before, { ...audited(t), status: patch.status ?? row.status });
    if (!Object.keys(changes).length) return;
    await repo.update(tx, scope.workspaceId, id, {
      subject: t.subject,
      type: t.type,
      priority: t.priority,
      assignee_id: t.assignee_id,
      assignee_person_id: t.assignee_person_id,
      contact_id: t.contact_id,
      team_id: t.team_id,
      updated_at: at,
    });
    if (patch.status !== undefined && patch.status !== row.status) {
      await this.move(tx, scope, t, patch.status, at);
      await this.recount(tx, t);
    }
    await recordAudit(tx, scope, {
      action: 'update',
      entityType: 'ticket',
      entityId: id,
      changes,
    });
  }

  /**
   * A reply (public) or an internal note. The first public reply of staff is the first response;
   * a message of the customer reopens a solved ticket and ends "pending customer".
   */
  async comment(scope: Scope, id: string, body: CommentBody) {
    const at = this.now().toISOString();
    const commentId = newId();
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.findVisible(tx, scope, id);
      if (!row) throw AppError.notFound('Ticket');
      if (row.status === 'closed')
        throw AppError.conflict('This ticket is closed', [fieldError('/status', 'ticket_closed')]);
      const from = body.from ?? 'staff';
      await repo.insertComment(tx, {
        workspace_id: scope.workspaceId,
        id: commentId,
        ticket_id: id,
        author_kind: from,
        author_id: scope.userId || null,
        public: body.public ? 1 : 0,
        body: body.body,
        created_at: at,
      });
      const t: TicketTable = { ...row };
      // The next-response cycle: the customer writing after a public reply starts it, the next
      // public reply of staff meets it (see src/domain/service/next-response.ts).
      const cycle = cycleAfter(
        { startedAt: t.next_response_started_at, metAt: t.next_response_at },
        { from, public: body.public, at },
        t.first_response_at,
      );
      if (cycle.startedAt !== t.next_response_started_at || cycle.metAt !== t.next_response_at) {
        t.next_response_started_at = cycle.startedAt;
        t.next_response_at = cycle.metAt;
        await repo.update(tx, scope.workspaceId, id, {
          next_response_started_at: cycle.startedAt,
          next_response_at: cycle.metAt,
        });
      }
      let next: TicketStatus | null = null;
      if (from === 'staff' && body.public) {
        if (!t.first_response_at) {
          t.first_response_at = at;
          await repo.update(tx, scope.workspaceId, id, { first_response_at: at, updated_at: at });
        }
        if (t.status === 'new') next = 'open';
      }
      if (from === 'customer' && ['solved', 'pending_customer'].includes(t.status)) next = 'open';
      if (next) await this.move(tx, scope, t, next, at);
      await this.recount(tx, t);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'ticket_comment',
        entityId: commentId,
        changes: diff(
          {},
          {
            ticketId: id,
            from,
            public: body.public,
            ...(next ? { status: next } : {}),
          },
        ),
      });
    });
    const ticket = await this.get(scope, id);
    return ticket.comments.find((c) => c.id === commentId)!;
  }
}
