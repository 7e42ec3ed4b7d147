import { shiftInstant } from '../domain/calendar/dates.ts';
import type { Container } from '../app/container.ts';
import type { Activity, ActivityType } from '../db/schema.ts';
import { newId } from '../domain/ids.ts';
import { paymentFlags } from '../domain/relationship/payment-change.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import { relationshipRecords } from '../modules/relationship/relationship-records.service.ts';
import type { Random } from './random.ts';

const TOUCHES: [ActivityType, 'inbound' | 'outbound', string][] = [
  ['call', 'outbound', 'Followed up on the quotation; they compare two suppliers'],
  ['email', 'outbound', 'Sent the updated price list and lead times'],
  ['email', 'inbound', 'Asked for CE certificates and the test report'],
  ['message', 'inbound', 'WhatsApp: asked about the container loading date'],
  ['meeting', 'outbound', 'Video call with the purchasing and technical team'],
  ['visit', 'outbound', 'Visited the plant with our sales director'],
  ['call', 'inbound', 'Complained about a delayed shipment; promised an update'],
  ['email', 'outbound', '邮件跟进样品反馈 / Followed up on the samples'],
];

const OUTBOUND = TOUCHES.filter(([, direction]) => direction === 'outbound');

/**
 * A few months of touches for the demo book, then the follow-ups and health scores they imply,
 * so the inbox, timelines and health columns show something real on first start.
 */
export async function seedDemoActivities(
  services: Container,
  workspaceId: string,
  rnd: Random,
  now = new Date(),
): Promise<number> {
  const { db, planning, health } = services;
  const customers = await customerRecords.inWorkspace(db, workspaceId);
  const rows: Activity[] = [];
  const last = new Map<string, { touch: string | null; outbound: string | null }>();
  const since = new Map<string, string>();
  for (const c of customers) {
    const lead = c.stage === 'lead';
    // Leads are recent and some not yet contacted; the rest of the book has been worked lately,
    // so the inbox opens on days or weeks of backlog, not on everyone overdue since the import.
    // A few leads came in today or yesterday: new, no score yet, first contact due in two
    // business days of their own country.
    const fresh = lead && rnd.chance(0.2);
    const n = fresh ? 0 : lead ? rnd.int(0, 2) : rnd.int(1, 6);
    const mine = { touch: null as string | null, outbound: null as string | null };
    const age = fresh ? rnd.int(0, 1) : lead ? rnd.int(3, 45) : rnd.int(150, 720);
    const created = shiftInstant(now, -age).toISOString();
    since.set(c.id, created);
    for (let i = 0; i < n; i++) {
      // Every worked customer has heard from us at least once.
      const mustReachOut = !lead && i === n - 1 && !mine.outbound;
      const [type, direction, summary] = rnd.pick(mustReachOut ? OUTBOUND : TOUCHES);
      const days = rnd.int(1, lead ? 2 : 120);
      const at = new Date(
        shiftInstant(now, -days).getTime() - rnd.int(0, 36_000) * 1000,
      ).toISOString();
      rows.push({
        workspace_id: workspaceId,
        id: newId(),
        customer_id: c.id,
        contact_id: null,
        type,
        channel: type === 'message' ? 'whatsapp' : null,
        direction,
        occurred_at: at,
        summary,
        outcome: null,
        author_id: c.owner_id,
        created_at: at,
        source: 'user',
        flags: '[]',
      });
      if (!mine.touch || at > mine.touch) mine.touch = at;
      if (direction === 'outbound' && (!mine.outbound || at > mine.outbound)) mine.outbound = at;
    }
    last.set(c.id, mine);
  }
  // Trade-show leads came in through a list whose notes column became a note on each timeline
  // (#11): marked as imported, dated the day the list was imported, by the owner who imported it.
  const SHOW_NOTES = [
    '展会名片：要 40 mm 泵的样品和报价',
    'Met at the booth; wants a distributor price list',
    '备注：老板亲自来的，下个月再联系',
  ];
  // Not drawn from `rnd`: the rest of the demo keeps the same random sequence.
  const shown = customers.filter((x) => /Fair|Messe/.test(x.source ?? ''));
  for (const [i, c] of shown.entries())
    rows.push({
      workspace_id: workspaceId,
      id: newId(),
      customer_id: c.id,
      contact_id: null,
      type: 'note',
      channel: null,
      direction: 'outbound',
      occurred_at: since.get(c.id) ?? now.toISOString(),
      summary: SHOW_NOTES[i % SHOW_NOTES.length] ?? '',
      outcome: null,
      author_id: c.owner_id,
      created_at: since.get(c.id) ?? now.toISOString(),
      source: 'import',
      flags: '[]',
    });
  // The fraud every exporter meets: a "customer" writes through the website that the bank
  // account changed. The timeline shows it as unverified web input with the payment flags.
  const target = customers.find((c) => c.stage === 'customer');
  if (target) {
    const summary =
      'Contact page: Accounts Dept <accounts@secure-payments.example> — Our bank account has changed. Please wire the balance of the last order to the new IBAN before shipment.';
    const at = shiftInstant(now, -2).toISOString();
    rows.push({
      workspace_id: workspaceId,
      id: newId(),
      customer_id: target.id,
      contact_id: null,
      type: 'message',
      channel: 'web form',
      direction: 'inbound',
      occurred_at: at,
      summary,
      outcome: null,
      author_id: target.owner_id,
      created_at: at,
      source: 'web_form',
      flags: JSON.stringify(paymentFlags(summary)),
    });
  }
  await db.transaction().execute(async (tx) => {
    await relationshipRecords.insertActivities(tx, rows);
    for (const [id, l] of last)
      await customerRecords.update(tx, workspaceId, id, {
        last_touch_at: l.touch,
        last_outbound_at: l.outbound,
        created_at: since.get(id) ?? now.toISOString(),
        updated_at: since.get(id) ?? now.toISOString(),
      });
  });
  await planning.replanAll(workspaceId);
  const full = await customerRecords.inWorkspace(db, workspaceId);
  await db.transaction().execute(async (tx) => {
    const policies = await planning.policySet(tx, workspaceId);
    for (const c of full) await health.refresh(tx, workspaceId, c, { now, policies });
  });
  return rows.length;
}
