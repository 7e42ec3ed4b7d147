import type { Container } from '../app/container.ts';
import type { Customer } from '../db/schema.ts';
import { addDays } from '../domain/calendar/dates.ts';
import type { DealReason } from '../domain/enums.ts';
import { demoScope } from '../domain/scope.ts';
import { minorDigits } from '../domain/value/money.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import { pipelineRecords } from '../modules/deals/deal-records.service.ts';
import type { DealBody } from '../modules/deals/deals.schemas.ts';
import type { Random } from './random.ts';

// What an exporter of pumps, valves, meters and electrical gear sells; amounts in USD, converted
// to the buyer's currency.
const OFFERS: [title: string, usd: number][] = [
  ['Centrifugal pumps for the water works', 180_000],
  ['Gate valves DN150–DN300, annual supply', 95_000],
  ['Smart water meters, first batch', 240_000],
  ['Solar inverters 5–10 kW for distributors', 130_000],
  ['Spare parts framework', 45_000],
  ['Booster sets for high-rise buildings', 70_000],
  ['Switchgear for the new substation', 420_000],
  ['LED street lights, pilot district', 60_000],
];

// The stage each deal sits in, weighted like a real funnel: most early, a few decided.
const STAGES = [
  'inquiry',
  'inquiry',
  'inquiry',
  'qualified',
  'qualified',
  'qualified',
  'quotation',
  'quotation',
  'quotation',
  'samples',
  'samples',
  'negotiation',
  'negotiation',
  'won',
  'won',
  'lost',
  'lost',
] as const;

const LOSSES: [DealReason, 'stated_by_buyer' | 'judged_by_rep', string | null][][] = [
  [['local_presence', 'stated_by_buyer', 'Chose a supplier with a service branch in the country']],
  [
    ['price', 'stated_by_buyer', null],
    ['delivery_time', 'judged_by_rep', null],
  ],
  [['local_content', 'stated_by_buyer', 'Local-content rules favoured a local assembler']],
  [['financing_terms', 'judged_by_rep', 'A rival offered 180 days open account']],
];
const WINS: [DealReason, 'stated_by_buyer' | 'judged_by_rep', string | null][][] = [
  [
    ['technical_fit', 'stated_by_buyer', null],
    ['references', 'judged_by_rep', null],
  ],
  [
    ['price', 'stated_by_buyer', null],
    ['relationship', 'judged_by_rep', 'Visited twice this year'],
  ],
];
const RIVALS = [
  'Nordic Pumps',
  'Rheinpumpen GmbH',
  'Local assembler',
  'Euro Metering',
  'KSB-type OEM',
];
const USD_PER: Record<string, number> = { EUR: 1.08, GBP: 1.3, JPY: 0.0066, CNY: 0.14, BRL: 0.18 };

/**
 * Seventy-odd deals on the default pipeline for the demo's customers, through the deals service
 * like a rep's: spread over stages and markets, each in its buyer's currency, closing within a
 * year of today; decided ones carry their reasons (stated or judged) and rivals.
 */
export async function seedDemoDeals(
  services: Container,
  workspaceId: string,
  rnd: Random,
  today = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const scope = demoScope(workspaceId);
  const [pipeline] = await pipelineRecords.list(services.db, workspaceId);
  const stages = await pipelineRecords.stages(services.db, workspaceId);
  const stageId = (code: string) =>
    stages.find((s) => s.pipeline_id === pipeline?.id && s.code === code)!.id;
  const customers: Customer[] = await customerRecords.inWorkspace(services.db, workspaceId);
  const count = Math.min(72, customers.length);
  for (let i = 0; i < count; i++) {
    const c = customers[Math.floor((i * customers.length) / count)]!;
    const [title, usd] = OFFERS[i % OFFERS.length]!;
    const currency = c.currency ?? 'USD';
    const major = (usd * (0.6 + rnd.next() * 0.8)) / (USD_PER[currency] ?? 1);
    const stage = STAGES[i % STAGES.length]!;
    const decided = stage === 'won' || stage === 'lost';
    const reasons =
      stage === 'won' ? WINS[i % WINS.length]! : stage === 'lost' ? LOSSES[i % LOSSES.length]! : [];
    const body: DealBody = {
      customerId: c.id,
      title,
      amountMinor: Math.round(major * 10 ** minorDigits(currency)),
      currency,
      expectedCloseDate: addDays(today, decided ? -rnd.int(5, 90) : rnd.int(10, 330)),
      stageId: stageId(stage),
      source: ['Trade show', 'Website inquiry', 'Referral', 'Tender notice'][i % 4]!,
      nextStep: decided
        ? null
        : ['Send samples', 'Call about the drawings', 'Revise the quote'][i % 3]!,
      reasons: reasons.map(([reason, attribution, note]) => ({ reason, attribution, note })),
      competitors:
        decided || stage === 'negotiation'
          ? [{ name: RIVALS[i % RIVALS.length]!, amountMinor: null, currency: null, note: null }]
          : [],
    };
    await services.deals.create(scope, body);
  }
  return count;
}
