import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';

/**
 * A live crisis in Mozambique for the demo: a newspaper story about a cracked pump housing, seen
 * two days ago, now active (so the MZ customers' owners have today's follow-up), with the first
 * steps ticked, a Portuguese holding statement approved by the admin and an English one drafted,
 * and one Mozambican customer linked to it by hand.
 */
export async function seedDemoIncidents(
  services: Container,
  workspaceId: string,
  adminId: string,
  now: Date,
) {
  const scope = demoScope(workspaceId);
  const seen = new Date(now.getTime() - 2 * 86_400_000);
  seen.setUTCHours(7, 30, 0, 0);
  const stakeholders = await services.stakeholders.list(scope, 'MZ');
  // A Mozambican customer named on the incident (its owner gets the activation follow-up).
  const { items: mz } = await services.customers.list(scope, { country: 'MZ', limit: 1 });
  const incident = await services.incidents.create(scope, {
    title: 'Notícias reports a cracked pump housing at a Maputo water plant',
    kind: 'product_safety',
    severity: 'high',
    countries: ['MZ'],
    summary:
      'Notícias (daily) wrote that a pump housing cracked during a pressure test at a Maputo Water Utility plant. One unit, batch 2026-07; the local distributor has the part.',
    firstSeenAt: seen.toISOString(),
    ownerId: adminId,
    stakeholderIds: stakeholders.slice(0, 3).map((s) => s.id),
    customerIds: mz.map((c) => c.id),
  });
  await services.incidents.note(
    scope,
    incident.id,
    'Distributor in Maputo confirms one unit; the housing is on its way to Ningbo for analysis.',
  );
  for (const key of ['owner', 'facts', 'batches'])
    await services.incidents.checklist(scope, incident.id, key, true);
  await services.incidents.update(scope, incident.id, { status: 'active' });
  const pt = await services.incidentStatements.create(scope, incident.id, {
    language: 'pt-MZ',
    body: 'Tomámos conhecimento de uma fissura no corpo de uma bomba numa estação de Maputo. A unidade foi retirada de serviço e está a ser analisada com o nosso distribuidor local. Nenhuma outra unidade do mesmo lote apresentou problemas. Daremos notícias em 48 horas.',
  });
  // Approved by the admin: someone other than the statement's author (the demo seed).
  await services.incidentStatements.approve(
    { ...scope, userId: adminId },
    incident.id,
    pt.statements[0]!.id,
  );
  await services.incidentStatements.create(scope, incident.id, {
    language: 'en',
    body: 'We are aware of a cracked pump housing at a plant in Maputo. The unit has been taken out of service and is being analysed with our local distributor. No other unit of the same batch has shown a problem. We will update within 48 hours.',
  });
}

/** After the mentions are seeded: the Mozambique incident is linked to its latest negative ones. */
export async function seedDemoPlaybook(services: Container, workspaceId: string) {
  // The workspace's own political playbook: the shipped steps and one of its own.
  const scope = demoScope(workspaceId);
  const shipped = (await services.playbooks.get(scope, 'political')).shipped;
  await services.playbooks.put(scope, 'political', {
    steps: [
      ...shipped,
      {
        key: 'counsellor',
        en: 'Brief the embassy’s economic and commercial counsellor the same day',
        zh: '当天向使馆经济商务参赞通报',
      },
    ],
  });
}

export async function linkDemoIncidentMentions(services: Container, workspaceId: string) {
  const scope = demoScope(workspaceId);
  const [incident] = (await services.incidents.list(scope, { country: 'MZ' })).items;
  if (!incident) return;
  const negative = await services.mentions.list(scope, {
    country: 'MZ',
    sentiment: 'negative',
    limit: 3,
  });
  for (const m of negative) await services.incidentMentions.link(scope, incident.id, m.id);
  await seedDemoPlaybook(services, workspaceId);
}
