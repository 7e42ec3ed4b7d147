import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import type { StakeholderBody } from '../modules/stakeholders/stakeholders.schemas.ts';
import type { InteractionKind } from '../domain/reputation/engagement.ts';

type Demo = Omit<StakeholderBody, 'ownerId' | 'customerIds'> & { later?: [number, string] };

// Stakeholders in five markets, fictional organisations of real kinds; `later` moves the stance
// once, so the map shows a relationship heading somewhere.
// prettier-ignore
const STAKEHOLDERS: Demo[] = [
  { country: 'MZ', name: 'Ministry of Public Works (water directorate)', nativeName: 'Ministério das Obras Públicas', kind: 'government_ministry', influence: 5, stance: 0, interests: 'Local content and jobs in water projects', concerns: 'Suppliers without local staff', languages: ['pt'], later: [1, 'Plant visit in Ningbo went well'] },
  { country: 'MZ', name: 'Maputo Water Utility', kind: 'state_buyer', influence: 4, stance: 1, languages: ['pt'] },
  { country: 'MZ', name: 'Notícias (daily newspaper)', kind: 'media_outlet', influence: 3, stance: -1, concerns: 'Reported delays on a Chinese-built pipeline', languages: ['pt'] },
  { country: 'SA', name: 'Local Content and Government Procurement Authority', kind: 'regulator', influence: 5, stance: 0, interests: 'Local content share in bids', languages: ['ar', 'en'] },
  { country: 'SA', name: 'Al-Noor Industrial Group', kind: 'joint_venture_partner', influence: 4, stance: 2, languages: ['ar', 'en'] },
  { country: 'IN', name: 'State Pump Manufacturers Association', kind: 'industry_association', influence: 3, stance: -2, concerns: 'Imports undercutting members', languages: ['en', 'hi'], later: [-1, 'Agreed to a joint training programme'] },
  { country: 'IN', name: 'Bureau of Indian Standards', kind: 'regulator', influence: 5, stance: 0, interests: 'BIS certification of pumps', languages: ['en'] },
  { country: 'BR', name: 'Associação Brasileira de Saneamento', kind: 'industry_association', influence: 3, stance: 1, languages: ['pt'] },
  { country: 'BR', name: 'Universidade Federal (hydraulics lab)', kind: 'university', influence: 2, stance: 2, interests: 'Joint testing of new impellers', languages: ['pt'] },
  { country: 'KZ', name: 'Akimat of Almaty (utilities department)', kind: 'local_authority', influence: 4, stance: -1, concerns: 'Winter reliability of heating pumps', languages: ['ru', 'kk'], later: [0, 'Pilot installation agreed'] },
];

/** Stakeholders of five markets for the demo, owned by the admin, linked to a customer there. */
export async function seedDemoStakeholders(
  services: Container,
  workspaceId: string,
  ownerId: string,
) {
  const scope = demoScope(workspaceId);
  const firstIn = new Map<string, string>();
  for (const c of await customerRecords.inWorkspace(services.db, workspaceId))
    if (!c.deleted_at && !firstIn.has(c.country)) firstIn.set(c.country, c.id);
  for (const { later, ...s } of STAKEHOLDERS) {
    const customer = firstIn.get(s.country);
    const created = await services.stakeholders.create(scope, {
      ...s,
      ownerId,
      customerIds: customer ? [customer] : [],
    });
    if (later)
      await services.stakeholders.update(scope, created.id, {
        stance: later[0],
        stanceNote: later[1],
      });
    const engagement = ENGAGEMENT[s.name];
    // Logged in the owner's name (still audited as the demo seed).
    if (engagement)
      await seedEngagement(services, { ...scope, userId: ownerId }, created.id, engagement);
  }
}

// Interactions (days before the seed) and an engagement plan for two stakeholders, so their
// pages show a timeline and follow-ups planned in their own calendar.
type Engagement = {
  interactions: { kind: InteractionKind; daysAgo: number; summary: string; people?: string }[];
  plans: { title: string; inDays?: number; businessDays?: number; done?: boolean }[];
};
const ENGAGEMENT: Record<string, Engagement> = {
  'Ministry of Public Works (water directorate)': {
    interactions: [
      {
        kind: 'letter',
        daysAgo: 60,
        summary: 'Sent our local content plan for the Maputo pumping stations.',
      },
      {
        kind: 'meeting',
        daysAgo: 35,
        summary:
          'Presented the plan to the water directorate; asked about training of local technicians.',
        people: 'National Director of Water; two engineers',
      },
      {
        kind: 'visit',
        daysAgo: 20,
        summary: 'Delegation visited our plant in Ningbo; saw the test bench.',
        people: 'Deputy Director',
      },
      {
        kind: 'call',
        daysAgo: 4,
        summary: 'Follow-up call: they want the training programme in Portuguese.',
      },
    ],
    plans: [
      { title: 'Send the minutes of the plant visit', businessDays: 0, done: true },
      { title: 'Send the training programme in Portuguese', businessDays: 5 },
      { title: 'Invite the director to the year-end partner dinner', inDays: 24 },
    ],
  },
  'Akimat of Almaty (utilities department)': {
    interactions: [
      {
        kind: 'meeting',
        daysAgo: 45,
        summary: 'Heard their concerns about winter failures of imported pumps.',
        people: 'Head of utilities',
      },
      {
        kind: 'email',
        daysAgo: 10,
        summary: 'Sent the pilot installation proposal with cold-start test data.',
      },
    ],
    plans: [{ title: 'Check the pilot pumps after the first frost', businessDays: 10 }],
  },
};

async function seedEngagement(
  services: Container,
  scope: ReturnType<typeof demoScope>,
  id: string,
  e: Engagement,
) {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  for (const i of e.interactions)
    await services.stakeholderEngagement.addInteraction(scope, id, {
      kind: i.kind,
      occurredOn: day(-i.daysAgo),
      summary: i.summary,
      ...(i.people ? { people: i.people } : {}),
    });
  for (const p of e.plans) {
    const out = await services.stakeholderEngagement.addPlan(scope, id, {
      title: p.title,
      ...(p.inDays !== undefined
        ? { dueDate: day(p.inDays) }
        : { businessDays: p.businessDays ?? 0 }),
    });
    if (p.done) {
      const planned = out.plans.find((x) => x.title === p.title)!;
      await services.stakeholderEngagement.updatePlan(scope, id, planned.id, { status: 'done' });
    }
  }
}
