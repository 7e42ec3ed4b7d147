import type { Executor } from '../../db/dialect.ts';
import type { RunStatus } from '../../db/schema.ts';
import {
  chainKey,
  MAX_AUTOMATION_DEPTH,
  type Action,
  type Trigger,
} from '../../domain/automations/rules.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { systemScope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { compileFilter } from '../segments/segment-conditions.service.ts';
import { runAction, type ActionDeps } from './automation-actions.ts';
import { automationsRepository as repo } from './automations.repository.ts';

export interface ParsedRule {
  id: string;
  name: string;
  trigger: Trigger;
  condition: unknown;
  actions: Action[];
}

/** What started a run: a domain event, or the overdue scan (no event, depth 0). */
export interface RunCause {
  eventId: string | null;
  eventType: string;
  entityType: string;
  entityId: string;
  customerId: string | null;
  depth: number;
  chain: string[];
}

async function log(
  tx: Executor,
  ws: string,
  rule: ParsedRule,
  cause: RunCause,
  status: RunStatus,
  detail: string | null,
): Promise<void> {
  await repo.insertRun(tx, {
    workspace_id: ws,
    id: newId(),
    rule_id: rule.id,
    event_id: cause.eventId,
    entity_type: cause.entityType,
    entity_id: cause.entityId,
    customer_id: cause.customerId,
    depth: cause.depth,
    status,
    detail,
    at: nowIso(),
  });
}

/**
 * Whether a rule whose trigger matched goes on to its actions: the customer must meet the
 * condition (evaluated now, in SQL), and the loop guard must let it. A run that stops here is
 * logged (`skipped`, `loop_blocked`).
 */
export async function decide(
  tx: Executor,
  ws: string,
  rule: ParsedRule,
  cause: RunCause,
): Promise<boolean> {
  const customerId = cause.customerId;
  if (!customerId) {
    await log(tx, ws, rule, cause, 'skipped', 'the event names no customer');
    return false;
  }
  if (rule.condition) {
    const compiled = await compileFilter(tx, ws, rule.condition, '/condition');
    const met =
      !('errors' in compiled) &&
      (await customerRecords.matching(tx, ws, compiled.condition, [customerId])).length > 0;
    if (!met) {
      await log(tx, ws, rule, cause, 'skipped', 'condition not met');
      return false;
    }
  }
  if (cause.depth >= MAX_AUTOMATION_DEPTH) {
    const why = `chain depth ${cause.depth} reached the limit of ${MAX_AUTOMATION_DEPTH}`;
    await log(tx, ws, rule, cause, 'loop_blocked', why);
    return false;
  }
  if (cause.chain.includes(chainKey(rule.id, customerId))) {
    const why = 'the rule already ran for this customer in this chain';
    await log(tx, ws, rule, cause, 'loop_blocked', why);
    return false;
  }
  return true;
}

/**
 * Runs a rule's actions in order as the system acting for the workspace, all or nothing: a
 * savepoint before the first, rolled back when one fails (the run is logged `failed`). The
 * changes' events carry the chain one deeper, with this rule and customer in it.
 */
export async function act(
  tx: Executor,
  ws: string,
  rule: ParsedRule,
  cause: RunCause & { customerId: string },
  now: Date,
  deps: ActionDeps,
): Promise<void> {
  const scope = {
    ...systemScope(ws),
    automation: {
      depth: cause.depth + 1,
      fired: [...cause.chain, chainKey(rule.id, cause.customerId)],
    },
  };
  const ctx = {
    rule,
    customerId: cause.customerId,
    eventId: cause.eventId,
    eventType: cause.eventType,
    now,
  };
  const SP = 'automation_run';
  await repo.savepoint(tx, SP);
  try {
    const notes: string[] = [];
    for (const a of rule.actions) notes.push(await runAction(tx, scope, a, ctx, deps));
    await repo.release(tx, SP);
    await log(tx, ws, rule, cause, 'ok', notes.join('; '));
  } catch (err) {
    await repo.rollbackTo(tx, SP);
    await repo.release(tx, SP);
    await log(tx, ws, rule, cause, 'failed', err instanceof Error ? err.message : String(err));
  }
}
