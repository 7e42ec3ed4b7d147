import type { Executor } from '../../db/dialect.ts';
import type { Action } from '../../domain/automations/rules.ts';
import type { Scope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import { events } from '../events/events.service.ts';
import type { FollowUpsService } from '../relationship/follow-ups.service.ts';

export interface ActionDeps {
  customers: CustomersService;
  followUps: FollowUpsService;
}

export interface ActionContext {
  rule: { id: string; name: string };
  customerId: string;
  eventId: string | null;
  eventType: string;
  now: Date;
}

/**
 * Runs one action for the customer as the system acting for the workspace (`scope` carries the
 * automation chain, so the changes' events carry its depth). Every change goes through its
 * owning module's use-case inside `tx`, so it is validated and audited as a person's would be.
 * Answers a short note for the run log.
 */
export async function runAction(
  tx: Executor,
  scope: Scope,
  action: Action,
  ctx: ActionContext,
  deps: ActionDeps,
): Promise<string> {
  const id = ctx.customerId;
  switch (action.type) {
    case 'create_follow_up': {
      const made = await deps.followUps.createAutomated(tx, scope, id, {
        businessDays: action.businessDays,
        note: action.note ?? null,
        rule: ctx.rule.name,
        now: ctx.now,
      });
      return `follow-up due ${made.dueDate}`;
    }
    case 'assign_owner':
      await deps.customers.updateIn(tx, scope, id, { ownerId: action.userId });
      return `owner ${action.userId}`;
    case 'add_tag': {
      const tags = (await customerRecords.tagsOf(tx, scope.workspaceId, [id])).get(id) ?? [];
      if (!tags.includes(action.tag))
        await deps.customers.updateIn(tx, scope, id, { tags: [...tags, action.tag] });
      return `tag ${action.tag}`;
    }
    case 'set_stage':
      await deps.customers.updateIn(tx, scope, id, { stage: action.stage });
      return `stage ${action.stage}`;
    case 'set_tier':
      await deps.customers.updateIn(tx, scope, id, { tier: action.tier });
      return `tier ${action.tier}`;
    case 'call_webhook':
      // Delivered by the webhooks module to the endpoints subscribed to `automation.fired`.
      await events.publish(tx, scope, [
        {
          type: 'automation.fired',
          entityType: 'automation_rule',
          entityId: ctx.rule.id,
          action: 'fire',
          changes: {
            rule: { before: null, after: ctx.rule.name },
            customerId: { before: null, after: id },
            eventId: { before: null, after: ctx.eventId },
            eventType: { before: null, after: ctx.eventType },
          },
        },
      ]);
      return 'webhook event';
  }
}
