import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';

const CHECKLIST = [
  {
    key: 'running',
    label: '设备运行正常 Equipment runs as it should',
    type: 'yes_no',
    required: true,
  },
  { key: 'trained', label: '操作人员已培训 Operators trained', type: 'yes_no', required: true },
  { key: 'satisfaction', label: '满意度 Satisfaction', type: 'score', required: true },
  { key: 'next_order', label: '下次采购计划 Next purchase plans', type: 'text', required: false },
] as const;

/**
 * Follow-up visits (回访) for the demo: the two rules an exporter starts with (a call 3 business
 * days after a ticket is solved; a visit with a checklist 10 business days after an order is
 * delivered), made after the seeded history so it sets none off; then a few orders delivered and
 * tickets solved now, which plan visits through the app's own path, and two of them done with
 * their checklist answers, recorded by the account owner.
 */
export async function seedDemoVisits(services: Container, workspaceId: string): Promise<void> {
  const scope = demoScope(workspaceId);
  await services.visitRules.create(scope, {
    name: '工单解决后电话回访 Call after a solved ticket',
    trigger: 'ticket_solved',
    kind: 'call',
    businessDays: 3,
    checklist: [
      { key: 'fixed', label: '问题已解决 Problem gone', type: 'yes_no', required: true },
      { key: 'satisfaction', label: '满意度 Satisfaction', type: 'score' },
    ],
  });
  await services.visitRules.create(scope, {
    name: '签收后上门回访 Visit after delivery',
    trigger: 'order_delivered',
    kind: 'visit',
    businessDays: 10,
    checklist: CHECKLIST.map((i) => ({ ...i })),
  });

  // Orders on their way arrive: each delivery plans a visit for the account owner.
  const shipped = await services.orders.list(scope, { status: 'shipped', limit: 4 });
  for (const o of shipped.items) await services.orders.update(scope, o.id, { status: 'delivered' });
  // Tickets being worked on are solved: each plans a call (and its CSAT survey).
  const open = await services.tickets.list(scope, { status: 'open', sort: 'created', limit: 2 });
  for (const t of open.items) await services.tickets.update(scope, t.id, { status: 'solved' });

  // Two visits done, as the owner records them.
  const planned = await services.serviceVisits.list(scope, { state: 'open', limit: 50 });
  const done = [
    planned.items.find((v) => v.trigger === 'order_delivered'),
    planned.items.find((v) => v.trigger === 'ticket_solved'),
  ];
  for (const v of done) {
    if (!v) continue;
    // The owner writes the timeline entry; the audit log says demo data, as for the whole seed.
    const owner = { ...scope, userId: v.assigneeId };
    await services.serviceVisits.recordOutcome(owner, v.id, {
      answers:
        v.trigger === 'order_delivered'
          ? {
              running: true,
              trained: false,
              satisfaction: 4,
              next_order: 'Second line in Q3 · 第三季度第二条产线',
            }
          : { fixed: true, satisfaction: 5 },
      note: 'Demo: 回访完成 follow-up done',
    });
  }
}
