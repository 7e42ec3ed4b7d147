import type { Kysely } from 'kysely';
import { createContainer, type Container } from '../app/container.ts';
import type { DB, NewContact, User } from '../db/schema.ts';
import { newId, nowIso } from '../domain/ids.ts';
import { demoScope } from '../domain/scope.ts';
import {
  insertNewCustomers,
  newCustomerRow,
  phonesOf,
  zoneColumns,
  type NewCustomerBatchItem,
} from '../modules/customers/customer-records.service.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspaces } from '../modules/workspaces/workspaces.service.ts';
import { refreshLeadScores } from '../modules/insight/lead-scores.ts';
import { refreshChurnScores } from '../modules/risk/churn-scores.ts';
import { seedDemoActivities } from './demo-activities.ts';
import { seedDemoDeals } from './demo-deals.ts';
import { seedDemoDuplicates } from './demo-duplicates.ts';
import { seedDemoTickets } from './demo-tickets.ts';
import { seedDemoTicketHistory } from './demo-ticket-history.ts';
import { seedDemoPortal } from './demo-portal.ts';
import { seedDemoLoyalty } from './demo-loyalty.ts';
import { seedDemoFeedback } from './demo-feedback.ts';
import { seedDemoVisits } from './demo-visits.ts';
import { seedDemoEvents, seedDemoPastEvent } from './demo-events.ts';
import { seedDemoOrders } from './demo-orders.ts';
import { seedDemoRisk } from './demo-risk.ts';
import { seedDemoPool } from './demo-pool.ts';
import { seedDemoProducts } from './demo-products.ts';
import { seedDemoQuotes } from './demo-quotes.ts';
import { seedDemoTenders } from './demo-tenders.ts';
import { seedDemoStakeholders } from './demo-stakeholders.ts';
import { linkDemoIncidentMentions, seedDemoIncidents } from './demo-incidents.ts';
import { seedDemoMentions } from './demo-mentions.ts';
import { seedDemoLocalValue } from './demo-local-value.ts';
import { seedDemoSustainability } from './demo-sustainability.ts';
import { seedDemoOffices } from './demo-offices.ts';
import { seedDemoCampaigns } from './demo-campaigns.ts';
import { seedDemoOutbox } from './demo-outbox.ts';
import { seedDemoTemplates } from './demo-templates.ts';
import { MARKETS, type Market } from './demo-markets.ts';
import { localMobile } from './phones.ts';
import { Random } from './random.ts';
import { userRecords } from '../modules/users/user-records.service.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';

export const DEMO_PASSWORD = 'chuhai-demo-2026';
export const DEMO_ADMIN = 'admin@demo.chuhai.dev';

const TAGS = [
  'trade show: Canton Fair 2026',
  'distributor',
  'OEM',
  'key account',
  'tender',
  'sample sent',
  'price sensitive',
  'repeat buyer',
];
const SOURCES = [
  'Canton Fair 2026',
  'Alibaba',
  'website form',
  'agent referral',
  'LinkedIn',
  'Hannover Messe 2026',
  'customs data',
];
const STAGES = ['lead', 'prospect', 'customer', 'customer', 'partner', 'churned'] as const;
const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000'] as const;

export interface SeedResult {
  workspaceId: string;
  customers: number;
  contacts: number;
  users: { email: string; role: string }[];
}

/** Creates the demo workspace: a Chinese exporter with two sales teams and a worldwide customer book. */
export async function seedDemo(
  db: Kysely<DB>,
  opts: {
    customers?: number;
    /** false: none; a number: only that share of customers has contacts (benches at scale) */
    withContacts?: boolean | number;
    withActivities?: boolean;
    onProgress?: (done: number, total: number) => void;
    /** the app's services, when the caller has built them (the server does) */
    services?: Container;
  } = {},
): Promise<SeedResult> {
  const services = opts.services ?? createContainer(db);
  const total = opts.customers ?? 360;
  const rnd = new Random();
  const ws = await workspaces.create(db, '演示外贸有限公司 Demo Export Co.');
  const west = {
    workspace_id: ws.id,
    id: newId(),
    name: 'Europe & Americas 欧美组',
    created_at: nowIso(),
  };
  const east = {
    workspace_id: ws.id,
    id: newId(),
    name: 'Asia, Middle East & Africa 亚非中东组',
    created_at: nowIso(),
  };
  const people: [string, string, 'admin' | 'manager' | 'rep', string[]][] = [
    [DEMO_ADMIN, '王总 Wang Lei', 'admin', []],
    ['manager.west@demo.chuhai.dev', '李娜 Li Na', 'manager', [west.id]],
    ['manager.east@demo.chuhai.dev', '陈伟 Chen Wei', 'manager', [east.id]],
    ['rep1@demo.chuhai.dev', '张敏 Zhang Min', 'rep', [west.id]],
    ['rep2@demo.chuhai.dev', '刘洋 Liu Yang', 'rep', [west.id]],
    ['rep3@demo.chuhai.dev', '赵静 Zhao Jing', 'rep', [east.id]],
    ['rep4@demo.chuhai.dev', '黄磊 Huang Lei', 'rep', [east.id, west.id]],
  ];
  const users: User[] = [];
  await db.transaction().execute(async (tx) => {
    await userRecords.insertTeam(tx, west);
    await userRecords.insertTeam(tx, east);
    for (const [email, name, role, teamIds] of people) {
      users.push(
        await insertUser(
          tx,
          ws.id,
          null,
          { email, name, role, password: DEMO_PASSWORD, teamIds },
          // Zhao Jing works from the Dubai office: her "behind you" counts in Dubai time.
          {
            passwordPolicy: 'exempt-demo',
            auditAs: 'demo',
            timeZone: email === 'rep3@demo.chuhai.dev' ? 'Asia/Dubai' : undefined,
          },
        ),
      );
    }
  });
  // A China-based home office: China's official 2026 schedule (bridge holidays, make-up Saturdays).
  // Done by the seed, so the audit log says "System (demo data)" rather than blaming the admin.
  await services.countryOverrides.applyPreset(demoScope(ws.id), 'cn-2026');

  const westMarkets = new Set([
    'DE',
    'BR',
    'MX',
    'US',
    'FR',
    'IT',
    'ES',
    'GB',
    'PL',
    'CL',
    'RU',
    'TR',
  ]);
  const owners = (m: Market) => {
    const team = westMarkets.has(m.country) ? west.id : east.id;
    const pool =
      team === west.id ? [users[3], users[4], users[6], users[1]] : [users[5], users[6], users[2]];
    return { team, pool: pool.filter((u): u is User => !!u) };
  };

  let contactCount = 0;
  const batch = 1000;
  for (let start = 0; start < total; start += batch) {
    const items: NewCustomerBatchItem[] = [];
    for (let i = start; i < Math.min(total, start + batch); i++) {
      const m = MARKETS[i % MARKETS.length] ?? MARKETS[0]!;
      const { team, pool } = owners(m);
      const [stem, nativeStem] =
        m.stems[Math.floor(i / MARKETS.length) % m.stems.length] ?? m.stems[0]!;
      const [legal, nativeLegal] = rnd.pick(m.legal);
      const serial = Math.floor(i / (MARKETS.length * m.stems.length));
      const nativeName = nativeStem
        ? nativeLegal && /^(株式会社|Công ty|บริษัท|주식회사)/.test(nativeLegal)
          ? `${nativeLegal} ${nativeStem}`
          : `${nativeStem} ${nativeLegal ?? ''}`.trim()
        : null;
      const [city, region, cityLatin] = rnd.pick(m.cities);
      // Further companies on the same stem are regional namesakes, as real books of business have.
      const name = serial ? `${stem} ${cityLatin ?? city} ${legal}` : `${stem} ${legal}`;
      const domain = `${slug(stem)}${serial ? serial : ''}.${tld(m.country)}`;
      const now = new Date(Date.UTC(2026, 0, 1) + i * 37_000).toISOString();
      const c = newCustomerRow(
        ws.id,
        {
          name,
          nativeName,
          country: m.country,
          region,
          city,
          website: `https://www.${domain}`,
          domain,
          industry: rnd.pick(m.industries),
          size: rnd.pick(SIZES),
          languages: m.languages,
          stage: rnd.pick(STAGES),
          tier: rnd.pick(['A', 'B', 'B', 'C', 'C', 'C'] as const),
          source: rnd.pick(SOURCES),
          ownerId: rnd.pick(pool).id,
          teamId: team,
          // Greeting dates spread over the year from the row number (not the random stream,
          // so the rest of the demo stays as it was).
          foundedOn: i % 2 === 0 ? `${1975 + (i % 45)}-${yearDay(i * 7)}` : null,
          customerSince: i % 3 === 0 ? `${2012 + (i % 13)}-${yearDay(i * 11)}` : null,
        },
        now,
      );
      const mine: NewContact[] = [];
      const share = opts.withContacts;
      const n =
        share === false
          ? 0
          : typeof share === 'number'
            ? i % Math.round(1 / share) === 0
              ? 1
              : 0
            : rnd.int(1, 4);
      for (let k = 0; k < n; k++) {
        const p = rnd.int(0, m.first.length - 1);
        const first = m.first[p] ?? 'Alex';
        const last = m.last[(p + k) % m.last.length] ?? null;
        const phone = localMobile(m.country, rnd);
        mine.push({
          workspace_id: ws.id,
          id: newId(),
          customer_id: c.id,
          first_name: first,
          last_name: last,
          native_name: m.nativePeople?.[p] ?? null,
          title: rnd.pick([
            'Purchasing Manager',
            'CEO',
            'Technical Director',
            'Procurement Engineer',
            'Sales Director',
            'Owner',
          ]),
          emails: JSON.stringify([`${slug(first)}.${slug(last ?? 'contact')}@${domain}`]),
          phones: JSON.stringify([phone.e164]),
          handles: JSON.stringify(rnd.chance(0.5) ? { whatsapp: phone.e164 } : {}),
          preferred_language: m.languages[0] ?? null,
          preferred_channel: rnd.pick(['email', 'whatsapp', 'phone']),
          is_primary: k === 0 ? 1 : 0,
          birthday: (i + k) % 4 === 0 ? yearDay(i * 5 + k * 29) : null,
          created_at: now,
          updated_at: now,
        });
      }
      // The zone as the app derives it for any customer: state, city, then the contacts' phones.
      Object.assign(c, zoneColumns({ ...c, phones: phonesOf(mine) }));
      const own = new Set([rnd.pick(TAGS), rnd.pick(TAGS)]);
      items.push({ customer: c, contacts: mine, tags: [...own].filter(() => rnd.chance(0.6)) });
      contactCount += mine.length;
    }
    // No first follow-ups yet: the demo history is written next and every plan made from it.
    await db.transaction().execute((tx) => insertNewCustomers(tx, items, async () => {}));
    opts.onProgress?.(Math.min(total, start + batch), total);
  }
  // A bulk write, like an import: PostgreSQL plans the next queries from fresh statistics.
  await customerRecords.refreshStatistics(db);
  // Benchmark-sized seeds skip history; the demo gets a few months of it.
  let typedTwice = 0;
  if (opts.withActivities ?? total <= 5000) {
    typedTwice = await db.transaction().execute((tx) => seedDemoDuplicates(tx, ws.id));
    await seedDemoActivities(services, ws.id, rnd);
    await seedDemoOrders(services, ws.id, rnd);
    await seedDemoRisk(services, ws.id, new Date().toISOString().slice(0, 10));
    await seedDemoLoyalty(services, ws.id, rnd);
    await seedDemoQuotes(services, ws.id, new Date().toISOString().slice(0, 10));
    await seedDemoTenders(services, ws.id);
    await seedDemoStakeholders(services, ws.id, users.find((u) => u.role === 'admin')!.id);
    await seedDemoIncidents(services, ws.id, users.find((u) => u.role === 'admin')!.id, new Date());
    await seedDemoMentions(services, ws.id, rnd);
    await linkDemoIncidentMentions(services, ws.id);
    await seedDemoLocalValue(services, ws.id, users.find((u) => u.role === 'admin')!.id);
    await seedDemoSustainability(
      services,
      ws.id,
      users.find((u) => u.role === 'admin')!.id,
      new Date().toISOString().slice(0, 10),
    );
    await seedDemoDeals(services, ws.id, rnd);
    // A year of finished tickets first (T-000001…), then the live queue after them.
    await seedDemoTicketHistory(
      services,
      ws.id,
      rnd,
      users.filter((u) => u.role !== 'admin').map((u) => u.id),
    );
    await seedDemoTickets(services, ws.id);
    await seedDemoPortal(services, ws.id, users.find((u) => u.role === 'admin')!.id);
    await seedDemoFeedback(services, ws.id, rnd);
    await seedDemoVisits(services, ws.id);
    await seedDemoEvents(services, ws.id, users.find((u) => u.role === 'admin')!.id);
    await seedDemoPastEvent(
      (now) => createContainer(db, { jobs: { now: () => now } }),
      ws.id,
      users.find((u) => u.role === 'admin')!.id,
    );
  }
  await seedDemoProducts(services, ws.id);
  await seedDemoTemplates(services, ws.id);
  if (opts.withActivities ?? total <= 5000) {
    const mailboxId = await seedDemoOutbox(services, ws.id, users[0]!.id);
    await seedDemoCampaigns(services, ws.id, users[0]!.id, mailboxId);
  }
  await seedDemoAutomations(services, ws.id);
  await seedDemoPool(services, ws.id);
  // Insight (docs/insight.md): the ideal customer lead scores are measured against.
  await services.insightSettings.put(demoScope(ws.id), {
    disabledRules: [],
    icp: {
      countries: ['DE', 'SA', 'AE'],
      industries: ['Industrial machinery', 'Construction materials', 'Wholesale distribution'],
      sizes: ['51-200', '201-1000'],
      sources: ['Canton Fair 2026'],
    },
  });
  // The profile's change queued a refresh for the job runner; the demo shows the scores at once.
  await refreshLeadScores(services.db, ws.id, new Date());
  // Tickets, mail and survey answers seeded after the orders reach the stored churn scores hourly;
  // the demo shows them at once.
  await refreshChurnScores(services.db, ws.id, new Date().toISOString().slice(0, 10));
  // The churn model's card says whether the history is enough to train (counted nightly
  // otherwise). Benches' books of 100,000 and more leave it to that job: it reads every order.
  if (total <= 5000) await services.risk.churnModel.check(ws.id);
  await seedDemoOffices(services, ws.id, users);
  return {
    workspaceId: ws.id,
    customers: total + typedTwice,
    contacts: contactCount,
    users: users.map((u) => ({ email: u.email, role: u.role })),
  };
}

/** Three rules a trading company would start with; made last, so the seeded history fires none. */
async function seedDemoAutomations(services: Container, workspaceId: string): Promise<void> {
  const scope = demoScope(workspaceId);
  await services.automations.create(scope, {
    name: '德国新客户两个工作日内跟进 New German customer: follow up in 2 business days',
    trigger: { kind: 'event', eventType: 'customer.created' },
    condition: { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'DE' }] },
    actions: [
      { type: 'create_follow_up', businessDays: 2, note: 'Welcome call · 欢迎致电' },
      { type: 'add_tag', tag: 'new-DE' },
    ],
  });
  await services.automations.create(scope, {
    name: '成交后回访 Became a customer: thank-you call',
    trigger: { kind: 'event', eventType: 'customer.updated', fields: ['stage'] },
    condition: { match: 'all', conditions: [{ field: 'stage', op: 'is', value: 'customer' }] },
    actions: [{ type: 'create_follow_up', businessDays: 5, note: 'Thank-you call · 成交回访' }],
  });
  await services.automations.create(scope, {
    name: '半年未下单提醒 No order for half a year: check in',
    trigger: { kind: 'date_arrives', field: 'last_order_date', offsetDays: 180 },
    condition: { match: 'all', conditions: [{ field: 'stage', op: 'is', value: 'customer' }] },
    actions: [
      {
        type: 'create_follow_up',
        businessDays: 1,
        note: 'Six months without an order · 半年未下单',
      },
    ],
  });
}

/** A day of the year as MM-DD (1 to 28, so every month has it), spread by `n`. */
function yearDay(n: number): string {
  const month = (Math.abs(n) % 12) + 1;
  const day = (Math.abs(Math.floor(n / 12)) % 28) + 1;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function tld(country: string): string {
  return (
    (
      {
        US: 'com',
        GB: 'co.uk',
        JP: 'co.jp',
        KR: 'co.kr',
        AU: 'com.au',
        BR: 'com.br',
        MX: 'com.mx',
        ZA: 'co.za',
        IN: 'in',
        SA: 'com.sa',
        AE: 'ae',
        EG: 'com.eg',
      } as Record<string, string>
    )[country] ?? country.toLowerCase()
  );
}
