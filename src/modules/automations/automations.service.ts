import type { Kysely } from 'kysely';
import type { AutomationRule, DB } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import {
  validateActions,
  validateTrigger,
  type Action,
  type Trigger,
} from '../../domain/automations/rules.ts';
import { customDateKey } from '../../domain/automations/date-trigger.ts';
import type { FieldError } from '../../domain/field-errors.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import type { SegmentFilter } from '../../domain/segments/segment-filter.ts';
import { toPage } from '../../http/pagination.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { events } from '../events/events.service.ts';
import { customFieldDefinitions } from '../custom-fields/custom-fields.service.ts';
import { compileFilter, findSegment } from '../segments/segment-conditions.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { automationsRepository as repo } from './automations.repository.ts';
import type { RuleBody, RuleOut, RulePatch, RunOut } from './automations.schemas.ts';
import type { AutomationEngine } from './automation-engine.ts';

export const toRuleOut = (r: AutomationRule): RuleOut => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled === 1,
  trigger: JSON.parse(r.trigger) as Trigger,
  condition: r.condition ? (JSON.parse(r.condition) as SegmentFilter) : null,
  actions: JSON.parse(r.actions) as Action[],
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What the audit log keeps of a rule: enough to see what changed. */
const audited = (r: RuleOut) => ({
  name: r.name,
  enabled: r.enabled,
  trigger: JSON.stringify(r.trigger),
  condition: r.condition ? JSON.stringify(r.condition) : null,
  actions: JSON.stringify(r.actions),
});

/** Automation rules, managed by admins; rules act for the whole workspace. */
export class AutomationsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly engine: AutomationEngine,
  ) {}

  /** Checks the parts of a rule against the workspace; 400 with every problem's path. */
  private async check(db: Executor, workspaceId: string, body: RuleBody) {
    const errors: FieldError[] = [];
    const trigger = validateTrigger(body.trigger, errors);
    if (
      trigger &&
      'segmentId' in trigger &&
      !(await findSegment(db, workspaceId, trigger.segmentId))
    )
      errors.push(fieldError('/trigger/segmentId', 'not_in_scope', { entity: 'segment' }));
    const dateKey = trigger?.kind === 'date_arrives' ? customDateKey(trigger.field) : null;
    if (dateKey) {
      const def = (await customFieldDefinitions(db, workspaceId)).find((d) => d.key === dateKey);
      if (def?.type !== 'date') errors.push(fieldError('/trigger/field', 'automation_date_field'));
    }
    let condition: SegmentFilter | null = null;
    if (body.condition) {
      const compiled = await compileFilter(db, workspaceId, body.condition, '/condition');
      if ('errors' in compiled) errors.push(...compiled.errors);
      else condition = compiled.filter;
    }
    const actions = validateActions(body.actions, errors);
    for (const [i, a] of actions.entries()) {
      if (a.type !== 'assign_owner') continue;
      const user = await userRecords.findById(db, workspaceId, a.userId);
      if (!user || user.active !== 1)
        errors.push(fieldError(`/actions/${i}/userId`, 'no_active_user'));
    }
    if (errors.length || !trigger) throw AppError.validation(errors);
    return { trigger, condition, actions };
  }

  async list(scope: Scope): Promise<{ items: RuleOut[] }> {
    requireRole(scope, 'admin');
    return { items: (await repo.list(this.db, scope.workspaceId)).map(toRuleOut) };
  }

  async get(scope: Scope, id: string): Promise<RuleOut> {
    requireRole(scope, 'admin');
    const row = await repo.find(this.db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('Automation rule');
    return toRuleOut(row);
  }

  async create(scope: Scope, body: RuleBody): Promise<RuleOut> {
    requireRole(scope, 'admin');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const parts = await this.check(tx, scope.workspaceId, body);
      const name = body.name.trim();
      if (await repo.findByName(tx, scope.workspaceId, name))
        throw AppError.conflict(`An automation rule named “${name}” already exists`, [
          fieldError('/name', 'taken'),
        ]);
      const at = nowIso();
      const row = {
        workspace_id: scope.workspaceId,
        id,
        name,
        enabled: body.enabled === false ? 0 : 1,
        trigger: JSON.stringify(parts.trigger),
        condition: parts.condition ? JSON.stringify(parts.condition) : null,
        actions: JSON.stringify(parts.actions),
        created_by: scope.userId || null,
        created_at: at,
        updated_at: at,
      };
      await repo.insert(tx, row);
      await this.engine.noteSegmentMembers(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'automation_rule',
        entityId: id,
        changes: diff({}, audited(toRuleOut(row))),
      });
    });
    events.invalidate(scope.workspaceId);
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, patch: RulePatch): Promise<RuleOut> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('Automation rule');
      const before = toRuleOut(row);
      const body: RuleBody = {
        name: patch.name ?? before.name,
        enabled: patch.enabled ?? before.enabled,
        trigger: patch.trigger ?? before.trigger,
        condition: patch.condition === undefined ? before.condition : patch.condition,
        actions: patch.actions ?? before.actions,
      };
      const parts = await this.check(tx, scope.workspaceId, body);
      const name = body.name.trim();
      const other = await repo.findByName(tx, scope.workspaceId, name);
      if (other && other.id !== id)
        throw AppError.conflict(`An automation rule named “${name}” already exists`, [
          fieldError('/name', 'taken'),
        ]);
      const next = {
        ...row,
        name,
        enabled: body.enabled === false ? 0 : 1,
        trigger: JSON.stringify(parts.trigger),
        condition: parts.condition ? JSON.stringify(parts.condition) : null,
        actions: JSON.stringify(parts.actions),
        updated_at: nowIso(),
      };
      const changes = diff(audited(before), audited(toRuleOut(next)));
      if (!Object.keys(changes).length) return;
      await repo.update(tx, scope.workspaceId, id, next);
      // Enabled again or pointed at another segment: who is in the segment is noted afresh, so
      // the customers already in it do not "enter" on their next change.
      if (changes.trigger || changes.enabled) await this.engine.noteSegmentMembers(tx, next);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'automation_rule',
        entityId: id,
        changes,
      });
    });
    events.invalidate(scope.workspaceId);
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('Automation rule');
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'automation_rule',
        entityId: id,
        changes: Object.fromEntries(
          Object.entries(audited(toRuleOut(row))).map(([k, v]) => [k, { before: v, after: null }]),
        ),
      });
    });
    events.invalidate(scope.workspaceId);
  }

  async runs(scope: Scope, id: string, q: { cursor?: string; limit?: number }) {
    requireRole(scope, 'admin');
    await this.get(scope, id);
    const limit = q.limit ?? 50;
    const rows = await repo.runs(this.db, scope.workspaceId, id, q.cursor, limit + 1);
    return toPage(rows, limit, (r): RunOut => ({
      id: r.id,
      ruleId: r.rule_id,
      eventId: r.event_id,
      entityType: r.entity_type,
      entityId: r.entity_id,
      customerId: r.customer_id,
      depth: r.depth,
      status: r.status,
      detail: r.detail,
      at: r.at,
    }));
  }
}
