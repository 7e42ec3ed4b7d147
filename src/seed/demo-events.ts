import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';

const DAY = 86_400_000;
const at = (days: number, hourUtc: number) =>
  new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + hourUtc * 3_600_000).toISOString();

// Six upcoming events of different kinds, each with titles in the languages of its guests.
const EVENTS = [
  {
    type: 'trade_show',
    title: {
      en: 'Canton Fair booth 11.2 C21',
      'zh-CN': '广交会展位 11.2 C21',
      es: 'Stand en la Feria de Cantón',
    },
    venue: 'Pazhou Complex, Guangzhou',
    venueCountry: 'CN',
    timeZone: 'Asia/Shanghai',
    start: [20, 1],
    hours: 105,
    capacity: 40,
    maxGuests: 2,
    countries: ['MX', 'BR', 'SA', 'DE'],
  },
  {
    type: 'dealer_conference',
    title: { en: 'Middle East dealer conference', ar: 'مؤتمر الوكلاء في الشرق الأوسط' },
    venue: 'Jumeirah Emirates Towers, Dubai',
    venueCountry: 'AE',
    timeZone: 'Asia/Dubai',
    start: [35, 5],
    hours: 8,
    capacity: 25,
    maxGuests: 1,
    countries: ['SA', 'AE'],
  },
  {
    type: 'factory_visit',
    title: { en: 'Factory visit: pump assembly line', 'zh-CN': '工厂参观：水泵装配线' },
    venue: 'Ningbo plant',
    venueCountry: 'CN',
    timeZone: 'Asia/Shanghai',
    start: [45, 1],
    hours: 7,
    capacity: 12,
    maxGuests: 1,
    countries: ['DE', 'RU'],
  },
  {
    type: 'webinar',
    title: {
      en: 'Webinar: energy-saving pumps',
      es: 'Webinar: bombas de ahorro energético',
      pt: 'Webinar: bombas econômicas',
    },
    onlineUrl: 'https://meet.example.invalid/pumps',
    timeZone: 'America/Sao_Paulo',
    start: [10, 14],
    hours: 1,
    capacity: null,
    maxGuests: 0,
    countries: ['BR', 'MX'],
  },
  {
    type: 'meetup',
    title: { en: 'Customer meetup Hamburg', de: 'Kundentreffen Hamburg' },
    venue: 'Hotel Atlantic, Hamburg',
    venueCountry: 'DE',
    timeZone: 'Europe/Berlin',
    start: [25, 16],
    hours: 3,
    capacity: 3,
    maxGuests: 0,
    countries: ['DE'],
  },
  {
    type: 'dinner',
    title: { en: 'Partners’ dinner, Jakarta', id: 'Makan malam mitra, Jakarta' },
    venue: 'Hotel Indonesia Kempinski',
    venueCountry: 'ID',
    timeZone: 'Asia/Jakarta',
    start: [30, 12],
    hours: 3,
    capacity: 20,
    maxGuests: 1,
    countries: ['ID', 'VN'],
  },
] as const;

/**
 * Six upcoming customer events with invitations to primary contacts of their markets, each in
 * the contact's language, and answers through the RSVP links (yes, no, maybe, a full meetup's
 * waiting list), so the events API and the RSVP page have something to show.
 */
export async function seedDemoEvents(services: Container, workspaceId: string, ownerId: string) {
  const scope = demoScope(workspaceId);
  for (const [n, e] of EVENTS.entries()) {
    const event = await services.customerEvents.create(scope, {
      type: e.type,
      title: e.title,
      ...('venue' in e ? { venue: e.venue, venueCountry: e.venueCountry } : {}),
      ...('onlineUrl' in e ? { onlineUrl: e.onlineUrl } : {}),
      timeZone: e.timeZone,
      startsAt: at(e.start[0], e.start[1]),
      endsAt: at(e.start[0], e.start[1] + e.hours),
      rsvpDeadline: at(e.start[0] - 3, 0),
      capacity: e.capacity,
      maxGuests: e.maxGuests,
      ownerId,
      currency: 'USD',
      budgetMinor: 5_000_00 * (n + 1),
      costMinor: null,
    });
    const contactIds: string[] = [];
    for (const country of e.countries) {
      const { items } = await services.customers.list(scope, { country, limit: 4 });
      for (const c of items) {
        const primary = (await services.contacts.listForCustomer(scope, c.id)).find(
          (x) => x.primary,
        );
        if (primary) contactIds.push(primary.id);
      }
    }
    if (!contactIds.length) continue;
    const { created } = await services.invitations.invite(scope, event.id, { contactIds });
    for (const [i, { link }] of created.entries()) {
      const token = link.replace('/rsvp/', '');
      const answer = (['yes', 'yes', 'maybe', 'no', 'yes'] as const)[i % 5]!;
      if (i % 6 !== 5) await services.rsvp.answer(token, { answer, guests: 0 }, 'demo');
    }
  }
}

/**
 * A seminar held yesterday at the Shanghai office, so the demo shows what follows an event: the
 * guests were invited and answered twelve days before (the event's clock then), came and were
 * checked in at the door (attendance as a meeting on their timelines, the loyalty programme's
 * event bonus, a thank-you follow-up planned on each guest's next business day). `at` gives the
 * services as they were at an instant: the event's rules are checked against that clock.
 */
export async function seedDemoPastEvent(
  at: (now: Date) => Container,
  workspaceId: string,
  ownerId: string,
): Promise<void> {
  const scope = demoScope(workspaceId);
  const startsAt = new Date(Math.floor(Date.now() / DAY) * DAY - DAY + 2 * 3_600_000);
  const before = at(new Date(startsAt.getTime() - 12 * DAY));
  const event = await before.customerEvents.create(scope, {
    type: 'seminar',
    title: {
      en: 'Pump efficiency seminar',
      'zh-CN': '水泵能效研讨会',
      de: 'Seminar Pumpeneffizienz',
      ru: 'Семинар по энергоэффективности насосов',
    },
    venue: 'Chuhai demo office, Shanghai',
    venueCountry: 'CN',
    timeZone: 'Asia/Shanghai',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 6 * 3_600_000).toISOString(),
    rsvpDeadline: new Date(startsAt.getTime() - 3 * DAY).toISOString(),
    capacity: 30,
    maxGuests: 1,
    ownerId,
    currency: 'USD',
    budgetMinor: 8_000_00,
    costMinor: 6_450_00,
  });
  const contactIds: string[] = [];
  for (const country of ['DE', 'RU', 'KZ']) {
    const { items } = await before.customers.list(scope, { country, limit: 3 });
    for (const c of items) {
      const primary = (await before.contacts.listForCustomer(scope, c.id)).find((x) => x.primary);
      if (primary) contactIds.push(primary.id);
    }
  }
  if (!contactIds.length) return;
  const { created } = await before.invitations.invite(scope, event.id, { contactIds });
  const coming: string[] = [];
  for (const [i, { invitation, link }] of created.entries()) {
    const answer = (['yes', 'yes', 'no', 'yes', 'maybe'] as const)[i % 5]!;
    await before.rsvp.answer(link.replace('/rsvp/', ''), { answer, guests: 0 }, 'demo');
    // one confirmed guest did not come
    if (answer === 'yes' && i !== 3) coming.push(invitation.id);
  }
  const door = at(new Date(startsAt.getTime() + 30 * 60_000));
  for (const invitationId of coming)
    await door.invitations.checkIn(scope, event.id, { invitationId });
}
