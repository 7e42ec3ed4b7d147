import type { Container } from '../app/container.ts';
import type { Customer, TenderResult } from '../db/schema.ts';
import { shiftInstant } from '../domain/calendar/dates.ts';
import { localDate } from '../domain/calendar/zoned-time.ts';
import { demoScope } from '../domain/scope.ts';
import { minorDigits } from '../domain/value/money.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import { zoneOf } from '../modules/relationship/planning.service.ts';
import type { TenderBody } from '../modules/tenders/tenders.schemas.ts';

/** A rival as the demo writes it: name, local presence (L) or not (-), and * when it won. */
type Rival = `${string}|${'L' | '-'}${'' | '*'}`;

interface DemoTender {
  c: string;
  title: string;
  by: string;
  /** deadline, days from today (negative: past) */
  days: number;
  bid?: [currency: string, major: number];
  result?: TenderResult;
  reasons?: string[];
  rivals?: Rival[];
  /** local content required %, and ours: [value, local taxes, imported] in the bid's major units */
  lc?: [required: number, declared?: [number, number, number]];
  need?: ('partner' | 'jv' | 'branch')[];
  preference?: number;
}

// Thirty tenders over a year and a half, the rivals fictional. The losses tell the story the
// analysis page is for: local presence, local content and joint ventures, more than price.
// prettier-ignore
const TENDERS: DemoTender[] = [
  { c: 'IN', title: 'Centrifugal pumps for city water works', by: 'Municipal Corporation', days: -200, bid: ['USD', 1_250_000], result: 'lost', reasons: ['local_content', 'price'], rivals: ['Deccan Flow Systems|L*', 'Nordic Pumps India|L'], lc: [50, [1_250_000, 0, 800_000]], preference: 20 },
  { c: 'IN', title: 'Solar inverters, 50 MW park', by: 'State Energy Corporation', days: -150, bid: ['USD', 3_400_000], result: 'lost', reasons: ['local_content', 'local_presence'], rivals: ['Bharat Solar Works|L*', 'Sunpeak India|L'], lc: [50, [3_400_000, 0, 2_100_000]] },
  { c: 'IN', title: 'Metro escalators, phase 3', by: 'Metro Rail Corporation', days: -90, bid: ['USD', 2_100_000], result: 'won', reasons: ['technical_fit', 'references'], rivals: ['Ganges Lifts|L'], lc: [50, [2_100_000, 0, 950_000]] },
  { c: 'IN', title: 'Transformer oil pumps', by: 'Power Grid', days: -40, bid: ['INR', 95_000_000], result: 'lost', reasons: ['price'], rivals: ['Bharat Heavy Pumps|L*'] },
  { c: 'IN', title: 'AMR water meters, 120,000 units', by: 'Jal Board', days: 25, bid: ['USD', 2_700_000], lc: [50, [2_700_000, 0, 1_200_000]], preference: 20, need: ['partner'] },
  { c: 'SA', title: 'Desalination high-pressure pumps', by: 'Water Conversion Corporation', days: -220, bid: ['SAR', 12_000_000], result: 'lost', reasons: ['local_content', 'joint_venture'], rivals: ['Al-Noor Industrial JV|L*', 'Gulf Flow Arabia|L'], lc: [40], need: ['jv'], preference: 10 },
  { c: 'SA', title: 'Medium-voltage switchgear for the metro', by: 'Royal Commission', days: -120, bid: ['USD', 4_800_000], result: 'lost', reasons: ['local_presence', 'relationship'], rivals: ['Riyadh Electric Branch|L*'], need: ['branch'] },
  { c: 'SA', title: 'LED street lighting, new district', by: 'Giga-project authority', days: -60, bid: ['SAR', 7_500_000], result: 'won', reasons: ['price', 'delivery_time'], rivals: ['Desert Light Co.|L'] },
  { c: 'SA', title: 'Pipe fittings framework', by: 'National Oil Company', days: 12, bid: ['USD', 900_000], lc: [40], need: ['branch'] },
  { c: 'BR', title: 'Bombas para saneamento', by: 'Companhia de Saneamento', days: -180, bid: ['BRL', 18_000_000], result: 'lost', reasons: ['local_presence', 'financing'], rivals: ['Paulista Bombas|L*'] },
  { c: 'BR', title: 'Medidores inteligentes', by: 'Companhia Energética', days: -100, bid: ['USD', 2_600_000], result: 'lost', reasons: ['financing', 'price'], rivals: ['Medição Brasil|L*', 'Euro Metering|-'] },
  { c: 'BR', title: 'Válvulas para plataformas', by: 'Petroleum operator', days: -30, bid: ['USD', 1_900_000], result: 'won', reasons: ['technical_fit', 'price'], rivals: ['Válvulas do Sul|L'] },
  { c: 'BR', title: 'Peças para ônibus elétricos', by: 'Transporte Municipal', days: 40, bid: ['BRL', 6_000_000], need: ['partner'] },
  { c: 'KZ', title: 'Transformer substations', by: 'Grid Operator', days: -160, bid: ['USD', 2_200_000], result: 'won', reasons: ['price', 'delivery_time'], rivals: ['Steppe Electric|L'] },
  { c: 'KZ', title: 'Rail fastening systems', by: 'National Railways', days: -70, bid: ['KZT', 850_000_000], result: 'lost', reasons: ['local_content', 'political'], rivals: ['Astana Rail Components|L*'], lc: [30, [850_000_000, 102_000_000, 600_000_000]] },
  { c: 'KZ', title: 'Boiler feed pumps', by: 'City Heating', days: 18, bid: ['USD', 1_100_000] },
  { c: 'ID', title: 'Smart prepaid meters', by: 'State Electricity', days: -210, bid: ['IDR', 95_000_000_000], result: 'lost', reasons: ['local_content'], rivals: ['Nusantara Meter|L*'], lc: [40, [95_000_000_000, 9_500_000_000, 60_000_000_000]] },
  { c: 'ID', title: 'Signalling spares', by: 'Metro operator', days: -130, bid: ['USD', 1_400_000], result: 'lost', reasons: ['local_presence', 'joint_venture'], rivals: ['Karya Rail JV|L*', 'Tokyo Signal|-'], need: ['jv'] },
  { c: 'ID', title: 'Hospital beds', by: 'Provincial Health Office', days: -50, bid: ['USD', 800_000], result: 'won', reasons: ['price', 'references'], rivals: ['Java Medika|L'] },
  { c: 'ID', title: 'Port cranes spare parts', by: 'Port authority', days: 33, bid: ['USD', 1_600_000], lc: [40] },
  { c: 'DE', title: 'Pumpen für Stadtwerke', by: 'Stadtwerke', days: -190, bid: ['EUR', 950_000], result: 'lost', reasons: ['references', 'technical_fit'], rivals: ['Rheinpumpen GmbH|L*'] },
  { c: 'DE', title: 'LED-Straßenbeleuchtung', by: 'Stadtverwaltung', days: -80, bid: ['EUR', 1_200_000], result: 'won', reasons: ['price'], rivals: ['Lichtwerk AG|L'] },
  { c: 'DE', title: 'Ladesäulen an Rastanlagen', by: 'Autobahngesellschaft', days: -20, bid: ['EUR', 3_000_000], result: 'cancelled' },
  { c: 'DE', title: 'Wärmepumpen für Schulen', by: 'Landkreis', days: 8, bid: ['EUR', 700_000] },
  { c: 'AE', title: 'District cooling chillers', by: 'Utilities authority', days: -140, bid: ['AED', 6_000_000], result: 'lost', reasons: ['local_presence', 'price'], rivals: ['Emirates Cooling LLC|L*'], need: ['partner'] },
  { c: 'EG', title: 'Water treatment pumps', by: 'Holding Company for Water', days: -110, result: 'no_bid', reasons: ['joint_venture', 'financing'], need: ['jv'] },
  { c: 'VN', title: 'Metro tunnel ventilation', by: 'Urban Railway Board', days: -75, bid: ['USD', 2_300_000], result: 'lost', reasons: ['financing', 'political'], rivals: ['Han River Consortium|-*'] },
  { c: 'MX', title: 'Transformadores de distribución', by: 'Comisión de Electricidad', days: -45, bid: ['MXN', 40_000_000], result: 'lost', reasons: ['local_content', 'price'], rivals: ['Transformadores del Bajío|L*'], lc: [50] },
  { c: 'TR', title: 'Tram bogie spares', by: 'Metropolitan Municipality', days: -15, bid: ['EUR', 500_000], rivals: ['Anatolia Rail|L'] },
  { c: 'NG', title: 'Prepaid meters, phase 2', by: 'Distribution company', days: 55, bid: ['USD', 1_300_000], need: ['partner'] },
];

const DOCUMENTS = [
  'Bid security',
  'Technical compliance sheet',
  'ISO 9001 certificate',
  'Manufacturer authorisation',
];

/**
 * Tenders for the demo's buyers, through the tenders service like a rep's (so deadlines open in
 * the future get their reminders, planned in the home office's calendar). Dates are relative to
 * today, so the demo always has deadlines ahead and results behind.
 */
export async function seedDemoTenders(services: Container, workspaceId: string, now = new Date()) {
  const scope = demoScope(workspaceId);
  const reasons = (await services.tenderReasons.list(scope)).items;
  const reasonId = (code: string) => reasons.find((r) => r.code === code)!.id;
  const buyers = new Map<string, Customer[]>();
  for (const c of await customerRecords.inWorkspace(services.db, workspaceId))
    buyers.set(c.country, [...(buyers.get(c.country) ?? []), c]);
  let made = 0;
  for (const [i, t] of TENDERS.entries()) {
    const pool = buyers.get(t.c);
    const buyer = pool?.[i % pool.length];
    if (!buyer) continue;
    const zone = zoneOf(buyer);
    const deadline = localDate(shiftInstant(now, t.days), zone);
    const minor = (major: number, currency: string) =>
      Math.round(major * 10 ** minorDigits(currency));
    const bid = t.bid ? { currency: t.bid[0], amountMinor: minor(t.bid[1], t.bid[0]) } : null;
    const decided = t.result !== undefined;
    const body: TenderBody = {
      customerId: buyer.id,
      reference: `${t.c}-${deadline.slice(0, 4)}-${String(101 + i)}`,
      title: t.title,
      issuingBody: t.by,
      submissionDeadline: `${deadline}T${i % 2 ? '11:00' : '16:00'}`,
      clarificationDeadline:
        t.days > 10 ? `${localDate(shiftInstant(now, t.days - 7), zone)}T12:00` : null,
      requiredDocuments: DOCUMENTS.map((name, k) => ({ name, done: decided || k < 2 })),
      bid,
      bidBond: bid
        ? { currency: bid.currency, amountMinor: Math.round(bid.amountMinor / 50) }
        : null,
      requiresLocalPartner: t.need?.includes('partner') ?? false,
      requiresJointVenture: t.need?.includes('jv') ?? false,
      requiresLocalBranch: t.need?.includes('branch') ?? false,
      pricePreferencePercent: t.preference ?? null,
      evaluationCriteria: [
        { name: 'Price', weight: 60 },
        { name: 'Technical', weight: 30 },
        { name: 'Delivery', weight: 10 },
      ],
      localContent: t.lc
        ? {
            requiredPercent: t.lc[0],
            declared:
              t.lc[1] && bid
                ? {
                    currency: bid.currency,
                    valueMinor: minor(t.lc[1][0], bid.currency),
                    localTaxesMinor: minor(t.lc[1][1], bid.currency),
                    importedMinor: minor(t.lc[1][2], bid.currency),
                  }
                : null,
          }
        : undefined,
      competitors: (t.rivals ?? []).map((r, k) => {
        const [name = '', flags = ''] = r.split('|');
        const amount = bid ? Math.round(bid.amountMinor * (0.9 + k * 0.07)) : null;
        return {
          name,
          localPresence: flags.startsWith('L'),
          awarded: flags.endsWith('*'),
          amountMinor: amount,
          currency: amount === null ? null : bid!.currency,
        };
      }),
      result: t.result ?? null,
      resultDate: decided ? localDate(shiftInstant(now, Math.min(-1, t.days + 30)), zone) : null,
      reasonIds: (t.reasons ?? []).map(reasonId),
    };
    await services.tenders.create(scope, body);
    made++;
  }
  return made;
}
