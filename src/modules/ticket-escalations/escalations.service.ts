import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, EscalationRuleRow, Ticket } from '../../db/schema.ts';
import { newId } from '../../domain/ids.ts';
import { requireRole, systemScope, type Scope } from '../../domain/scope.ts';
import {
  planEscalation,
  type EscalationRule,
  type EscalationPlan,
} from '../../domain/service/escalation.ts';
import type { TicketPriority } from '../../domain/service/tickets.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import { ticketRecords } from '../tickets/ticket-records.service.ts';
import type { TicketsService } from '../tickets/tickets.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import type {
  EscalationNoticeOut,
  EscalationNoticesQuery,
  EscalationRuleBody,
  EscalationRuleOut,
  EscalationRulePatch,
} from './escalations.schemas.ts';
import { escalationsRepository as repo } from './escalations.repository.ts';

/** At most this many candidate tickets per workspace and run, the most urgent first. */
const CANDIDATES_PER_RUN = 2000;

function ruleOf(r: EscalationRuleRow): EscalationRule {
  return {
    id: r.id,
    name: r.name,
    trigger: r.trigger,
    target: r.target,
    priorities: JSON.parse(r.priorities) as TicketPriority[],
    teamIds: JSON.parse(r.team_ids) as string[],
    reassignToId: r.reassign_to_id,
    raisePriority: r.raise_priority === 1,
    notify: r.notify === 1,
  };
}

const TARGET_WORDS = {
  first_response: { en: 'first response', zh: '首次响应' },
  resolution: { en: 'resolution', zh: '解决' },
  next_response: { en: 'next response', zh: '后续响应' },
};

/**
 * Escalation rules (admins keep them) and the SLA job that applies them: for each running
 * ticket past a warning or due instant, the rules not yet fired reassign it, raise its priority
 * and notify the assignee and their managers with a follow-up in their inbox, in one transaction
 * per ticket with the firings recorded, audited as the system.
 */
export class EscalationsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly tickets: TicketsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async out(db: Executor, workspaceId: string, rows: EscalationRuleRow[]) {
    const names = await userRecords.namesOf(
      db,
      workspaceId,
      rows.flatMap((r) => (r.reassign_to_id ? [r.reassign_to_id] : [])),
    );
    return rows.map((r): EscalationRuleOut => ({
      ...ruleOf(r),
      position: r.position,
      enabled: r.enabled === 1,
      reassignToName: r.reassign_to_id ? (names.get(r.reassign_to_id) ?? null) : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  async list(scope: Scope) {
    requireRole(scope, 'admin');
    return {
      items: await this.out(
        this.db,
        scope.workspaceId,
        await repo.rules(this.db, scope.workspaceId),
      ),
    };
  }

  /**
   * Escalations of the last days on running tickets the caller may see, newest first: the
   * assignee's and their managers' notice board. It reads the tickets' own access rule, so an
   * agent (who sees no customers, hence no follow-ups) hears of their desk's escalations too.
   */
  async notices(scope: Scope, q: EscalationNoticesQuery) {
    const limit = q.limit ?? 50;
    const since = new Date(this.now().getTime() - (q.days ?? 7) * 86_400_000).toISOString();
    const items: EscalationNoticeOut[] = [];
    const PAGE = 500;
    // Firings are read a page at a time and kept where the ticket is visible and running; a
    // reader who sees few of the workspace's tickets walks more pages, bounded by the window.
    for (let offset = 0; items.length < limit; offset += PAGE) {
      const firings = await repo.recentFirings(this.db, scope.workspaceId, since, PAGE, offset);
      const tickets = new Map(
        (
          await ticketRecords.visibleAmong(
            this.db,
            scope,
            firings.map((f) => f.ticket_id),
          )
        ).map((t) => [t.id, t]),
      );
      for (const f of firings) {
        const t = tickets.get(f.ticket_id);
        if (!t || t.status === 'solved' || t.status === 'closed') continue;
        items.push({
          ticketId: t.id,
          number: t.number,
          subject: t.subject,
          customerName: t.customer_name,
          customerCountry: t.customer_country,
          status: t.status,
          priority: t.priority,
          assigneeId: t.assignee_id,
          target: f.target,
          trigger: f.trigger,
          ruleName: f.rule_name,
          firedAt: f.fired_at,
        });
        if (items.length === limit) break;
      }
      if (firings.length < PAGE) break;
    }
    return { items };
  }

  private async problems(db: Executor, scope: Scope, b: EscalationRulePatch) {
    const errors: FieldError[] = [];
    if (b.reassignToId) {
      const u = await userRecords.findById(db, scope.workspaceId, b.reassignToId);
      if (!u || !u.active)
        errors.push(fieldError('/reassignToId', 'no_such', { entity: 'active user' }));
    }
    for (const [i, id] of (b.teamIds ?? []).entries())
      if (!(await userRecords.findSupportTeam(db, scope.workspaceId, id)))
        errors.push(fieldError(`/teamIds/${i}`, 'no_such', { entity: 'support team' }));
    if (errors.length) throw AppError.validation(errors);
  }

  async create(scope: Scope, b: EscalationRuleBody) {
    requireRole(scope, 'admin');
    const at = this.now().toISOString();
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await this.problems(tx, scope, b);
      const existing = await repo.rules(tx, scope.workspaceId);
      const row = {
        workspace_id: scope.workspaceId,
        id,
        name: b.name.trim(),
        position: existing.length ? Math.max(...existing.map((r) => r.position)) + 1 : 0,
        enabled: b.enabled === false ? 0 : 1,
        trigger: b.trigger,
        target: b.target ?? 'any',
        priorities: JSON.stringify(b.priorities ?? []),
        team_ids: JSON.stringify(b.teamIds ?? []),
        reassign_to_id: b.reassignToId ?? null,
        raise_priority: b.raisePriority ? 1 : 0,
        notify: b.notify === false ? 0 : 1,
        created_at: at,
        updated_at: at,
      };
      await repo.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'escalation_rule',
        entityId: id,
        changes: diff({}, { ...ruleOf(row), enabled: row.enabled === 1 }),
      });
    });
    return this.get(scope, id);
  }

  async get(scope: Scope, id: string) {
    requireRole(scope, 'admin');
    const row = await repo.find(this.db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('Escalation rule');
    return (await this.out(this.db, scope.workspaceId, [row]))[0]!;
  }

  async update(scope: Scope, id: string, p: EscalationRulePatch) {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('Escalation rule');
      await this.problems(tx, scope, p);
      const next = {
        ...(p.name !== undefined ? { name: p.name.trim() } : {}),
        ...(p.position !== undefined ? { position: p.position } : {}),
        ...(p.enabled !== undefined ? { enabled: p.enabled ? 1 : 0 } : {}),
        ...(p.trigger !== undefined ? { trigger: p.trigger } : {}),
        ...(p.target !== undefined ? { target: p.target } : {}),
        ...(p.priorities !== undefined ? { priorities: JSON.stringify(p.priorities) } : {}),
        ...(p.teamIds !== undefined ? { team_ids: JSON.stringify(p.teamIds) } : {}),
        ...(p.reassignToId !== undefined ? { reassign_to_id: p.reassignToId } : {}),
        ...(p.raisePriority !== undefined ? { raise_priority: p.raisePriority ? 1 : 0 } : {}),
        ...(p.notify !== undefined ? { notify: p.notify ? 1 : 0 } : {}),
      };
      const changes = diff(
        { ...ruleOf(row), enabled: row.enabled === 1, position: row.position },
        {
          ...ruleOf({ ...row, ...next }),
          enabled: (next.enabled ?? row.enabled) === 1,
          position: next.position ?? row.position,
        },
      );
      if (!Object.keys(changes).length) return;
      await repo.update(tx, scope.workspaceId, id, {
        ...next,
        updated_at: this.now().toISOString(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'escalation_rule',
        entityId: id,
        changes,
      });
    });
    return this.get(scope, id);
  }

  /** Deleting a rule keeps what it did (the tickets' audit and follow-ups). */
  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('Escalation rule');
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'escalation_rule',
        entityId: id,
        changes: diff({ name: row.name }, {}),
      });
    });
  }

  /** The SLA job: every workspace with enabled rules. Answers the firings made. */
  async runAll(): Promise<number> {
    let n = 0;
    for (const ws of await repo.workspacesWithRules(this.db)) n += await this.run(ws);
    return n;
  }

  /** One workspace's escalations as of now. */
  async run(workspaceId: string): Promise<number> {
    const now = this.now().toISOString();
    const rules = (await repo.rules(this.db, workspaceId))
      .filter((r) => r.enabled === 1)
      .map(ruleOf);
    if (!rules.length) return 0;
    const tickets = await ticketRecords.escalationCandidates(
      this.db,
      workspaceId,
      now,
      CANDIDATES_PER_RUN,
    );
    const fired = await repo.firedFor(
      this.db,
      workspaceId,
      tickets.map((t) => t.id),
    );
    let n = 0;
    for (const t of tickets) {
      const plan = planEscalation(
        {
          priority: t.priority,
          assigneeId: t.assignee_id,
          teamId: t.team_id,
          firstResponse: {
            dueAt: t.first_response_due_at,
            warnAt: t.first_response_warn_at,
            metAt: t.first_response_at,
          },
          resolution: {
            dueAt: t.resolution_due_at,
            warnAt: t.resolution_warn_at,
            metAt: t.solved_at,
          },
          nextResponse: t.next_response_started_at
            ? {
                dueAt: t.next_response_due_at,
                warnAt: t.next_response_warn_at,
                metAt: t.next_response_at,
                cycleAt: t.next_response_started_at,
              }
            : null,
        },
        rules,
        fired.get(t.id) ?? new Set(),
        now,
      );
      if (!plan.fired.length) continue;
      await this.db.transaction().execute((tx) => this.apply(tx, t, plan, now));
      n += plan.fired.length;
    }
    return n;
  }

  private async apply(tx: Executor, t: Ticket, plan: EscalationPlan, now: string) {
    const scope = systemScope(t.workspace_id);
    await repo.insertFirings(
      tx,
      plan.fired.map((f) => ({
        workspace_id: t.workspace_id,
        ticket_id: t.id,
        rule_id: f.ruleId,
        target: f.target,
        trigger: f.trigger,
        rule_name: f.ruleName,
        fired_at: now,
        cycle_at: f.cycleAt ?? null,
      })),
    );
    const patch = {
      ...(plan.priority ? { priority: plan.priority } : {}),
      ...(plan.assigneeId ? { assigneeId: plan.assigneeId } : {}),
    };
    if (Object.keys(patch).length) await this.tickets.updateIn(tx, scope, t.id, patch, now);
    await recordAudit(tx, scope, {
      action: 'update',
      entityType: 'ticket',
      entityId: t.id,
      changes: diff(
        {},
        { escalated: plan.fired.map((f) => `${f.ruleName}: ${f.target} ${f.trigger}`).join('; ') },
      ),
    });
    if (!plan.notify) return;
    const first = plan.fired[0]!;
    const words = TARGET_WORDS[first.target];
    const breach = first.trigger === 'breach';
    const reason = {
      en: `${t.number} ${breach ? 'breached' : 'is close to breaching'} its ${words.en} target (escalation rule “${first.ruleName}”)`,
      zh: `${t.number} ${breach ? '已超出' : '即将超出'}${words.zh}时限（升级规则“${first.ruleName}”）`,
    };
    for (const userId of await this.recipients(tx, t, plan.assigneeId))
      await datedFollowUps.plan(tx, scope, {
        customerId: t.customer_id,
        assigneeId: userId,
        dueDate: now.slice(0, 10),
        reason,
        note: t.subject,
      });
  }

  /**
   * Who hears of it: the assignee (the new one and the one before), and the managers of their
   * sales and support teams; a ticket nobody holds tells its support team's managers.
   */
  private async recipients(tx: Executor, t: Ticket, newAssignee: string | undefined) {
    const ws = t.workspace_id;
    const holders = [...new Set([newAssignee, t.assignee_id].filter((x): x is string => !!x))];
    const teamMembers = new Set<string>();
    for (const u of holders) {
      const [teams, desks] = await Promise.all([
        userRecords.teamIdsOf(tx, ws, u),
        userRecords.supportTeamIdsOf(tx, ws, u),
      ]);
      for (const m of await userRecords.memberIdsOfTeams(tx, ws, teams)) teamMembers.add(m);
      for (const m of await userRecords.supportMemberIdsOfTeams(tx, ws, desks)) teamMembers.add(m);
    }
    if (!holders.length && t.team_id)
      for (const m of await userRecords.supportMemberIdsOfTeams(tx, ws, [t.team_id]))
        teamMembers.add(m);
    const out = new Set(holders);
    for (const id of teamMembers) {
      if (out.has(id)) continue;
      const u = await userRecords.findById(tx, ws, id);
      if (u?.active && u.role === 'manager') out.add(id);
    }
    return [...out];
  }
}
