import type { Container } from '../app/container.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';

const EU = ['DE', 'IT', 'PL', 'FR', 'ES', 'NL'];

/**
 * Sustainability for the demo (issue 19, ESG), dated from `today`: a CBAM report for an EU
 * customer buying our steel structures, an ISO 14001 request and a product carbon footprint that
 * is overdue; three certificates (one to renew now, one valid, one expired); three commitments.
 */
export async function seedDemoSustainability(
  services: Container,
  workspaceId: string,
  ownerId: string,
  today: string,
) {
  const scope = demoScope(workspaceId);
  const live = (await customerRecords.inWorkspace(services.db, workspaceId)).filter(
    (c) => !c.deleted_at,
  );
  const steel =
    live.find((c) => /Metallbau|Meccanica|Mechaniczne/.test(c.name)) ??
    live.find((c) => EU.includes(c.country));
  const other = live.find((c) => c !== steel && EU.includes(c.country)) ?? live[0];
  const s = services.sustainability;
  const day = (n: number) => addDays(today, n);
  if (steel) {
    await s.requirements.create(scope, {
      customerId: steel.id,
      kind: 'cbam_report',
      cbamGoods: 'iron_steel',
      title: 'CBAM: embedded emissions of welded steel frames, this quarter',
      details:
        'Installation-level direct and indirect emissions per tonne, with the production route, for the importer’s CBAM declaration.',
      requestedOn: day(-20),
      dueDate: day(25),
      status: 'in_progress',
      ownerId,
      evidence: [{ title: 'Plant emissions monitoring plan (draft)', url: null }],
    });
    await s.requirements.create(scope, {
      customerId: steel.id,
      kind: 'conflict_minerals',
      title: 'Conflict-minerals declaration (CMRT) for motors',
      requestedOn: day(-40),
      dueDate: day(-5),
      status: 'submitted',
      ownerId,
      evidence: [{ title: 'CMRT 6.4 as sent', url: null }],
    });
    await s.commitments.create(scope, {
      title: 'Switch 30 % of our steel purchases to electric-arc-furnace steel',
      customerId: steel.id,
      madeOn: day(-60),
      dueDate: day(300),
      status: 'in_progress',
      ownerId,
    });
  }
  if (other) {
    await s.requirements.create(scope, {
      customerId: other.id,
      kind: 'iso_14001',
      title: 'Valid ISO 14001 certificate for the supplier audit',
      requestedOn: day(-10),
      dueDate: day(20),
      ownerId,
      evidence: [{ title: 'ISO 14001 certificate, Ningbo plant', url: null }],
    });
    await s.requirements.create(scope, {
      customerId: other.id,
      kind: 'product_carbon_footprint',
      title: 'Cradle-to-gate carbon footprint of the 5.5 kW pump (ISO 14067)',
      requestedOn: day(-70),
      dueDate: day(-3),
      ownerId,
    });
    await s.commitments.create(scope, {
      title: 'Take back and recycle packaging on every delivery',
      customerId: other.id,
      madeOn: day(-200),
      dueDate: day(-30),
      status: 'met',
      ownerId,
    });
  }
  await s.commitments.create(scope, {
    title: 'Publish a transparency report per market every year',
    details: 'Made at the Maputo supplier day to the ministry and the local partners.',
    madeOn: day(-120),
    dueDate: day(60),
    ownerId,
  });
  // prettier-ignore
  for (const c of [
    { standard: 'ISO 14001:2015', name: 'Environmental management, Ningbo plant', issuer: 'TÜV SÜD', number: 'CN-EMS-2023-0417', issuedOn: day(-1070), expiresOn: day(25) },
    { standard: 'ISO 9001:2015', name: 'Quality management, all sites', issuer: 'SGS', number: 'CN24/81234', issuedOn: day(-300), expiresOn: day(800) },
    { standard: 'ISO 50001:2018', name: 'Energy management, Ningbo plant', issuer: 'BV', number: 'EnMS-2021-112', issuedOn: day(-1110), expiresOn: day(-15) },
  ])
    await s.certificates.create(scope, { ...c, reminderBusinessDays: 20, ownerId });
}
