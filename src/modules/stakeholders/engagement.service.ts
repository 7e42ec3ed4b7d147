import type { Kysely } from 'kysely';
import type { DB, Stakeholder, StakeholderPlan } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import {
  isOverdue,
  planInBusinessDays,
  planOnDay,
  type PlannedDay,
} from '../../domain/reputation/engagement.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { userRecords } from '../users/user-records.service.ts';
import { engagementRepository as repo } from './engagement.repository.ts';
import type {
  EngagementOut,
  InteractionBody,
  PlanBody,
  PlanOut,
  PlanPatch,
} from './engagement.schemas.ts';
import { stakeholdersRepository } from './stakeholders.repository.ts';

const canEdit = (scope: Scope, s: Stakeholder) =>
  scope.role === 'admin' || s.owner_id === scope.userId;

const zoneOf = (s: Stakeholder) => defaultTimeZone(s.country) ?? 'UTC';

/**
 * A stakeholder's interactions and engagement plan (issue 19). Whoever may read the stakeholder
 * reads them (the stakeholders' rule); its owner and admins write them. Follow-ups are planned in
 * the stakeholder's country: its time zone gives "today", its weekend and public holidays (and the
 * workspace's own days) move a due date to the next business day, saying why.
 */
export class EngagementService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(scope: Scope, id: string): Promise<EngagementOut> {
    const s = await this.visible(this.db, scope, id);
    return this.out(this.db, scope, s);
  }

  async addInteraction(scope: Scope, id: string, body: InteractionBody): Promise<EngagementOut> {
    await this.db.transaction().execute(async (tx) => {
      const s = await this.editable(tx, scope, id);
      const today = this.today(s);
      if (body.occurredOn > today)
        throw AppError.validation([fieldError('/occurredOn', 'in_future')]);
      const iid = newId();
      await repo.insertInteraction(tx, {
        workspace_id: scope.workspaceId,
        id: iid,
        stakeholder_id: s.id,
        kind: body.kind,
        occurred_on: body.occurredOn,
        summary: body.summary.trim(),
        people: body.people?.trim() ?? '',
        user_id: scope.userId,
        created_at: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'stakeholder_interaction',
        entityId: iid,
        changes: diff({}, { stakeholderId: s.id, kind: body.kind, occurredOn: body.occurredOn }),
      });
    });
    return this.get(scope, id);
  }

  async removeInteraction(scope: Scope, id: string, interactionId: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const s = await this.editable(tx, scope, id);
      const row = await repo.interaction(tx, scope.workspaceId, s.id, interactionId);
      if (!row) throw AppError.notFound('Interaction');
      await repo.removeInteraction(tx, scope.workspaceId, row.id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'stakeholder_interaction',
        entityId: row.id,
        changes: diff({ kind: row.kind, occurredOn: row.occurred_on }, {}),
      });
    });
  }

  async addPlan(scope: Scope, id: string, body: PlanBody): Promise<EngagementOut> {
    await this.db.transaction().execute(async (tx) => {
      const s = await this.editable(tx, scope, id);
      const errors: FieldError[] = [];
      if ((body.dueDate === undefined) === (body.businessDays === undefined))
        errors.push(fieldError('/dueDate', 'due_or_business_days'));
      const today = this.today(s);
      if (body.dueDate !== undefined && body.dueDate < today)
        errors.push(fieldError('/dueDate', 'before_today_there', { today }));
      errors.push(...(await this.assigneeErrors(tx, scope, body.assigneeId)));
      if (errors.length) throw AppError.validation(errors);
      const day = await this.planned(tx, scope, s, body.dueDate, body.businessDays);
      const pid = newId();
      const at = nowIso();
      await repo.insertPlan(tx, {
        workspace_id: scope.workspaceId,
        id: pid,
        stakeholder_id: s.id,
        title: body.title.trim(),
        requested_date: day.requestedDate,
        due_date: day.dueDate,
        reason: day.reason ? JSON.stringify(day.reason) : null,
        assignee_id: body.assigneeId ?? s.owner_id,
        status: 'open',
        done_at: null,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'stakeholder_plan',
        entityId: pid,
        changes: diff({}, { stakeholderId: s.id, title: body.title, dueDate: day.dueDate }),
      });
    });
    return this.get(scope, id);
  }

  async updatePlan(
    scope: Scope,
    id: string,
    planId: string,
    body: PlanPatch,
  ): Promise<EngagementOut> {
    await this.db.transaction().execute(async (tx) => {
      const s = await this.editable(tx, scope, id);
      const before = await repo.plan(tx, scope.workspaceId, s.id, planId);
      if (!before) throw AppError.notFound('Planned follow-up');
      const errors: FieldError[] = [];
      const today = this.today(s);
      if (body.dueDate !== undefined && body.dueDate < today && body.dueDate !== before.due_date)
        errors.push(fieldError('/dueDate', 'before_today_there', { today }));
      errors.push(...(await this.assigneeErrors(tx, scope, body.assigneeId)));
      if (errors.length) throw AppError.validation(errors);
      const at = nowIso();
      const patch: Partial<StakeholderPlan> = { updated_at: at };
      if (body.title !== undefined) patch.title = body.title.trim();
      if (body.assigneeId !== undefined) patch.assignee_id = body.assigneeId;
      if (body.dueDate !== undefined && body.dueDate !== before.requested_date) {
        const day = await this.planned(tx, scope, s, body.dueDate, undefined);
        patch.requested_date = day.requestedDate;
        patch.due_date = day.dueDate;
        patch.reason = day.reason ? JSON.stringify(day.reason) : null;
      }
      if (body.status !== undefined && body.status !== before.status) {
        patch.status = body.status;
        patch.done_at = body.status === 'done' ? at : null;
      }
      await repo.updatePlan(tx, scope.workspaceId, before.id, patch);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'stakeholder_plan',
        entityId: before.id,
        changes: diff(
          { title: before.title, dueDate: before.due_date, status: before.status },
          {
            title: patch.title ?? before.title,
            dueDate: patch.due_date ?? before.due_date,
            status: patch.status ?? before.status,
          },
        ),
      });
    });
    return this.get(scope, id);
  }

  private today(s: Stakeholder): string {
    return localDate(this.now(), zoneOf(s));
  }

  private async planned(
    tx: Executor,
    scope: Scope,
    s: Stakeholder,
    dueDate: string | undefined,
    businessDays: number | undefined,
  ): Promise<PlannedDay> {
    const calendar = await this.calendars.calendar(tx, scope.workspaceId, s.country);
    const place = countryNames(s.country);
    return dueDate !== undefined
      ? planOnDay(calendar, dueDate, place)
      : planInBusinessDays(calendar, this.today(s), businessDays ?? 0, place);
  }

  private async assigneeErrors(tx: Executor, scope: Scope, id: string | undefined) {
    if (id === undefined) return [];
    const user = await userRecords.findById(tx, scope.workspaceId, id);
    return user && user.active === 1 ? [] : [fieldError('/assigneeId', 'no_active_user')];
  }

  private async visible(db: Executor, scope: Scope, id: string): Promise<Stakeholder> {
    const [s] = await stakeholdersRepository.visible(db, scope, { id });
    if (!s) throw AppError.notFound('Stakeholder');
    return s;
  }

  private async editable(db: Executor, scope: Scope, id: string): Promise<Stakeholder> {
    const s = await this.visible(db, scope, id);
    if (!canEdit(scope, s))
      throw AppError.forbidden(
        'Only the stakeholder’s owner or an admin can change its engagement',
      );
    return s;
  }

  private async out(db: Executor, scope: Scope, s: Stakeholder): Promise<EngagementOut> {
    const [interactions, plans] = await Promise.all([
      repo.interactions(db, scope.workspaceId, s.id),
      repo.plans(db, scope.workspaceId, s.id),
    ]);
    const today = this.today(s);
    return {
      today,
      timeZone: zoneOf(s),
      canEdit: canEdit(scope, s),
      interactions: interactions.map((i) => ({
        id: i.id,
        kind: i.kind,
        occurredOn: i.occurred_on,
        summary: i.summary,
        people: i.people,
        userId: i.user_id,
        createdAt: i.created_at,
      })),
      plans: plans.map((p): PlanOut => ({
        id: p.id,
        title: p.title,
        requestedDate: p.requested_date,
        dueDate: p.due_date,
        reason: p.reason ? (JSON.parse(p.reason) as { en: string; zh: string }) : null,
        assigneeId: p.assignee_id,
        status: p.status as PlanOut['status'],
        overdue: isOverdue({ status: p.status, dueDate: p.due_date }, today),
        doneAt: p.done_at,
        updatedAt: p.updated_at,
      })),
    };
  }
}
