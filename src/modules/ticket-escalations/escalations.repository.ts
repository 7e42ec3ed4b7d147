import type { Executor } from '../../db/dialect.ts';
import type {
  EscalationRuleRow,
  EscalationRuleTable,
  TicketEscalationTable,
} from '../../db/schema.ts';
import { chunks } from '../../db/chunks.ts';
import { firingKey } from '../../domain/service/escalation.ts';

/** The one writer of `escalation_rules` and `ticket_escalations`. */
export const escalationsRepository = {
  rules(db: Executor, workspaceId: string): Promise<EscalationRuleRow[]> {
    return db
      .selectFrom('escalation_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<EscalationRuleRow | undefined> {
    return db
      .selectFrom('escalation_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: EscalationRuleTable): Promise<void> {
    await db.insertInto('escalation_rules').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<EscalationRuleTable, 'workspace_id' | 'id'>>,
  ): Promise<void> {
    await db
      .updateTable('escalation_rules')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('escalation_rules')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Workspaces with at least one enabled rule: the only ones the job looks at. */
  async workspacesWithRules(db: Executor): Promise<string[]> {
    const rows = await db
      .selectFrom('escalation_rules')
      .select('workspace_id')
      .where('enabled', '=', 1)
      .distinct()
      .execute();
    return rows.map((r) => r.workspace_id);
  },

  /** The firings done for these tickets, as `ticketId → { "ruleId:target" }`. */
  async firedFor(db: Executor, workspaceId: string, ticketIds: string[]) {
    const out = new Map<string, Set<string>>();
    for (const part of chunks(ticketIds, 500)) {
      const rows = await db
        .selectFrom('ticket_escalations')
        .select(['ticket_id', 'rule_id', 'target', 'cycle_at'])
        .where('workspace_id', '=', workspaceId)
        .where('ticket_id', 'in', part)
        .execute();
      for (const r of rows) {
        const set = out.get(r.ticket_id) ?? new Set<string>();
        set.add(firingKey(r.rule_id, r.target, r.cycle_at));
        out.set(r.ticket_id, set);
      }
    }
    return out;
  },

  /** Firings since an instant, newest first, a page at a time (the escalation notices). */
  recentFirings(db: Executor, workspaceId: string, since: string, limit: number, offset: number) {
    return db
      .selectFrom('ticket_escalations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('fired_at', '>=', since)
      .orderBy('fired_at', 'desc')
      .orderBy('ticket_id')
      .orderBy('rule_id')
      .orderBy('target')
      .limit(limit)
      .offset(offset)
      .execute();
  },

  ofTicket(db: Executor, workspaceId: string, ticketId: string) {
    return db
      .selectFrom('ticket_escalations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .orderBy('fired_at')
      .execute();
  },

  /**
   * Records firings. A next-response firing replaces the rule's firing of an earlier cycle (one
   * row per ticket, rule and target; the row names its cycle).
   */
  async insertFirings(db: Executor, rows: TicketEscalationTable[]): Promise<void> {
    for (const r of rows.filter((x) => x.target === 'next_response'))
      await db
        .deleteFrom('ticket_escalations')
        .where('workspace_id', '=', r.workspace_id)
        .where('ticket_id', '=', r.ticket_id)
        .where('rule_id', '=', r.rule_id)
        .where('target', '=', 'next_response')
        .execute();
    if (rows.length) await db.insertInto('ticket_escalations').values(rows).execute();
  },
};
