import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { CadencePolicy, DB, FollowUp, NewCadencePolicy } from '../../db/schema.ts';
import { contactWindows } from '../../domain/calendar/contact-windows.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import { explainShift } from '../../domain/calendar/explain.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { countrySettingsRepository } from '../countries/countries.repository.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { segmentsRepository } from '../segments/segments.repository.ts';
import { requireRole } from '../../domain/scope.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { FollowUpOut } from './activities.schemas.ts';
import { toFollowUpOut } from './follow-ups.mapper.ts';
import {
  followUpsRepository,
  policiesRepository,
  type FollowUpRow,
} from './follow-ups.repository.ts';
import type {
  FollowUpCreate,
  FollowUpPatch,
  FollowUpQuery,
  InboxFollowUp,
  PoliciesBody,
} from './follow-ups.schemas.ts';
import { zoneOf, type PlanningService } from './planning.service.ts';
import { userRecords } from '../users/user-records.service.ts';

const UPCOMING_DAYS = 14;

export class FollowUpsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly planning: PlanningService,
  ) {}

  private assignees(scope: Scope, which: FollowUpQuery['scope']): string[] | undefined {
    if (which === 'mine' || which === undefined) return [scope.userId];
    return scope.visibleOwnerIds === 'all' ? undefined : scope.visibleOwnerIds;
  }

  /**
   * Open follow-ups in each customer's own calendar: overdue, today, upcoming. Today's are ordered
   * by when the customer's working day opens, with the next window both sides are at work.
   */
  async list(scope: Scope, query: FollowUpQuery, now = new Date()): Promise<InboxFollowUp[]> {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    const home = {
      calendar: await this.calendars.calendar(scope.workspaceId, ws.home_country),
      timeZone: ws.home_time_zone,
      hours: { start: ws.home_work_start, end: ws.home_work_end },
    };
    const rows = await followUpsRepository.open(this.db, scope, {
      assigneeIds: this.assignees(scope, query.scope),
      customerId: query.customerId,
    });
    const hours = new Map(
      (await countrySettingsRepository.list(this.db, scope.workspaceId)).map((s) => [
        s.country,
        s.work_start && s.work_end ? { start: s.work_start, end: s.work_end } : null,
      ]),
    );
    const items: (InboxFollowUp & { sortKey: string })[] = [];
    for (const r of rows) {
      const zone = zoneOf({ time_zone: r.customer_time_zone, country: r.customer_country });
      const local = localParts(now, zone);
      const bucket =
        r.due_date < local.date
          ? 'overdue'
          : r.due_date === local.date
            ? 'today'
            : // One customer's list (its page) shows every open follow-up, however far off.
              query.customerId || r.due_date <= addDays(local.date, UPCOMING_DAYS)
              ? 'upcoming'
              : null;
      if (!bucket || (query.due && query.due !== bucket)) continue;
      const calendar = await this.calendars.calendar(
        scope.workspaceId,
        r.customer_country,
        r.customer_region,
      );
      const customer = {
        calendar,
        timeZone: zone,
        hours: hours.get(r.customer_country) ?? { start: '09:00', end: '18:00' },
      };
      const day = bucket === 'upcoming' ? null : contactWindows(home, customer, now, 1)[0];
      const window = day?.windows[0] ?? null;
      items.push({
        ...toFollowUpOut(r),
        customerToday: local.date,
        customerTime: local.time,
        timeZone: zone,
        bucket,
        nextWindow: window
          ? {
              startUtc: window.startUtc,
              endUtc: window.endUtc,
              home: window.home,
              customer: window.customer,
            }
          : null,
        sortKey: `${bucket === 'upcoming' ? '1' + r.due_date : '0' + (window?.startUtc ?? '9')}|${r.due_date}`,
      });
    }
    items.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
    return items.map(({ sortKey: _s, ...item }) => item);
  }

  /** Customers gone cold (no touch within their cadence) and customers with a holiday today. */
  async attention(scope: Scope, which: FollowUpQuery['scope'], now = new Date()) {
    const assignees = this.assignees(scope, which);
    let q = customersRepository
      .scoped(this.db, scope)
      .select([
        'id',
        'name',
        'country',
        'region',
        'time_zone',
        'stage',
        'tier',
        'last_touch_at',
        'health_score',
      ])
      .where('deleted_at', 'is', null);
    if (assignees) q = q.where('owner_id', 'in', assignees.length ? assignees : ['-']);
    const { rules, index } = await this.planning.policySet(this.db, scope.workspaceId);
    const customers = await q.select(index.as('policy')).limit(5000).execute();
    const cold: {
      customerId: string;
      name: string;
      country: string;
      lastTouchAt: string | null;
      cadenceDays: number;
      daysSilent: number | null;
      healthScore: number | null;
    }[] = [];
    const holidayToday: {
      customerId: string;
      name: string;
      country: string;
      date: string;
      holidays: string[];
    }[] = [];
    for (const c of customers) {
      const days = rules[c.policy]?.days ?? 30;
      const silent = c.last_touch_at
        ? Math.floor((now.getTime() - Date.parse(c.last_touch_at)) / 86_400_000)
        : null;
      if (silent === null || silent > days)
        cold.push({
          customerId: c.id,
          name: c.name,
          country: c.country,
          lastTouchAt: c.last_touch_at,
          cadenceDays: days,
          daysSilent: silent,
          healthScore: c.health_score,
        });
      const local = localParts(now, zoneOf(c)).date;
      const status = (await this.calendars.calendar(scope.workspaceId, c.country, c.region)).status(
        local,
      );
      const names = status.reasons.flatMap((r) =>
        r.kind === 'holiday' || r.kind === 'workspace-holiday' ? [r.name] : [],
      );
      if (names.length)
        holidayToday.push({
          customerId: c.id,
          name: c.name,
          country: c.country,
          date: local,
          holidays: names,
        });
    }
    cold.sort((a, b) => (b.daysSilent ?? 1e9) - (a.daysSilent ?? 1e9));
    return { cold: cold.slice(0, 200), holidayToday };
  }

  async create(scope: Scope, body: FollowUpCreate): Promise<FollowUpOut> {
    const id = newId();
    await this.planning.prepare(
      scope.workspaceId,
      await customerRecords.findVisible(this.db, scope, body.customerId),
    );
    await this.db.transaction().execute(async (tx) => {
      const customer = await customerRecords.findVisible(tx, scope, body.customerId);
      if (!customer)
        throw AppError.validation([
          { path: '/customerId', message: 'no customer with this id in your scope' },
        ]);
      const assigneeId = body.assigneeId ?? customer.owner_id;
      await this.checkAssignee(tx, scope, assigneeId);
      const calendar = await this.calendars.calendar(
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
      };
      await followUpsRepository.insertMany(tx, [row]);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'follow_up',
        entityId: id,
        changes: diff({}, { customerId: customer.id, dueDate: body.dueDate, assigneeId }),
      });
    });
    return this.get(scope, id);
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
        throw AppError.validation([{ path: '/dueDate', message: 'must be a date as YYYY-MM-DD' }]);
      if (body.status === 'snoozed') {
        const today = localParts(
          new Date(),
          zoneOf({ time_zone: row.customer_time_zone, country: row.customer_country }),
        ).date;
        if (!body.dueDate)
          throw AppError.validation([{ path: '/dueDate', message: 'is required when snoozing' }]);
        if (body.dueDate <= today)
          throw AppError.validation([
            {
              path: '/dueDate',
              message: `must be after today (${today}) in the customer’s calendar`,
            },
          ]);
      }
      if (body.assigneeId) await this.checkAssignee(tx, scope, body.assigneeId);
      const at = nowIso();
      const patch = {
        ...(body.status
          ? { status: body.status, done_at: body.status === 'done' ? at : null }
          : {}),
        ...(body.dueDate ? { due_date: body.dueDate } : {}),
        ...(body.dueTime !== undefined ? { due_time: body.dueTime } : {}),
        ...(body.assigneeId ? { assignee_id: body.assigneeId } : {}),
        ...(body.note !== undefined ? { note: body.note } : {}),
        updated_at: at,
      };
      await followUpsRepository.update(tx, scope.workspaceId, id, patch);
      const changes = diff(
        { status: row.status, dueDate: row.due_date, assigneeId: row.assignee_id },
        {
          status: body.status ?? row.status,
          dueDate: body.dueDate ?? row.due_date,
          assigneeId: body.assigneeId ?? row.assignee_id,
        },
      );
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'follow_up',
        entityId: id,
        changes,
      });
      const customer = await customerRecords.findVisible(tx, scope, row.customer_id);
      if (customer) await this.planning.refreshHealth(tx, scope.workspaceId, customer);
    });
    return this.get(scope, id);
  }

  private async checkAssignee(db: Executor, scope: Scope, assigneeId: string): Promise<void> {
    const user = await userRecords.findById(db, scope.workspaceId, assigneeId);
    if (!user || user.active !== 1)
      throw AppError.validation([{ path: '/assigneeId', message: 'no active user with this id' }]);
    if (!canSeeOwner(scope, assigneeId))
      throw AppError.validation([
        {
          path: '/assigneeId',
          message: 'you can only assign follow-ups to yourself or members of your teams',
        },
      ]);
  }

  /** The customer's health score with its weighted parts (recomputed on read). */
  async health(scope: Scope, customerId: string) {
    return this.db.transaction().execute(async (tx) => {
      const customer = await customerRecords.findVisible(tx, scope, customerId);
      if (!customer) throw AppError.notFound('Customer');
      return this.planning.refreshHealth(tx, scope.workspaceId, customer);
    });
  }

  async policies(scope: Scope) {
    const rows = await this.planning.policies(this.db, scope.workspaceId);
    return {
      items: rows,
      custom: (await policiesRepository.list(this.db, scope.workspaceId)).length > 0,
    };
  }

  /** Saves the workspace's policies and replans every customer (chunked; the server keeps answering). */
  async setPolicies(scope: Scope, body: PoliciesBody) {
    requireRole(scope, 'admin', 'manager');
    const at = nowIso();
    const segmentIds = body.items.map((p) => p.segmentId ?? null);
    for (const [i, id] of segmentIds.entries()) {
      if (id && !(await segmentsRepository.find(this.db, scope.workspaceId, id)))
        throw AppError.validation([
          { path: `/items/${i}/segmentId`, message: 'no segment with this id in the workspace' },
        ]);
    }
    const rows: NewCadencePolicy[] = body.items.map((p, i) => ({
      workspace_id: scope.workspaceId,
      id: newId(),
      name: p.name.trim(),
      stage: (p.stage ?? null) as CadencePolicy['stage'],
      tier: (p.tier ?? null) as CadencePolicy['tier'],
      days: p.days,
      avoid_slow_seasons: p.avoidSlowSeasons ? 1 : 0,
      segment_id: p.segmentId ?? null,
      position: i,
      updated_at: at,
    }));
    await this.db.transaction().execute(async (tx) => {
      const before = await policiesRepository.list(tx, scope.workspaceId);
      await policiesRepository.replace(tx, scope.workspaceId, rows);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'cadence_policies',
        entityId: scope.workspaceId,
        changes: {
          policies: {
            before: before.map((p) => `${p.name}:${p.days}`),
            after: rows.map((p) => `${p.name}:${p.days}`),
          },
        },
      });
    });
    const started = Date.now();
    const replanned = await this.planning.replanAll(scope.workspaceId);
    return { ...(await this.policies(scope)), replanned, millis: Date.now() - started };
  }
}
