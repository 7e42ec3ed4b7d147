import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';

const NOTES = [
  'Asked for prices twice, never answered since · 两次询价后再无回复',
  'Moved to a competitor’s agent · 已转向竞争对手的代理',
  'Left to the team: I cover the Middle East now · 我改跟中东市场，交给团队',
  'Samples sent in spring, no feedback · 春季寄样后无反馈',
  'Contact left the company · 联系人已离职',
  'Budget frozen until next year · 预算冻结至明年',
];

/**
 * The shared pool in the demo: the nightly rule switched on (leads and prospects, 20 business days
 * of the Chinese home office, 3 days' warning, 10 claims a month) and a few leads returned by
 * hand, so the pool page has something to claim.
 */
export async function seedDemoPool(services: Container, workspaceId: string): Promise<number> {
  const scope = demoScope(workspaceId);
  await services.customerPool.saveSettings(scope, {
    enabled: true,
    stages: ['lead', 'prospect'],
    idleDays: 20,
    warningDays: 3,
    claimLimit: 10,
  });
  const book = await customerRecords.inWorkspace(services.db, workspaceId);
  const picks = book
    .filter((c) => !c.deleted_at && (c.stage === 'lead' || c.stage === 'prospect'))
    .filter((_, i) => i % 7 === 3)
    .slice(0, NOTES.length);
  for (const [i, c] of picks.entries())
    await services.customerPool.release(scope, c.id, { note: NOTES[i] });
  return picks.length;
}
