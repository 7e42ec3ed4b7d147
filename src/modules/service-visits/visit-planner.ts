import type { Executor } from '../../db/dialect.ts';
import type { Customer, ServiceVisitRule } from '../../db/schema.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { newId } from '../../domain/ids.ts';
import { POOL_HOLDER_ID } from '../../domain/pool/pool-settings.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import { planVisit, rulesFor, type VisitTrigger } from '../../domain/service/visits.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import { zoneOf } from '../relationship/planning.service.ts';
import { serviceVisitsRepository as visits } from './service-visits.repository.ts';
import { visitRulesRepository as rules } from './visit-rules.repository.ts';

/** What the planner needs of a ticket that has just been solved or closed. */
export interface FinishedTicket {
  workspace_id: string;
  id: string;
  number: string;
  customer_id: string;
  type: string;
  solved_at: string | null;
}

interface Source {
  kind: 'ticket' | 'order';
  id: string;
  label: string;
}

const ORDER_TRIGGERS: Partial<Record<string, VisitTrigger>> = {
  shipped: 'order_shipped',
  delivered: 'order_delivered',
};

const ruleTerms = (r: ServiceVisitRule) => ({
  id: r.id,
  trigger: r.trigger,
  enabled: r.enabled === 1,
  ticketTypes: JSON.parse(r.ticket_types) as string[],
  tiers: JSON.parse(r.tiers) as string[],
  row: r,
});

/**
 * Plans follow-up visits when the workspace's rules say so, inside the transaction of the event:
 * a ticket solved or closed (wired to the tickets module's hook) or orders written (the orders
 * module's followers). The visit's date is counted in the customer's calendar and written as a
 * follow-up for the account owner through the relationship module; one visit per rule and ticket
 * or order.
 */
export class VisitPlanner {
  constructor(
    private readonly calendars: CalendarProvider,
    private readonly now: () => Date,
  ) {}

  /** A ticket became solved or closed. */
  ticketFinished = async (
    tx: Executor,
    t: FinishedTicket,
    status: 'solved' | 'closed',
    actor?: Scope,
  ): Promise<void> => {
    const ws = t.workspace_id;
    const triggers: VisitTrigger[] =
      status === 'solved' ? ['ticket_solved'] : ['ticket_solved', 'installation_closed'];
    const enabled = (await rules.enabled(tx, ws, triggers)).map(ruleTerms);
    if (!enabled.length) return;
    const [customer] = await customerRecords.findMany(tx, ws, [t.customer_id]);
    if (!customer || customer.deleted_at || customer.owner_id === POOL_HOLDER_ID) return;
    const existing = await visits.ofSources(tx, ws, 'ticket', [t.id]);
    const at = status === 'solved' && t.solved_at ? new Date(t.solved_at) : this.now();
    const source: Source = { kind: 'ticket', id: t.id, label: t.number };
    for (const trigger of triggers)
      for (const rule of rulesFor(enabled, { trigger, ticketType: t.type, tier: customer.tier })) {
        const had = existing.find((v) => v.rule_id === rule.id);
        if (!had) await this.plan(tx, customer, rule.row, source, at, actor);
        // Solved again after a reopening: a visit still to do moves to count from this solve;
        // one done or cancelled stays as it is. Closing never moves it.
        else if (
          status === 'solved' &&
          !had.done_at &&
          (had.follow_up_status === 'open' || had.follow_up_status === 'snoozed')
        )
          await this.plan(tx, customer, rule.row, source, at, actor, had);
      }
  };

  /** Orders were written: those now shipped or delivered set off their rules, once per order. */
  ordersWritten = async (tx: Executor, ws: string, ids: string[], actor?: Scope): Promise<void> => {
    const enabled = (await rules.enabled(tx, ws, ['order_shipped', 'order_delivered'])).map(
      ruleTerms,
    );
    if (!enabled.length) return;
    const orders = (await orderRecords.byIds(tx, ws, ids)).filter((o) => ORDER_TRIGGERS[o.status]);
    if (!orders.length) return;
    const customers = new Map(
      (await customerRecords.findMany(tx, ws, [...new Set(orders.map((o) => o.customer_id))])).map(
        (c) => [c.id, c],
      ),
    );
    const planned = new Set(
      (
        await visits.ofSources(
          tx,
          ws,
          'order',
          orders.map((o) => o.id),
        )
      ).map((v) => `${v.rule_id}|${v.source_id}`),
    );
    const at = this.now();
    for (const o of orders) {
      const customer = customers.get(o.customer_id);
      if (!customer || customer.deleted_at || customer.owner_id === POOL_HOLDER_ID) continue;
      const trigger = ORDER_TRIGGERS[o.status]!;
      for (const rule of rulesFor(enabled, { trigger, tier: customer.tier }))
        if (!planned.has(`${rule.id}|${o.id}`))
          await this.plan(
            tx,
            customer,
            rule.row,
            { kind: 'order', id: o.id, label: o.number },
            at,
            actor,
          );
    }
  };

  /** Plans one visit (or moves one still to do) N business days after `at` where the customer is. */
  private async plan(
    tx: Executor,
    customer: Customer,
    rule: ServiceVisitRule,
    source: Source,
    at: Date,
    actor: Scope | undefined,
    moving?: { id: string; follow_up_id: string },
  ): Promise<void> {
    const ws = customer.workspace_id;
    const calendar = await this.calendars.calendar(tx, ws, customer.country, customer.region);
    const eventDate = localParts(at, zoneOf(customer)).date;
    const plan = planVisit({
      eventDate,
      businessDays: rule.business_days,
      calendar,
      placeName: countryNames(customer.country),
      trigger: rule.trigger,
      kind: rule.kind,
      about: source.label,
    });
    // Audited as the change's author (the person who solved the ticket or marked the order
    // delivered, or the demo seed), else the owner; written with the system's reach, as the
    // author may see the ticket but not the follow-up (a service agent).
    const author: Scope = {
      ...systemScope(ws, actor ? actor.userId || null : customer.owner_id),
      ...(actor?.systemKind ? { systemKind: actor.systemKind } : {}),
    };
    const input = {
      customerId: customer.id,
      assigneeId: customer.owner_id,
      dueDate: plan.dueDate,
      reason: plan.reason,
      note: rule.name,
    };
    const stamp = this.now().toISOString();
    if (moving) {
      await datedFollowUps.move(tx, author, moving.follow_up_id, input);
      await visits.update(tx, ws, moving.id, {
        event_at: at.toISOString(),
        planned_date: plan.dueDate,
        updated_at: stamp,
      });
      return;
    }
    const followUpId = await datedFollowUps.plan(tx, author, input);
    await visits.insert(tx, {
      workspace_id: ws,
      id: newId(),
      rule_id: rule.id,
      name: rule.name,
      trigger: rule.trigger,
      kind: rule.kind,
      checklist: rule.checklist,
      source_kind: source.kind,
      source_id: source.id,
      source_label: source.label,
      follow_up_id: followUpId,
      event_at: at.toISOString(),
      planned_date: plan.dueDate,
      done_at: null,
      done_by: null,
      activity_id: null,
      answers: null,
      created_at: stamp,
      updated_at: stamp,
    });
  }
}
