import type { Kysely } from 'kysely';
import type { DB, ServiceVisitRule } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { ruleProblems, type ChecklistItem } from '../../domain/service/visits.ts';
import { AppError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { RuleBody, RuleOut, RulePatch } from './service-visits.schemas.ts';
import { visitRulesRepository as repo } from './visit-rules.repository.ts';

export const checklistOf = (json: string): ChecklistItem[] =>
  (JSON.parse(json) as ChecklistItem[]).map((i) => ({ ...i, required: i.required === true }));

export const ruleOut = (r: ServiceVisitRule): RuleOut => ({
  id: r.id,
  name: r.name,
  trigger: r.trigger,
  kind: r.kind,
  businessDays: r.business_days,
  ticketTypes: JSON.parse(r.ticket_types) as string[],
  tiers: JSON.parse(r.tiers) as string[],
  checklist: checklistOf(r.checklist),
  enabled: r.enabled === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What the audit log keeps of a rule. */
const audited = (r: ServiceVisitRule) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = ruleOut(r);
  return rest;
};

const cleanChecklist = (items: RuleBody['checklist']) =>
  JSON.stringify(
    (items ?? []).map((i) => ({
      key: i.key,
      label: i.label.trim(),
      type: i.type,
      required: i.required === true,
    })),
  );

/**
 * The workspace's follow-up visit rules (回访): everyone may read them, admins write them. A
 * change applies to visits planned from then on; planned visits keep the terms they were made
 * under (their checklist included).
 */
export class VisitRulesService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope) {
    return { items: (await repo.list(this.db, scope.workspaceId)).map(ruleOut) };
  }

  async create(scope: Scope, body: RuleBody): Promise<RuleOut> {
    requireRole(scope, 'admin');
    const errors = ruleProblems(body);
    if (errors.length) throw AppError.validation(errors);
    const at = nowIso();
    const row: ServiceVisitRule = {
      workspace_id: scope.workspaceId,
      id: newId(),
      name: body.name.trim(),
      trigger: body.trigger,
      kind: body.kind,
      business_days: body.businessDays,
      ticket_types: JSON.stringify(body.ticketTypes ?? []),
      tiers: JSON.stringify(body.tiers ?? []),
      checklist: cleanChecklist(body.checklist),
      enabled: body.enabled === false ? 0 : 1,
      created_at: at,
      updated_at: at,
    };
    await this.db.transaction().execute(async (tx) => {
      await repo.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'service_visit_rule',
        entityId: row.id,
        changes: diff({}, audited(row)),
      });
    });
    return ruleOut(row);
  }

  private async found(scope: Scope, id: string) {
    requireRole(scope, 'admin');
    const rule = await repo.find(this.db, scope.workspaceId, id);
    if (!rule) throw AppError.notFound('Visit rule');
    return rule;
  }

  async update(scope: Scope, id: string, patch: RulePatch): Promise<RuleOut> {
    const rule = await this.found(scope, id);
    const trigger = patch.trigger ?? rule.trigger;
    const ticketTypes = patch.ticketTypes ?? (JSON.parse(rule.ticket_types) as string[]);
    // Moving a rule off the ticket trigger drops its ticket types only when they are not resent.
    const errors = ruleProblems({
      trigger,
      ticketTypes: patch.ticketTypes ?? (trigger === 'ticket_solved' ? ticketTypes : []),
      checklist: patch.checklist,
    });
    if (errors.length) throw AppError.validation(errors);
    const next: ServiceVisitRule = {
      ...rule,
      name: patch.name?.trim() ?? rule.name,
      trigger,
      kind: patch.kind ?? rule.kind,
      business_days: patch.businessDays ?? rule.business_days,
      ticket_types: JSON.stringify(trigger === 'ticket_solved' ? ticketTypes : []),
      tiers: patch.tiers ? JSON.stringify(patch.tiers) : rule.tiers,
      checklist: patch.checklist ? cleanChecklist(patch.checklist) : rule.checklist,
      enabled: patch.enabled === undefined ? rule.enabled : patch.enabled ? 1 : 0,
      updated_at: nowIso(),
    };
    const changes = diff(audited(rule), audited(next));
    if (!Object.keys(changes).length) return ruleOut(rule);
    await this.db.transaction().execute(async (tx) => {
      const { workspace_id: _w, id: _i, created_at: _c, ...fields } = next;
      await repo.update(tx, scope.workspaceId, id, fields);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'service_visit_rule',
        entityId: id,
        changes,
      });
    });
    return ruleOut(next);
  }

  /** Deletes a rule; the visits it planned stay, with their copy of its terms. */
  async remove(scope: Scope, id: string): Promise<void> {
    const rule = await this.found(scope, id);
    await this.db.transaction().execute(async (tx) => {
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'service_visit_rule',
        entityId: id,
        changes: diff(audited(rule), {}),
      });
    });
  }
}
