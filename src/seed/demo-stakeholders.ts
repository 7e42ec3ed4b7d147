import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import type { StakeholderBody } from '../modules/stakeholders/stakeholders.schemas.ts';

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
  }
}
