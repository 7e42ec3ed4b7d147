import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, DB, FollowUp } from '../../db/schema.ts';
import { addBusinessDays } from '../../domain/automations/rules.ts';
import { isValidDate } from '../../domain/calendar/dates.ts';
import { explainShift } from '../../domain/calendar/explain.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { officePeople, personAfter } from './office-people.ts';
import { userRecords } from '../users/user-records.service.ts';
import type { FollowUpOut } from './activities.schemas.ts';
import { toFollowUpOut } from './follow-ups.mapper.ts';
import { followUpsRepository, type FollowUpRow } from './follow-ups.repository.ts';
import type { FollowUpCreate, FollowUpPatch } from './follow-ups.schemas.ts';
import type { HealthService } from './health.service.ts';
import { zoneOf } from './planning.service.ts';

/** Follow-ups set by hand, and every change to one: done, snoozed, reopened, reassigned. */
export class FollowUpsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly health: HealthService,
  ) {}

  async create(scope: Scope, body: FollowUpCreate): Promise<FollowUpOut> {
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const customer = await customerRecords.findVisible(tx, scope, body.customerId);
      if (!customer)
        throw AppError.validation([
          fieldError('/customerId', 'not_in_scope', { entity: 'customer' }),
        ]);
      const done = await officePeople.assign(tx, scope, body.assigneePersonId, body.assigneeId);
      if (done.problems.length) throw AppError.validation(done.problems);
      const assigneeId = done.assigneeId ?? customer.owner_id;
      await this.checkAssignee(tx, scope, assigneeId);
      const calendar = await this.calendars.calendar(
        tx,
        scope.workspaceId,
        customer.country,
        customer.region,
      );
      const status = calendar.status(body.dueDate);
      const note = status.working
        ? null
        : explainShift(
            [status],
            calendar.nextBusinessDay(body.dueDate).date,
            countryNames(customer.country),
          );
      const reason = note
        ? { en: `Set by hand. Careful: ${note.en}`, zh: `手动设置。注意：${note.zh}` }
        : { en: 'Set by hand', zh: '手动设置' };
      const at = nowIso();
      const row: FollowUp = {
        workspace_id: scope.workspaceId,
        id,
        customer_id: customer.id,
        assignee_id: assigneeId,
        kind: 'manual',
        due_date: body.dueDate,
        due_time: body.dueTime ?? null,
        status: 'open',
        reason: JSON.stringify(reason),
        note: body.note ?? null,
        created_at: at,
        updated_at: at,
        done_at: null,
        basis_date: null,
        assignee_person_id: done.person?.id ?? null,
      };
      await followUpsRepository.insertMany(tx, [row]);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'follow_up',
        entityId: id,
        changes: diff(
          {},
          {
            customerId: customer.id,
            dueDate: body.dueDate,
            assigneeId,
            assigneePersonId: row.assignee_person_id,
          },
        ),
      });
    });
    return this.get(scope, id);
  }

  /**
   * An automation rule's follow-up, inside the rule run's transaction: due `businessDays` after
   * today in the customer's own zone and calendar (weekends and holidays do not count), assigned
   * to the customer's owner. Answers its id and due date.
   */
  async createAutomated(
    tx: Executor,
    scope: Scope,
    customerId: string,
    input: { businessDays: number; note: string | null; rule: string; now: Date },
  ): Promise<{ id: string; dueDate: string }> {
    const customer = await customerRecords.findVisible(tx, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    const calendar = await this.calendars.calendar(
      tx,
      scope.workspaceId,
      customer.country,
      customer.region,
    );
    const today = localParts(input.now, zoneOf(customer)).date;
    const due = addBusinessDays(calendar, today, input.businessDays);
    const dueDate = input.businessDays === 0 ? calendar.nextBusinessDay(today).date : due.date;
    const reason = {
      en: `Automation “${input.rule}”: ${input.businessDays} business days from ${today}`,
      zh: `自动化规则“${input.rule}”：自 ${today} 起 ${input.businessDays} 个工作日`,
    };
    const at = nowIso();
    const id = newId();
    await followUpsRepository.insertMany(tx, [
      {
        workspace_id: scope.workspaceId,
        id,
        customer_id: customer.id,
        assignee_id: customer.owner_id,
        kind: 'manual',
        due_date: dueDate,
        due_time: null,
        status: 'open',
        reason: JSON.stringify(reason),
        note: input.note,
        created_at: at,
        updated_at: at,
        done_at: null,
        basis_date: null,
        assignee_person_id: null,
      },
    ]);
    await recordAudit(tx, scope, {
      action: 'create',
      entityType: 'follow_up',
      entityId: id,
      changes: diff({}, { customerId: customer.id, dueDate, assigneeId: customer.owner_id }),
    });
    return { id, dueDate };
  }

  /**
   * A notice for the customer's owner in their inbox, inside the caller's transaction: a manual
   * follow-up due `dueDate` whose reason says why (the shared pool's warning before a customer
   * returns to it). Audited as any follow-up created. Answers its id.
   */
  async createNotice(
    tx: Executor,
    scope: Scope,
    customer: Pick<Customer, 'id' | 'owner_id'>,
    input: { dueDate: string; reason: { en: string; zh: string }; note: string | null },
  ): Promise<string> {
    const at = nowIso();
    const id = newId();
    await followUpsRepository.insertMany(tx, [
      {
        workspace_id: scope.workspaceId,
        id,
        customer_id: customer.id,
        assignee_id: customer.owner_id,
        kind: 'manual',
        due_date: input.dueDate,
        due_time: null,
        status: 'open',
        reason: JSON.stringify(input.reason),
        note: input.note,
        created_at: at,
        updated_at: at,
        done_at: null,
        basis_date: null,
        assignee_person_id: null,
      },
    ]);
    await recordAudit(tx, scope, {
      action: 'create',
      entityType: 'follow_up',
      entityId: id,
      changes: diff(
        {},
        { customerId: customer.id, dueDate: input.dueDate, assigneeId: customer.owner_id },
      ),
    });
    return id;
  }

  async get(scope: Scope, id: string): Promise<FollowUpOut> {
    const row = await followUpsRepository.findVisible(this.db, scope, id);
    if (!row) throw AppError.notFound('Follow-up');
    return toFollowUpOut(row);
  }

  /** Done, snoozed to a later date, reopened, cancelled or reassigned. */
  async update(scope: Scope, id: string, body: FollowUpPatch): Promise<FollowUpOut> {
    await this.db.transaction().execute(async (tx) => {
      const row: FollowUpRow | undefined = await followUpsRepository.findVisible(tx, scope, id);
      if (!row) throw AppError.notFound('Follow-up');
      if (body.dueDate !== undefined && !isValidDate(body.dueDate))
        throw AppError.validation([fieldError('/dueDate', 'invalid_date')]);
      if (body.status === 'snoozed') {
        const today = localParts(
          new Date(),
          zoneOf({ time_zone: row.customer_time_zone, country: row.customer_country }),
        ).date;
        if (!body.dueDate)
          throw AppError.validation([fieldError('/dueDate', 'required_to_snooze')]);
        if (body.dueDate <= today)
          throw AppError.validation([fieldError('/dueDate', 'after_today', { today })]);
      }
      const done = await officePeople.assign(tx, scope, body.assigneePersonId, body.assigneeId);
      if (done.problems.length) throw AppError.validation(done.problems);
      const assigneeId = done.assigneeId ?? undefined;
      if (assigneeId) await this.checkAssignee(tx, scope, assigneeId);
      const personId = personAfter(row, done.person, assigneeId);
      const at = nowIso();
      const patch = {
        ...(body.status
          ? { status: body.status, done_at: body.status === 'done' ? at : null }
          : {}),
        ...(body.dueDate ? { due_date: body.dueDate } : {}),
        ...(body.dueTime !== undefined ? { due_time: body.dueTime } : {}),
        ...(assigneeId ? { assignee_id: assigneeId } : {}),
        assignee_person_id: personId,
        ...(body.note !== undefined ? { note: body.note } : {}),
        updated_at: at,
      };
      await followUpsRepository.update(tx, scope.workspaceId, id, patch);
      const changes = diff(
        {
          status: row.status,
          dueDate: row.due_date,
          assigneeId: row.assignee_id,
          assigneePersonId: row.assignee_person_id,
        },
        {
          status: body.status ?? row.status,
          dueDate: body.dueDate ?? row.due_date,
          assigneeId: assigneeId ?? row.assignee_id,
          assigneePersonId: personId,
        },
      );
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'follow_up',
        entityId: id,
        changes,
      });
      const customer = await customerRecords.findVisible(tx, scope, row.customer_id);
      if (customer) await this.health.refresh(tx, scope.workspaceId, customer);
    });
    return this.get(scope, id);
  }

  private async checkAssignee(db: Executor, scope: Scope, assigneeId: string): Promise<void> {
    const user = await userRecords.findById(db, scope.workspaceId, assigneeId);
    if (!user || user.active !== 1)
      throw AppError.validation([fieldError('/assigneeId', 'no_active_user')]);
    if (!canSeeOwner(scope, assigneeId))
      throw AppError.validation([
        fieldError('/assigneeId', 'owner_not_allowed', { entities: 'follow-ups' }),
      ]);
  }
}
