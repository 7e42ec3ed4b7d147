import type { Container } from '../app/container.ts';
import type { Customer } from '../db/schema.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';

// One quote per market the demo shows off, each in its buyer's language: the language is left to
// the app's rule (primary contact, else country), except where the demo asks for one.
const QUOTES: {
  country: string;
  language?: string;
  kind?: 'quote' | 'proforma';
  currency: string;
  incoterm: { rule: 'FOB' | 'CIF' | 'DAP' | 'CFR' | 'FCA' | 'EXW'; place: string };
  terms: {
    percent: number;
    event:
      | 'on_order'
      | 'against_bl_copy'
      | 'lc_at_sight'
      | 'lc_usance'
      | 'open_account'
      | 'before_shipment';
    days?: number;
  }[];
  lines: {
    description: string;
    quantity: number;
    unit: string;
    unitPriceMinor: number;
    discountPercent?: number;
    hsCode?: string;
  }[];
}[] = [
  {
    country: 'BR',
    currency: 'USD',
    incoterm: { rule: 'CIF', place: 'Santos' },
    terms: [
      { percent: 30, event: 'on_order' },
      { percent: 70, event: 'against_bl_copy' },
    ],
    lines: [
      {
        description: 'Inversor solar híbrido 10 kW',
        quantity: 40,
        unit: 'pcs',
        unitPriceMinor: 89_000,
        hsCode: '85044090',
      },
      {
        description: 'Estrutura de fixação para telhado',
        quantity: 40,
        unit: 'set',
        unitPriceMinor: 12_500,
        discountPercent: 5,
        hsCode: '76109000',
      },
    ],
  },
  {
    country: 'DE',
    currency: 'EUR',
    incoterm: { rule: 'FOB', place: 'Ningbo' },
    terms: [{ percent: 100, event: 'open_account', days: 60 }],
    lines: [
      {
        description: 'Getriebemotor 2,2 kW, IE3',
        quantity: 120,
        unit: 'pcs',
        unitPriceMinor: 31_450,
        hsCode: '85015220',
      },
      {
        description: 'Frequenzumrichter 2,2 kW',
        quantity: 120,
        unit: 'pcs',
        unitPriceMinor: 14_990,
        discountPercent: 3,
        hsCode: '85044083',
      },
    ],
  },
  {
    country: 'SA',
    language: 'ar',
    kind: 'proforma',
    currency: 'SAR',
    incoterm: { rule: 'CFR', place: 'Jeddah Islamic Port' },
    terms: [{ percent: 100, event: 'lc_at_sight' }],
    lines: [
      {
        description: 'وحدة تكييف مركزية 5 طن',
        quantity: 24,
        unit: 'pcs',
        unitPriceMinor: 1_850_000,
        hsCode: '84151010',
      },
      { description: 'مجاري هواء مجلفنة', quantity: 850.5, unit: 'm', unitPriceMinor: 4_200 },
    ],
  },
  {
    country: 'TW',
    language: 'zh-CN',
    currency: 'CNY',
    incoterm: { rule: 'FOB', place: 'Xiamen' },
    terms: [
      { percent: 30, event: 'on_order' },
      { percent: 70, event: 'before_shipment' },
    ],
    lines: [
      {
        description: '不锈钢离心泵 15 m³/h',
        quantity: 16,
        unit: 'set',
        unitPriceMinor: 468_000,
        hsCode: '84137010',
      },
      { description: '机械密封备件', quantity: 32, unit: 'pcs', unitPriceMinor: 12_800 },
    ],
  },
  {
    country: 'US',
    currency: 'USD',
    incoterm: { rule: 'DAP', place: 'Houston, TX' },
    terms: [
      { percent: 50, event: 'on_order' },
      { percent: 50, event: 'open_account', days: 30 },
    ],
    lines: [
      {
        description: 'Corrugated carton erector, 25 cartons/min',
        quantity: 2,
        unit: 'set',
        unitPriceMinor: 3_890_000,
        hsCode: '84224000',
      },
    ],
  },
  {
    country: 'KZ',
    currency: 'USD',
    incoterm: { rule: 'FCA', place: 'Khorgos' },
    terms: [{ percent: 100, event: 'lc_usance', days: 90 }],
    lines: [
      {
        description: 'Сеялка пневматическая 12-рядная',
        quantity: 6,
        unit: 'pcs',
        unitPriceMinor: 2_450_000,
        hsCode: '84323100',
      },
      {
        description: 'Комплект запасных частей',
        quantity: 6,
        unit: 'set',
        unitPriceMinor: 185_000,
        discountPercent: 10,
      },
    ],
  },
];

/**
 * Quotes in six languages (pt-BR, de, ar, zh, en, ru) as drafts, and the workspace's letterhead
 * and bank details. Drafts, so seeding needs no browser: sending one renders its PDF.
 */
export async function seedDemoQuotes(
  services: Container,
  workspaceId: string,
  today: string,
): Promise<number> {
  const scope = demoScope(workspaceId);
  await services.quoteSettings.put(scope, {
    quotePattern: 'Q-{yyyy}-{seq}',
    proformaPattern: 'PI-{yyyy}-{seq}',
    letterhead:
      'No. 1888 Century Avenue, Pudong, Shanghai 200120, China · +86 21 5888 0000 · sales@demo.chuhai.dev',
    bankDetails: 'Bank of China, Shanghai Branch · A/C 4479 2200 1888 · SWIFT BKCHCNBJ300',
  });
  const customers = await customerRecords.inWorkspace(services.db, workspaceId);
  let made = 0;
  for (const spec of QUOTES) {
    const customer = pick(customers, spec.country);
    if (!customer) continue;
    await services.quotes.create(scope, {
      customerId: customer.id,
      kind: spec.kind ?? 'quote',
      currency: spec.currency,
      ...(spec.language ? { language: spec.language } : {}),
      quoteDate: today,
      validUntil: addDays(today, 30),
      incoterm: spec.incoterm,
      paymentTerms: spec.terms,
      leadTime: '30–35 days after deposit',
      packing: 'Export carton on fumigated pallets',
      lines: spec.lines,
    });
    made++;
  }
  return made;
}

const pick = (customers: Customer[], country: string) =>
  customers.find(
    (c) => c.country === country && (c.stage === 'customer' || c.stage === 'prospect'),
  ) ?? customers.find((c) => c.country === country);
