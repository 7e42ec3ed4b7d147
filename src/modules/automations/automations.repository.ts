import { sql } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type {
  AutomationRule,
  AutomationRuleTable,
  AutomationRun,
  AutomationRunTable,
} from '../../db/schema.ts';

/** The only code touching the automation tables; every query is led by the workspace. */
export const automationsRepository = {
  list(db: Executor, workspaceId: string): Promise<AutomationRule[]> {
    return db
      .selectFrom('automation_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute();
  },

  enabled(db: Executor, workspaceId: string): Promise<AutomationRule[]> {
    return db
      .selectFrom('automation_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('enabled', '=', 1)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<AutomationRule | undefined> {
    return db
      .selectFrom('automation_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findByName(db: Executor, workspaceId: string, name: string) {
    return db
      .selectFrom('automation_rules')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  /** Every enabled rule of every workspace (the hourly overdue scan picks its kind). */
  allEnabled(db: Executor): Promise<Pick<AutomationRule, 'workspace_id' | 'id' | 'trigger'>[]> {
    return db
      .selectFrom('automation_rules')
      .select(['workspace_id', 'id', 'trigger'])
      .where('enabled', '=', 1)
      .execute();
  },

  async insert(db: Executor, row: AutomationRuleTable): Promise<void> {
    await db.insertInto('automation_rules').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<AutomationRuleTable, 'workspace_id' | 'id'>>,
  ): Promise<void> {
    await db
      .updateTable('automation_rules')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** The rule and everything recorded for it. */
  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    for (const table of [
      'automation_runs',
      'automation_segment_members',
      'automation_fired_follow_ups',
      'automation_fired_dates',
    ] as const)
      await db
        .deleteFrom(table)
        .where('workspace_id', '=', workspaceId)
        .where('rule_id', '=', id)
        .execute();
    await db
      .deleteFrom('automation_rules')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async insertRun(db: Executor, row: AutomationRunTable): Promise<void> {
    await db.insertInto('automation_runs').values(row).execute();
  },

  /** A rule's runs, newest first (ids are time-ordered), `limit` after the cursor. */
  runs(
    db: Executor,
    workspaceId: string,
    ruleId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<AutomationRun[]> {
    let q = db
      .selectFrom('automation_runs')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('rule_id', '=', ruleId);
    if (cursor) q = q.where('id', '<', cursor);
    return q.orderBy('id', 'desc').limit(limit).execute();
  },

  /** Which of `customerIds` the segment rule last saw in its segment. */
  async members(
    db: Executor,
    workspaceId: string,
    ruleId: string,
    customerIds: string[],
  ): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunks(customerIds, IN_LIST)) {
      const rows = await db
        .selectFrom('automation_segment_members')
        .select('customer_id')
        .where('workspace_id', '=', workspaceId)
        .where('rule_id', '=', ruleId)
        .where('customer_id', 'in', part)
        .execute();
      for (const r of rows) out.add(r.customer_id);
    }
    return out;
  },

  async addMembers(db: Executor, workspaceId: string, ruleId: string, ids: string[]) {
    await insertRows(
      db,
      'automation_segment_members',
      ids.map((customer_id) => ({ workspace_id: workspaceId, rule_id: ruleId, customer_id })),
    );
  },

  async removeMembers(db: Executor, workspaceId: string, ruleId: string, ids: string[]) {
    for (const part of chunks(ids, IN_LIST))
      await db
        .deleteFrom('automation_segment_members')
        .where('workspace_id', '=', workspaceId)
        .where('rule_id', '=', ruleId)
        .where('customer_id', 'in', part)
        .execute();
  },

  async clearMembers(db: Executor, workspaceId: string, ruleId: string) {
    await db
      .deleteFrom('automation_segment_members')
      .where('workspace_id', '=', workspaceId)
      .where('rule_id', '=', ruleId)
      .execute();
  },

  /** Which of the follow-ups the overdue rule already fired for. */
  async fired(db: Executor, workspaceId: string, ruleId: string, ids: string[]) {
    const out = new Set<string>();
    for (const part of chunks(ids, IN_LIST)) {
      const rows = await db
        .selectFrom('automation_fired_follow_ups')
        .select('follow_up_id')
        .where('workspace_id', '=', workspaceId)
        .where('rule_id', '=', ruleId)
        .where('follow_up_id', 'in', part)
        .execute();
      for (const r of rows) out.add(r.follow_up_id);
    }
    return out;
  },

  async markFired(db: Executor, workspaceId: string, ruleId: string, id: string, at: string) {
    await db
      .insertInto('automation_fired_follow_ups')
      .values({ workspace_id: workspaceId, rule_id: ruleId, follow_up_id: id, at })
      .execute();
  },

  /** Which (customer, target date) pairs the date rule already fired for, as `id|date`. */
  async firedDates(db: Executor, workspaceId: string, ruleId: string, customerIds: string[]) {
    const out = new Set<string>();
    for (const part of chunks(customerIds, IN_LIST)) {
      const rows = await db
        .selectFrom('automation_fired_dates')
        .select(['customer_id', 'target_date'])
        .where('workspace_id', '=', workspaceId)
        .where('rule_id', '=', ruleId)
        .where('customer_id', 'in', part)
        .execute();
      for (const r of rows) out.add(`${r.customer_id}|${r.target_date}`);
    }
    return out;
  },

  async markDateFired(
    db: Executor,
    workspaceId: string,
    ruleId: string,
    customerId: string,
    targetDate: string,
    at: string,
  ) {
    await db
      .insertInto('automation_fired_dates')
      .values({
        workspace_id: workspaceId,
        rule_id: ruleId,
        customer_id: customerId,
        target_date: targetDate,
        at,
      })
      .execute();
  },

  // One rule run is all-or-nothing inside the dispatch job's transaction: a savepoint before its
  // actions, rolled back when one fails (same statements on SQLite and PostgreSQL).
  async savepoint(db: Executor, name: string): Promise<void> {
    await sql`savepoint ${sql.id(name)}`.execute(db);
  },
  async release(db: Executor, name: string): Promise<void> {
    await sql`release savepoint ${sql.id(name)}`.execute(db);
  },
  async rollbackTo(db: Executor, name: string): Promise<void> {
    await sql`rollback to savepoint ${sql.id(name)}`.execute(db);
  },
};
