import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';

// Customers who write in through the public form, each in their own language.
const SUBMISSIONS = [
  {
    name: 'Lucía Fernández',
    email: 'lucia.fernandez@bombas-del-bajio.mx',
    company: 'Bombas del Bajío',
    subject: 'La bomba vibra después del arranque',
    description:
      'Desde la instalación de la semana pasada la bomba vibra mucho al arrancar. ¿Pueden ayudarnos?',
    language: 'es',
  },
  {
    name: 'Faisal Al-Harbi',
    email: 'faisal@riyadh-water-tech.sa',
    company: 'Riyadh Water Technology',
    subject: 'طلب قطع غيار للمضخات',
    description: 'نحتاج إلى عشرة أختام ميكانيكية للمضخات التي استلمناها في مارس.',
    language: 'ar',
  },
  {
    name: 'Nguyễn Thị Mai',
    email: 'mai.nguyen@saigon-irrigation.vn',
    company: 'Saigon Irrigation',
    subject: 'Hướng dẫn bảo trì định kỳ',
    description: 'Xin gửi cho chúng tôi hướng dẫn bảo trì định kỳ cho bộ tăng áp.',
    language: 'vi',
  },
];

/**
 * The customer portal for the demo: the workspace's "support" form (open at
 * /portal/new/<workspace>/support), three tickets sent through it in Spanish, Arabic and
 * Vietnamese (each with its portal link), and a public answer on the Spanish one.
 */
export async function seedDemoPortal(services: Container, workspaceId: string, adminId: string) {
  const scope = { ...demoScope(workspaceId), userId: adminId };
  const form = await services.ticketForms.create(scope, {
    key: 'support',
    name: 'Support',
    enabled: true,
    allowedOrigins: [],
    defaultType: 'question',
    defaultPriority: 'normal',
    ownerId: adminId,
  });
  const row = await services.ticketForms.byAddress(workspaceId, form.key);
  const links: string[] = [];
  for (const s of SUBMISSIONS) {
    const out = await services.ticketFormSubmissions.submit(row, s, 'demo-seed');
    links.push(out.portalUrl);
  }
  const spanish = await services.tickets.list(demoScope(workspaceId), {
    status: 'new',
    sort: 'created',
    limit: 50,
  });
  const first = spanish.items.find((t) => t.subject === SUBMISSIONS[0]!.subject);
  if (first)
    await services.tickets.comment(demoScope(workspaceId), first.id, {
      body: 'Hola Lucía, gracias por escribirnos. ¿Nos puede enviar un vídeo de la bomba al arrancar y una foto de la base?',
      public: true,
    });
  return links;
}
