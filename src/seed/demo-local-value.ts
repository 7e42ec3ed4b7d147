import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';
import type { EntryBody } from '../modules/local-value/local-value.schemas.ts';

type Demo = Omit<EntryBody, 'country' | 'periodStart' | 'periodEnd' | 'ownerId'> & {
  half?: 1 | 2;
};

// 2025 ledgers of three markets (the demo's rates cover 2025), fictional but plausible figures:
// Mozambique and Brazil report in Portuguese-speaking markets, Kazakhstan falls back to English.
// prettier-ignore
const LEDGERS: Record<string, Demo[]> = {
  MZ: [
    { kind: 'direct_jobs', half: 1, headcount: 38, localNationals: 31, management: 6, womenInManagement: 1, sourceDocument: 'Folha de pessoal 2025-06' },
    { kind: 'direct_jobs', headcount: 46, localNationals: 40, management: 7, womenInManagement: 3, sourceDocument: 'Folha de pessoal 2025-12' },
    { kind: 'indirect_jobs', quantity: 110, method: 'Local suppliers’ headcount share of our orders (survey of 12 suppliers)', sourceDocument: 'Supplier survey 2025' },
    { kind: 'local_purchasing', amountMinor: 58_000_000_00, totalMinor: 131_000_000_00, currency: 'MZN', sourceDocument: 'AP ledger Maputo 2025' },
    { kind: 'local_purchasing', amountMinor: 0, totalMinor: 1_150_000_00, currency: 'USD', sourceDocument: 'Import invoices 2025' },
    { kind: 'revenue_share', partnerName: 'Construtora Boane Lda', amountMinor: 1_530_000_00, totalMinor: 1_800_000_00, currency: 'USD', sourceDocument: 'JV agreement §4, Boane pumping station' },
    { kind: 'training_hours', quantity: 920, headcount: 34, sourceDocument: 'Training log 2025' },
    { kind: 'taxes_paid', amountMinor: 24_500_000_00, currency: 'MZN', sourceDocument: 'AT receipts 2025' },
    { kind: 'community_investment', amountMinor: 42_000_00, currency: 'USD', description: 'Borehole and hand pump, Boane', sourceDocument: 'Donation deed 2025-04' },
    { kind: 'technology_transfer', description: 'Pump repair course with Universidade Eduardo Mondlane', sourceDocument: 'MoU UEM 2025' },
  ],
  BR: [
    { kind: 'direct_jobs', headcount: 22, localNationals: 21, management: 4, womenInManagement: 2, sourceDocument: 'eSocial 2025-12' },
    { kind: 'indirect_jobs', quantity: 60, method: 'IBGE input-output multiplier for machinery (1.9) on local spend', sourceDocument: 'Estimate 2025' },
    { kind: 'local_purchasing', amountMinor: 9_200_000_00, totalMinor: 14_000_000_00, currency: 'BRL', sourceDocument: 'Contas a pagar 2025' },
    { kind: 'revenue_share', partnerName: 'Saneamento Paulista Engenharia', amountMinor: 4_400_000_00, totalMinor: 5_500_000_00, currency: 'BRL', sourceDocument: 'Contrato de consórcio 2025' },
    { kind: 'training_hours', quantity: 540, headcount: 18, sourceDocument: 'Training log 2025' },
    { kind: 'taxes_paid', amountMinor: 2_100_000_00, currency: 'BRL', sourceDocument: 'DARF 2025' },
    { kind: 'technology_transfer', amountMinor: 350_000_00, currency: 'BRL', description: 'Impeller testing with the federal university’s hydraulics lab', sourceDocument: 'Convênio UF 2025' },
  ],
  KZ: [
    { kind: 'direct_jobs', headcount: 15, localNationals: 12, management: 3, womenInManagement: 1, sourceDocument: 'Staff list 2025-12' },
    { kind: 'local_purchasing', amountMinor: 310_000_000_00, totalMinor: 900_000_000_00, currency: 'KZT', sourceDocument: 'AP ledger Almaty 2025' },
    { kind: 'training_hours', quantity: 300, headcount: 12, sourceDocument: 'Training log 2025' },
    { kind: 'taxes_paid', amountMinor: 64_000_000_00, currency: 'KZT', sourceDocument: 'KGD statement 2025' },
    { kind: 'community_investment', amountMinor: 12_000_000_00, currency: 'KZT', description: 'Heating pumps for a school in Almaty', sourceDocument: 'Donation letter 2025-11' },
  ],
};

/** Local value ledgers of three markets for the demo, entered as the demo seed (audited so). */
export async function seedDemoLocalValue(
  services: Container,
  workspaceId: string,
  ownerId: string,
) {
  const scope = demoScope(workspaceId);
  for (const [country, figures] of Object.entries(LEDGERS))
    for (const { half, ...f } of figures)
      await services.localValue.create(scope, {
        ...f,
        country,
        periodStart: '2025-01-01',
        periodEnd: half === 1 ? '2025-06-30' : '2025-12-31',
        ownerId,
      });
}
