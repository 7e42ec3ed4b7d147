import type { Container } from '../app/container.ts';
import type { User } from '../db/schema.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { localDate } from '../domain/calendar/zoned-time.ts';
import { demoScope, type Scope } from '../domain/scope.ts';

interface DemoPerson {
  name: string;
  /** a demo user's e-mail, when the person signs in to Chuhai */
  email?: string;
  role: string;
  languages: string[];
  startDate: string;
  /** leave as [days from today, length in days, kind]; negative start: already begun */
  leave?: [number, number, 'annual' | 'sick', string?][];
}

interface DemoOffice {
  name: string;
  country: string;
  region?: string;
  city: string;
  timeZone: string;
  ramadanHoursLess?: number;
  manager: string;
  markets: string[];
  closingDays?: { date: string; name: string }[];
  people: DemoPerson[];
}

// Four offices of the Shanghai company (issue 22): the Gulf from Dubai, Latin America from São
// Paulo, the DACH market from Munich and Central Asia from Almaty. Zhao Jing (rep3) is the Dubai
// office's Chinese sales lead, so her follow-ups show the hand-over flags on her leave.
// prettier-ignore
const OFFICES: DemoOffice[] = [
  { name: 'Dubai office 迪拜办事处', country: 'AE', city: 'Dubai', timeZone: 'Asia/Dubai', ramadanHoursLess: 2, manager: 'manager.east@demo.chuhai.dev', markets: ['AE', 'SA', 'QA', 'KW', 'OM', 'BH'], people: [
    { name: '赵静 Zhao Jing', email: 'rep3@demo.chuhai.dev', role: 'Sales lead', languages: ['zh', 'en'], startDate: '2023-03-01', leave: [[3, 5, 'annual', 'Home leave to Shanghai']] },
    { name: 'Omar Saleh', role: 'Service engineer', languages: ['ar', 'en'], startDate: '2022-09-15', leave: [[10, 3, 'annual']] },
    { name: 'Fatima Al Mansoori', role: 'Key account manager', languages: ['ar', 'en', 'fr'], startDate: '2024-01-07', leave: [[-1, 2, 'sick']] },
    { name: 'Rahul Nair', role: 'Logistics coordinator', languages: ['en', 'hi', 'ml'], startDate: '2021-11-20' },
  ] },
  { name: 'São Paulo office 圣保罗办事处', country: 'BR', city: 'São Paulo', timeZone: 'America/Sao_Paulo', manager: 'manager.west@demo.chuhai.dev', markets: ['BR', 'AR', 'CL', 'UY', 'PY'], people: [
    { name: 'Ana Souza', role: 'Country manager', languages: ['pt', 'es', 'en'], startDate: '2022-05-02', leave: [[21, 10, 'annual', 'Férias']] },
    { name: 'Pedro Lima', role: 'Sales engineer', languages: ['pt', 'en'], startDate: '2023-08-14', leave: [[5, 2, 'annual']] },
    { name: 'Juliana Costa', role: 'Customer service', languages: ['pt', 'es'], startDate: '2024-10-01' },
  ] },
  { name: 'Munich office 慕尼黑办事处', country: 'DE', region: 'BY', city: 'Munich', timeZone: 'Europe/Berlin', manager: 'manager.west@demo.chuhai.dev', markets: ['DE', 'AT', 'CH'], closingDays: [{ date: '2026-12-28', name: 'Year-end shutdown' }, { date: '2026-12-29', name: 'Year-end shutdown' }, { date: '2026-12-30', name: 'Year-end shutdown' }], people: [
    { name: 'Katrin Weber', role: 'Branch manager', languages: ['de', 'en'], startDate: '2021-02-01', leave: [[14, 10, 'annual', 'Skiurlaub']] },
    { name: 'Jonas Müller', role: 'Application engineer', languages: ['de', 'en'], startDate: '2023-06-12', leave: [[2, 1, 'sick']] },
    { name: 'Lena Schmidt', role: 'Inside sales', languages: ['de', 'en', 'zh'], startDate: '2025-01-15' },
  ] },
  { name: 'Almaty office 阿拉木图办事处', country: 'KZ', city: 'Almaty', timeZone: 'Asia/Almaty', manager: 'manager.east@demo.chuhai.dev', markets: ['KZ', 'UZ', 'KG', 'TJ'], people: [
    { name: 'Aigerim Nurlanova', role: 'Country manager', languages: ['kk', 'ru', 'en', 'zh'], startDate: '2022-03-21', leave: [[7, 4, 'annual']] },
    { name: 'Daniyar Bekov', role: 'Sales engineer', languages: ['kk', 'ru'], startDate: '2024-04-01' },
  ] },
];

/** The four demo offices with their people and leave (approved; one still waiting). */
export async function seedDemoOffices(
  services: Container,
  workspaceId: string,
  users: User[],
): Promise<void> {
  const scope = demoScope(workspaceId);
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const today = localDate(new Date(), 'Asia/Shanghai');
  const personIds = new Map<string, string>();
  for (const o of OFFICES) {
    const office = await services.offices.create(scope, {
      name: o.name,
      country: o.country,
      region: o.region ?? null,
      city: o.city,
      timeZone: o.timeZone,
      hours: { start: '09:00', end: '18:00' },
      ramadanHoursLess: o.ramadanHoursLess ?? 0,
      managerId: byEmail.get(o.manager)?.id ?? null,
      markets: o.markets,
      closingDays: o.closingDays ?? [],
    });
    for (const p of o.people) {
      const user = p.email ? byEmail.get(p.email) : undefined;
      const person = await services.offices.addPerson(scope, office.id, {
        name: p.name,
        userId: user?.id ?? null,
        countryOfWork: o.country,
        languages: p.languages,
        role: p.role,
        startDate: p.startDate,
      });
      personIds.set(p.name, person.id);
      for (const [start, length, kind, reason] of p.leave ?? []) {
        const body = {
          personId: person.id,
          kind,
          from: addDays(today, start),
          to: addDays(today, start + length - 1),
          reason: reason ?? null,
        };
        // A user asks for their own leave, which waits for the manager; others are recorded.
        const as: Scope = user
          ? {
              workspaceId,
              userId: user.id,
              role: user.role,
              teamIds: [],
              visibleOwnerIds: [user.id],
              // audited as the demo seed, like every other seeded change
              systemKind: 'demo',
            }
          : scope;
        await services.offices.requestLeave(as, office.id, body);
      }
    }
  }
  await seedStaffWork(services, workspaceId, users, personIds, today);
}

/**
 * Work done by Dubai staff without a login, Zhao Jing (rep3) responsible: a follow-up for Fatima
 * Al Mansoori due today, while she is on sick leave (flagged for hand-over), one for Rahul Nair
 * and a ticket he is on.
 */
async function seedStaffWork(
  services: Container,
  workspaceId: string,
  users: User[],
  personIds: Map<string, string>,
  today: string,
): Promise<void> {
  const scope = demoScope(workspaceId);
  const rep3 = users.find((u) => u.email === 'rep3@demo.chuhai.dev');
  if (!rep3) return;
  const { items } = await services.customers.list(scope, { ownerId: rep3.id, limit: 2 });
  const [first, second] = items;
  if (!first) return;
  await services.followUps.create(scope, {
    customerId: first.id,
    dueDate: today,
    assigneeId: rep3.id,
    assigneePersonId: personIds.get('Fatima Al Mansoori'),
    note: 'Site visit with the key account manager',
  });
  await services.followUps.create(scope, {
    customerId: (second ?? first).id,
    dueDate: addDays(today, 4),
    assigneeId: rep3.id,
    assigneePersonId: personIds.get('Rahul Nair'),
    note: 'Confirm the shipping schedule',
  });
  await services.tickets.create(scope, {
    customerId: first.id,
    subject: 'Delivery delayed at Jebel Ali port',
    description: '',
    channel: 'phone',
    type: 'question',
    priority: 'normal',
    assigneeId: rep3.id,
    assigneePersonId: personIds.get('Rahul Nair'),
  });
}
