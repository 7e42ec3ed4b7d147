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
    country: 'MX',
  },
  {
    name: 'Faisal Al-Harbi',
    email: 'faisal@riyadh-water-tech.sa',
    company: 'Riyadh Water Technology',
    subject: 'طلب قطع غيار للمضخات',
    description: 'نحتاج إلى عشرة أختام ميكانيكية للمضخات التي استلمناها في مارس.',
    language: 'ar',
    country: 'SA',
  },
  {
    name: 'Nguyễn Thị Mai',
    email: 'mai.nguyen@saigon-irrigation.vn',
    company: 'Saigon Irrigation',
    subject: 'Hướng dẫn bảo trì định kỳ',
    description: 'Xin gửi cho chúng tôi hướng dẫn bảo trì định kỳ cho bộ tăng áp.',
    language: 'vi',
    country: 'VN',
  },
];

/**
 * The customer portal for the demo: the workspace's "support" form (open at
 * /portal/new/<workspace>/support), three tickets as that form makes them, in Spanish, Arabic and
 * Vietnamese, each with its portal link, and a public answer on the Spanish one. Made as the demo
 * seed (not through the public route), so the audit log shows them as demo data.
 */
export async function seedDemoPortal(services: Container, workspaceId: string, adminId: string) {
  const scope = demoScope(workspaceId);
  await services.ticketForms.create(scope, {
    key: 'support',
    name: 'Support',
    enabled: true,
    allowedOrigins: [],
    defaultType: 'question',
    defaultPriority: 'normal',
    ownerId: adminId,
  });
  const links: string[] = [];
  for (const [i, s] of SUBMISSIONS.entries()) {
    const { customerId, contactId } = await services.db.transaction().execute(async (tx) => {
      const customerId = await services.customers.createIn(tx, scope, {
        name: s.company,
        country: s.country,
        domain: s.email.split('@')[1],
        stage: 'lead',
        source: 'ticket form: Support',
        ownerId: adminId,
      });
      const contactId = await services.contacts.createIn(tx, scope, customerId, {
        firstName: s.name,
        emails: [s.email],
        preferredLanguage: s.language,
      });
      return { customerId, contactId };
    });
    const ticket = await services.tickets.create(scope, {
      customerId,
      contactId,
      subject: s.subject,
      description: s.description,
      channel: 'web',
      type: 'question',
      priority: 'normal',
    });
    const link = await services.db
      .transaction()
      .execute((tx) => services.ticketPortal.issueIn(tx, scope, ticket.id, s.language));
    links.push(link.url);
    if (i === 0)
      await services.tickets.comment(scope, ticket.id, {
        body: 'Hola Lucía, gracias por escribirnos. ¿Nos puede enviar un vídeo de la bomba al arrancar y una foto de la base?',
        public: true,
      });
  }
  return links;
}
