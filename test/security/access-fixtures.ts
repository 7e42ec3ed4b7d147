import type { LightMyRequestResponse } from 'fastify';
import type { salesOrg, TestContext } from '../support/context.ts';
import { type Actor } from '../support/context.ts';
import { seedMessage } from '../support/mail-world.ts';

export type Org = Awaited<ReturnType<typeof salesOrg>>;
export type CallerName =
  'sameTeamRep' | 'otherTeamRep' | 'otherTeamManager' | 'otherTeamAgent' | 'anonymous';
export const CALLERS: CallerName[] = [
  'sameTeamRep',
  'otherTeamRep',
  'otherTeamManager',
  // a service agent of a support team that does not handle the east rep's ticket
  'otherTeamAgent',
  'anonymous',
];

/**
 * What a service agent may call (routes with `config: { agents: true }`): their profile and
 * tokens, colleagues' names, support teams, SLA policies and the tickets of their reach. Every
 * other operation answers an agent 403, even for records of the tickets they handle.
 */
export const AGENT_ROUTES =
  /^(POST \/auth\/logout|(GET|PATCH) \/me|(GET|POST) \/me\/tokens|DELETE \/me\/tokens\/\{id\}|GET \/users(\/\{id\})?|GET \/support-teams|POST \/sla\/due|GET \/sla-policies|GET \/escalation-notices|(GET|POST) \/tickets|(GET|PATCH) \/tickets\/\{id\}|POST \/tickets\/\{id\}\/comments|(GET|POST) \/tickets\/\{id\}\/attachments|(GET|DELETE) \/tickets\/\{id\}\/attachments\/\{attachmentId\}|(GET|POST|DELETE) \/tickets\/\{id\}\/portal-link|GET \/tickets\/\{id\}\/csat)$/;
export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

// The pairs that are *legitimately* allowed to reach the seeded record. Anything not listed
// here must answer 401, 403 or 404, leak nothing of the record and change nothing.
// Even an allowed read must not show another team's customer data (checked below).
export const ALLOWED: { route: RegExp; callers: CallerName[]; why: string }[] = [
  {
    route: /^GET \/users\/\{id\}$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager', 'otherTeamAgent'],
    why: 'any signed-in user may read a colleague’s profile (as the users list)',
  },
  {
    route: /^GET \/segments\/\{id\}(\/customers|\/export\.csv)?$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'segments are shared in the workspace; their contents are counted in the caller’s scope',
  },
  {
    route: /^(PATCH|DELETE) \/segments\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'the creator, managers and admins may change a shared segment',
  },
  {
    route: /^GET \/(products\/\{id\}(\/price)?|price-lists\/\{id\}(\/items)?)$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'the catalogue and price lists are the workspace’s; a price for a customer checks the customer’s scope',
  },
  {
    route:
      /^((PATCH|DELETE) \/(products|price-lists)\/\{id\}|POST \/price-lists\/\{id\}\/items|DELETE \/price-lists\/\{id\}\/items\/\{productId\})$/,
    callers: ['otherTeamManager'],
    why: 'admins and managers edit the catalogue and the price lists',
  },
  {
    route: /^GET \/pipelines\/\{id\}$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'pipelines and their stages are the whole workspace’s (every rep sells through them)',
  },
  {
    route: /^GET \/events\/\{id\}(\/invitations|\/results)?$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'customer events are the workspace’s; their invitations and results are counted in the caller’s scope',
  },
  {
    route: /^POST \/events\/\{id\}\/(invitations(\/send)?|check-in)$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'any colleague may invite, mail and check in their own contacts; each contact (invitation) is checked against their scope',
  },
  {
    route: /^(PATCH|DELETE) \/events\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'the event’s owner, managers and admins may change it',
  },
  {
    route: /^GET \/templates\/\{id\}$/,
    callers: ['sameTeamRep', 'otherTeamRep', 'otherTeamManager'],
    why: 'templates are the workspace’s wording: everyone reads them (rendering checks the contact’s scope)',
  },
  {
    route: /^(PATCH|DELETE) \/templates\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'admins and managers write the workspace’s templates',
  },
  {
    route: /^GET \/surveys\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'NPS rounds are the workspace’s (admins and managers); the surveys listed are only those of the caller’s scope',
  },
  {
    route: /^(GET \/campaigns\/\{id\}(\/results)?|POST \/campaigns\/\{id\}\/approve)$/,
    callers: ['otherTeamManager'],
    why: 'campaigns are the workspace’s managers’ and admins’ (results are counts only); another manager approves a large one',
  },
  {
    route: /^GET \/smtp-accounts\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'workspace SMTP accounts are the workspace’s: managers read them to pick a campaign’s sender (never the password); only admins write',
  },
  {
    route: /^GET \/stakeholders\/\{id\}(\/engagement)?$/,
    callers: ['otherTeamManager'],
    why: 'managers and admins read every stakeholder of the workspace, with its interactions and engagement plan; linked customers outside their scope are counted, not named',
  },
  {
    route:
      /^(GET \/incidents\/\{id\}|POST \/incidents\/\{id\}\/notes|POST \/incidents\/\{id\}\/statements\/\{statementId\}\/approve)$/,
    callers: ['otherTeamManager'],
    why: 'incidents are the workspace’s managers’ and admins’: every manager reads them and adds notes, and a manager other than the author approves a holding statement',
  },
  {
    route: /^GET \/incident-playbooks\/\{kind\}$/,
    callers: ['otherTeamManager'],
    why: 'incident playbooks are the workspace’s checklists: managers and admins read them, only admins edit',
  },
  {
    route: /^(GET|PATCH|DELETE) \/mentions\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'managers and admins read and edit every mention of the workspace; linked customers outside their scope are counted, not named',
  },
  {
    route: /^(GET|PATCH|DELETE) \/feeds\/\{id\}$|^POST \/feeds\/\{id\}\/(fetch|upload)$/,
    callers: ['otherTeamManager'],
    why: 'feeds are the workspace’s, configured by its managers and admins',
  },
  {
    route: /^GET \/local-value\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'managers and admins read the whole local value ledger (no customer data in it); its owner and admins change it',
  },
  {
    route: /^GET \/(sustainability\/(requirements|commitments)|certificates)\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'managers and admins read every sustainability requirement, commitment and certificate; customers outside their scope are not named; the owner and admins change them',
  },
  {
    route: /^DELETE \/countries\/\{code\}\/calendar-days\/\{id\}$/,
    callers: ['otherTeamManager'],
    why: 'workspace calendar days belong to the workspace: admins and managers edit them',
  },
];

/** Records whose lists are shared with the whole workspace (no customer data in them). */
export const WORKSPACE_WIDE = new Set([
  'users',
  'teams',
  'support-teams',
  'segments',
  'custom-fields',
  'calendar-days',
  'products',
  'price-lists',
  'tender-reasons',
  'pipelines',
  'sla-policies',
  'escalation-rules',
  'templates',
  'events',
  'surveys',
  'campaigns',
  'smtp-accounts',
  'service-visit-rules',
  // every manager's and admin's (the list check still proves no customer of the east rep shows)
  'stakeholders',
  'incidents',
  // the workspace's managers' and admins' (reps see mentions of their own customers only)
  'mentions',
  'feeds',
  // the local value ledger: managers' and admins' (reps get 403), figures per country, no customers
  'local-value',
  // sustainability (ESG): every manager's and admin's; reps see those of their own customers
  'requirements',
  'commitments',
  'certificates',
]);

export interface Fixture {
  /** path parameters: the record id and any others the route needs */
  params: Record<string, string>;
  /** who owns (or may read) it: the sanity read that proves the id is real */
  owner: Actor;
  /** values that must never appear in an answer to an out-of-scope caller */
  secrets: string[];
}

export const uniq = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

export async function ok(res: LightMyRequestResponse, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown>>();
}

/**
 * One fixture per record kind the API addresses by id, keyed by the path segment before the id
 * parameter (`/customers/{id}/contacts` → customers, `/me/tokens/{id}` → tokens). Each creates
 * the record owned by the east team's first rep (or, for workspace records, by whoever may).
 */
export async function seedFixtures(ctx: TestContext, org: Org) {
  const rep = org.eastRep;
  const as = (a: Actor) => ctx.client(a);
  const custName = uniq('Matrixsecret Customer');
  const customer = await ctx.newCustomer(rep, {
    name: custName,
    domain: `${uniq('matrixsecret')}.example`,
  });
  const contactEmail = `${uniq('secret.contact')}@matrix-east.example`;
  const contact = await ctx.newContact(rep, customer.id, {
    firstName: uniq('Secretfirst'),
    emails: [contactEmail],
  });
  const activity = await ok(
    await as(rep).post('/activities', {
      customerId: customer.id,
      type: 'call',
      direction: 'outbound',
      occurredAt: new Date().toISOString(),
      summary: uniq('Secret call summary'),
    }),
    'activity',
  );
  const followUp = await ok(
    await as(rep).post('/follow-ups', {
      customerId: customer.id,
      dueDate: '2030-03-04',
      note: uniq('Secret note'),
    }),
    'follow-up',
  );
  const order = await ok(
    await as(rep).post('/orders', {
      customerId: customer.id,
      number: uniq('SECRET-PO'),
      orderDate: '2026-01-15',
      amountMinor: 4_242_00,
      currency: 'EUR',
    }),
    'order',
  );
  const quoteLine = uniq('matrixsecret-quote-line');
  const quote = await ok(
    await as(rep).post('/quotes', {
      customerId: customer.id,
      currency: 'EUR',
      validUntil: '2099-01-01',
      lines: [{ description: quoteLine, quantity: 1, unitPriceMinor: 4_200 }],
    }),
    'quote',
  );
  const deal = await ok(
    await as(rep).post('/deals', {
      customerId: customer.id,
      title: uniq('Secret deal title'),
      amountMinor: 1_000_000,
      currency: 'USD',
      expectedCloseDate: '2030-01-01',
    }),
    'deal',
  );
  // A customer event is the workspace's; its invitation to the rep's contact is the rep's.
  const event = await ok(
    await as(rep).post('/events', {
      type: 'dinner',
      title: { en: 'Matrix dinner' },
      timeZone: 'Europe/Berlin',
      startsAt: '2030-05-01T18:00:00Z',
      endsAt: '2030-05-01T21:00:00Z',
      currency: 'EUR',
    }),
    'event',
  );
  const invited = await ok(
    await as(rep).post(`/events/${event.id as string}/invitations`, { contactIds: [contact.id] }),
    'invitation',
  );
  const invitationId = (invited.created as { invitation: { id: string } }[])[0]!.invitation.id;
  // Passport data for the visa letter: the event owner's (the rep's) and the admins' alone.
  const passportNumber = `PX${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  await ok(
    await as(rep).put(`/events/${event.id as string}/invitations/${invitationId}/passport`, {
      fullName: 'MATRIX SECRETNAME',
      nationality: 'DE',
      passportNumber,
      dateOfBirth: '1980-01-01',
      issueDate: '2020-01-01',
      expiryDate: '2035-01-01',
    }),
    'passport',
  );
  const pipeline = (
    (await ok(await as(org.admin).get('/pipelines'), 'pipelines')).items as {
      id: string;
      stages: { id: string }[];
    }[]
  )[0]!;
  const tender = await ok(
    await as(rep).post('/tenders', {
      customerId: customer.id,
      reference: uniq('SECRET-TENDER'),
      title: uniq('Secret tender title'),
      submissionDeadline: '2030-03-04T10:00',
      competitors: [{ name: uniq('Secret rival'), localPresence: true }],
    }),
    'tender',
  );
  const segment = await ok(
    await as(rep).post('/segments', {
      name: uniq('Matrix segment'),
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['de'] }] },
    }),
    'segment',
  );
  const form = await ok(
    await as(org.eastManager).post('/lead-forms', {
      name: uniq('Matrix form'),
      ownerId: rep.user.id,
    }),
    'lead form',
  );
  const upload = await ctx.upload(
    rep,
    '/imports',
    {
      name: 'matrix.csv',
      content: `company,country,email\n${uniq('Importsecret GmbH')},DE,x@import-secret.example\n,DE,broken\n`,
    },
    { entity: 'customers', source: 'matrix' },
  );
  const job = await ok(upload, 'import');
  await ctx.imports.wait(job.id as string);
  // A merge of two of the rep's own customers, made by the rep.
  const kept = await ctx.newCustomer(rep, { name: uniq('Matrixsecret Kept') });
  const gone = await ctx.newCustomer(rep, { name: uniq('Matrixsecret Merged') });
  const merge = await ok(
    await as(rep).post('/duplicates/merge', { keepId: kept.id, mergeId: gone.id }),
    'merge',
  );
  const field = await ok(
    await as(org.admin).post('/custom-fields', {
      key: `matrix_${Math.random().toString(36).slice(2, 8)}`,
      label: 'Matrix field',
      type: 'text',
    }),
    'custom field',
  );
  const token = await ok(await as(rep).post('/me/tokens', { name: uniq('Matrix token') }), 'token');
  const dayName = uniq('Matrix day');
  await ok(
    await as(org.eastManager).post('/countries/DE/calendar-days', {
      date: '2030-05-06',
      kind: 'holiday',
      name: dayName,
    }),
    'calendar day',
  );
  const holidays = await ok(await as(rep).get('/countries/DE/holidays?year=2030'), 'holidays');
  const day = (holidays.items as { id: string; name: string }[]).find((d) => d.name === dayName)!;

  const hookUrl = `http://127.0.0.1:9/${uniq('matrixsecret-hook')}`;
  const hook = await ok(
    await as(org.admin).post('/webhooks', {
      url: hookUrl,
      eventTypes: ['order.created'],
      allowPrivateNetwork: true,
    }),
    'webhook',
  );
  // Port 9 refuses at once: a failed test delivery, which may be sent again.
  const delivery = await ok(
    await as(org.admin).post(`/webhooks/${hook.id as string}/test`),
    'test',
  );
  const importJob = await ctx.db
    .selectFrom('jobs')
    .select('id')
    .where('workspace_id', '=', org.ws.id)
    .executeTakeFirstOrThrow();

  const product = await ok(
    await as(org.admin).post('/products', {
      sku: uniq('MATRIX'),
      names: { en: 'Matrix pump' },
      unit: 'pcs',
    }),
    'product',
  );
  const priceList = await ok(
    await as(org.admin).post('/price-lists', {
      name: uniq('Matrix list'),
      currency: 'USD',
      validFrom: '2026-01-01',
      items: [{ productId: product.id, breaks: [{ minQuantity: 1, unitPriceMinor: 100 }] }],
    }),
    'price list',
  );
  const reasons = await ok(await as(org.admin).get('/tender-reasons'), 'tender reasons');
  const reason = (reasons.items as { id: string }[])[0]!;

  const supportTeam = await ok(
    await as(org.admin).post('/support-teams', {
      name: uniq('Matrix desk'),
      country: 'CN',
      timeZone: 'Asia/Shanghai',
      hours: { start: '09:00', end: '18:00' },
    }),
    'support team',
  );
  const ticket = await ok(
    await as(rep).post('/tickets', {
      customerId: customer.id,
      subject: uniq('Secret ticket subject'),
      description: uniq('Secret ticket description'),
      channel: 'email',
      type: 'complaint',
    }),
    'ticket',
  );
  await ok(
    await as(rep).post(`/tickets/${ticket.id as string}/comments`, {
      body: 'Matrix internal note',
      public: false,
    }),
    'ticket comment',
  );
  // A file on the ticket: another's ticket's attachments answer 404 and show nothing of it.
  const boundary = 'matrix-attachment';
  const attachment = await ok(
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id as string}/attachments`,
      headers: {
        authorization: `Bearer ${rep.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="matrix-secret-file.txt"\r\n\r\nMatrix attachment body\r\n--${boundary}--\r\n`,
    }),
    'ticket attachment',
  );
  const escalationRule = await ok(
    await as(org.admin).post('/escalation-rules', { name: uniq('Matrix rule'), trigger: 'breach' }),
    'escalation rule',
  );
  const ticketForm = await ok(
    await as(org.admin).post('/ticket-forms', {
      key: uniq('matrix').toLowerCase(),
      name: 'Matrix',
    }),
    'ticket form',
  );
  const slaPolicy = await ok(
    await as(org.admin).post('/sla-policies', {
      name: uniq('Matrix SLA'),
      calendar: '24x7',
      hours: { start: '09:00', end: '17:00' },
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
    }),
    'SLA policy',
  );
  const template = await ok(
    await as(org.admin).post('/templates', {
      name: uniq('Matrix template'),
      defaultLanguage: 'en',
      variants: [{ language: 'en', subject: 'Hello', body: 'Dear {contactFirstName},' }],
    }),
    'template',
  );
  const mailbox = await ok(
    await as(rep).post('/mailboxes', {
      address: `${uniq('matrixsecret')}@east.example`,
      imapHost: 'imap.matrixsecret.example',
      imapPort: 9,
      imapTls: 'none',
      imapUsername: uniq('matrixsecret-user'),
      imapPassword: uniq('matrixsecret-password'),
      smtpHost: 'smtp.matrixsecret.example',
      smtpPort: 587,
      smtpTls: 'starttls',
      smtpUsername: uniq('matrixsecret-user'),
      smtpPassword: uniq('matrixsecret-password'),
      syncSince: '2026-01-01',
    }),
    'mailbox',
  );
  const message = await seedMessage(ctx, org.ws.id, mailbox.id as string, customer.id);
  // An outgoing message scheduled a year ahead: `/messages/{id}` and its cancel are the outbox's.
  const outgoing = await ok(
    await as(rep).post('/messages', {
      mailboxId: mailbox.id,
      contactId: contact.id,
      subject: uniq('Matrixsecret outgoing'),
      body: uniq('Matrixsecret outgoing body'),
      sendAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    }),
    'outgoing message',
  );

  // A manager's draft campaign to the segment, from their own mailbox.
  const managerBox = await ok(
    await as(org.eastManager).post('/mailboxes', {
      address: `${uniq('matrixsecret-mgr')}@east.example`,
      imapHost: 'imap.matrixsecret.example',
      imapPort: 9,
      imapTls: 'none',
      imapUsername: uniq('matrixsecret-user'),
      imapPassword: uniq('matrixsecret-password'),
      smtpHost: 'smtp.matrixsecret.example',
      smtpPort: 587,
      smtpTls: 'starttls',
      smtpUsername: uniq('matrixsecret-user'),
      smtpPassword: uniq('matrixsecret-password'),
      syncSince: '2026-01-01',
    }),
    'manager mailbox',
  );
  const campaign = await ok(
    await as(org.eastManager).post('/campaigns', {
      name: uniq('Matrix campaign'),
      segmentId: segment.id,
      templateId: template.id,
      mailboxId: managerBox.id,
      schedule: { mode: 'now' },
    }),
    'campaign',
  );

  // The admin's workspace SMTP account (campaigns may send from it); its password never shows.
  const smtpAccount = await ok(
    await as(org.admin).post('/smtp-accounts', {
      name: uniq('Matrix relay'),
      address: `${uniq('matrix-relay')}@east.example`,
      smtpHost: 'smtp.matrixsecret.example',
      smtpPort: 587,
      smtpTls: 'starttls',
      smtpUsername: uniq('matrixsecret-relay-user'),
      smtpPassword: 'matrixsecret-relay-password',
    }),
    'smtp account',
  );

  // A hard bounce of the campaign's mail to the east rep's contact, as the bounce sync marks it
  // (campaign-bounces.ts): the suppressed address is the contact's data, listed to managers only
  // in their scope; only admins take it off.
  const bouncedAddress = `${uniq('matrixsecret-bounced')}@matrix-east.example`;
  await ctx.db
    .insertInto('bounced_addresses')
    .values({
      workspace_id: org.ws.id,
      address: bouncedAddress,
      status: '5.1.1',
      diagnostic: '550 5.1.1 matrixsecret user unknown',
      campaign_id: campaign.id as string,
      contact_id: contact.id,
      bounced_at: new Date().toISOString(),
    })
    .execute();

  const round = await ok(
    await as(org.eastManager).post('/surveys', {
      name: uniq('Matrix round'),
      segmentId: segment.id,
      sendTime: '10:00',
    }),
    'NPS round',
  );

  // A follow-up visit for the rep's customer: a rule, and a second ticket of theirs solved.
  const visitRule = await ok(
    await as(org.admin).post('/service-visit-rules', {
      name: uniq('Matrix visit rule'),
      trigger: 'ticket_solved',
      kind: 'visit',
      businessDays: 2,
      checklist: [{ key: 'ok', label: 'All fine?', type: 'yes_no', required: true }],
    }),
    'visit rule',
  );
  const solved = await ok(
    await as(rep).post('/tickets', {
      customerId: customer.id,
      subject: uniq('Secret solved subject'),
      channel: 'phone',
      type: 'defect',
    }),
    'ticket to solve',
  );
  await ok(await as(rep).patch(`/tickets/${solved.id as string}`, { status: 'solved' }), 'solve');
  const visits = await ok(await as(rep).get(`/service-visits?customerId=${customer.id}`), 'visits');
  const visit = (visits.items as { id: string; followUpId: string }[])[0]!;
  // A payment on the rep's order, and an approval waiting: the customer's limit set by the east
  // manager, then a new order over it by the rep.
  const paymentRef = uniq('matrixsecret-swift');
  const payment = await ok(
    await as(rep).post('/payments', {
      orderId: order.id,
      amountMinor: 100,
      currency: 'EUR',
      paidOn: '2026-01-20',
      method: 'tt',
      reference: paymentRef,
    }),
    'payment',
  );
  await ok(
    await as(org.eastManager).put(`/customers/${customer.id}/credit-limit`, { limitMinor: 1 }),
    'credit limit',
  );
  const overLimit = await ok(
    await as(rep).post('/orders', {
      customerId: customer.id,
      number: uniq('SECRET-PO-OVER'),
      orderDate: '2026-01-16',
      amountMinor: 1_00,
      currency: 'USD',
    }),
    'order over the limit',
  );
  const approvalId = (overLimit.credit as { approvalId: string }).approvalId;
  // A sanctions hit on the rep's new customer, waiting in the admin's review queue.
  const listed = uniq('Matrixsecret Sanctioned');
  await ok(
    await ctx.upload(
      org.admin,
      '/sanctions/lists',
      { name: 'watch.csv', content: `name\n${listed}\n` },
      { format: 'csv', name: uniq('Matrix list') },
    ),
    'sanctions list',
  );
  const sanctioned = await ctx.newCustomer(rep, { name: listed });
  const review = (
    (await ok(await as(org.admin).get('/sanctions/reviews?status=open'), 'sanctions reviews'))
      .items as { id: string; customerId: string }[]
  ).find((r) => r.customerId === sanctioned.id)!;

  // Made last, so it fires on nothing the fixtures above create.
  const rule = await ok(
    await as(org.admin).post('/automations', {
      name: uniq('Matrix rule'),
      trigger: { kind: 'event', eventType: 'customer.created' },
      actions: [{ type: 'add_tag', tag: 'matrix' }],
    }),
    'automation rule',
  );

  // An overseas office the east rep works in (the east manager manages it): nobody else in the
  // matrix may see it, its people or their leave (issue 22).
  const leaveReason = uniq('Secret leave reason');
  const office = await ok(
    await as(org.admin).post('/offices', {
      name: uniq('Matrix office'),
      country: 'AE',
      city: 'Dubai',
      timeZone: 'Asia/Dubai',
      hours: { start: '09:00', end: '18:00' },
      managerId: org.eastManager.user.id,
    }),
    'office',
  );
  const officePerson = await ok(
    await as(org.eastManager).post(`/offices/${office.id as string}/people`, {
      name: uniq('Secretperson'),
      userId: rep.user.id,
      countryOfWork: 'AE',
      role: 'Sales',
      startDate: '2025-01-01',
    }),
    'office person',
  );
  const officeLeave = await ok(
    await as(rep).post(`/offices/${office.id as string}/leave`, {
      personId: officePerson.id,
      kind: 'annual',
      from: '2030-01-02',
      to: '2030-01-03',
      reason: leaveReason,
    }),
    'office leave',
  );

  // A stakeholder the east rep owns, linked to their customer (issue 19): managers and admins
  // read every stakeholder, without the names of customers outside their scope.
  const stakeholder = await ok(
    await as(org.admin).post('/stakeholders', {
      country: 'MZ',
      name: uniq('Matrix ministry'),
      kind: 'government_ministry',
      influence: 5,
      stance: 0,
      ownerId: rep.user.id,
      customerIds: [customer.id],
    }),
    'stakeholder',
  );
  // Its timeline and engagement plan (issue 19): read as the stakeholder, written by its owner
  // and admins.
  const interactionSummary = uniq('Matrix meeting summary');
  const engaged = await ok(
    await as(org.admin).post(`/stakeholders/${stakeholder.id as string}/interactions`, {
      kind: 'meeting',
      occurredOn: '2026-01-15',
      summary: interactionSummary,
    }),
    'stakeholder interaction',
  );
  const planned = await ok(
    await as(org.admin).post(`/stakeholders/${stakeholder.id as string}/plans`, {
      title: uniq('Matrix follow-up'),
      businessDays: 5,
    }),
    'stakeholder plan',
  );
  const interactionId = (engaged.interactions as { id: string }[])[0]!.id;
  const planId = (planned.plans as { id: string }[])[0]!.id;

  // A crisis incident the admin runs, with a holding statement the admin drafted (issue 19).
  const incident = await ok(
    await as(org.admin).post('/incidents', {
      title: uniq('Matrix incident'),
      kind: 'product_safety',
      severity: 'high',
      countries: ['MZ'],
    }),
    'incident',
  );
  const incidentDetail = await ok(
    await as(org.admin).post(`/incidents/${incident.id as string}/statements`, {
      language: 'pt',
      body: 'Declaração de teste',
    }),
    'incident statement',
  );
  const statementId = (incidentDetail.statements as { id: string }[])[0]!.id;

  // A mention linked to the east rep's customer and a feed (issue 19): managers and admins read
  // every mention, without the names of customers outside their scope; reps those of their own.
  const mention = await ok(
    await as(org.eastManager).post('/mentions', {
      country: 'MZ',
      title: uniq('Matrix mention'),
      source: 'Matrix news',
      language: 'pt',
      publishedOn: '2026-11-10',
      customerIds: [customer.id],
    }),
    'mention',
  );
  await ok(
    await as(org.admin).put(`/incidents/${incident.id as string}/mentions/${mention.id as string}`),
    'mention linked to the incident',
  );
  // The east rep's customer linked to it: another team's manager reads the incident, but the
  // customer only as a count; only the incident's owner and admins link and unlink.
  await ok(
    await as(org.admin).put(`/incidents/${incident.id as string}/customers/${customer.id}`),
    'customer linked to the incident',
  );
  const feed = await ok(
    await as(org.admin).post('/feeds', { country: 'MZ', name: uniq('Matrix feed') }),
    'feed',
  );

  // A local value figure (issue 19) an admin entered: managers read it, only its owner and
  // admins change it; a tender's readers pull the country's sums through the tender.
  const localValue = await ok(
    await as(org.admin).post('/local-value', {
      country: 'MZ',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      kind: 'taxes_paid',
      amountMinor: 1_000_00,
      currency: 'MZN',
      sourceDocument: uniq('Matrix tax receipt'),
    }),
    'local value figure',
  );

  // Sustainability (issue 19, ESG): a CBAM requirement of the east rep's customer, a
  // commitment to it and a certificate, all owned by the east rep.
  const requirement = await ok(
    await as(org.admin).post('/sustainability/requirements', {
      customerId: customer.id,
      kind: 'cbam_report',
      cbamGoods: 'iron_steel',
      title: uniq('Matrix CBAM'),
      requestedOn: '2026-08-01',
      ownerId: rep.user.id,
    }),
    'sustainability requirement',
  );
  const commitment = await ok(
    await as(org.admin).post('/sustainability/commitments', {
      title: uniq('Matrix commitment'),
      customerId: customer.id,
      madeOn: '2026-08-01',
      ownerId: rep.user.id,
    }),
    'sustainability commitment',
  );
  const certificate = await ok(
    await as(org.admin).post('/certificates', {
      standard: 'ISO 14001:2015',
      name: uniq('Matrix certificate'),
      issuedOn: '2025-01-01',
      expiresOn: '2028-01-01',
      ownerId: rep.user.id,
    }),
    'certificate',
  );

  const fixtures: Record<string, Fixture> = {
    requirements: { params: { id: requirement.id as string }, owner: rep, secrets: [] },
    commitments: { params: { id: commitment.id as string }, owner: rep, secrets: [] },
    certificates: { params: { id: certificate.id as string }, owner: rep, secrets: [] },
    incidents: {
      params: {
        id: incident.id as string,
        statementId,
        key: 'recall',
        mentionId: mention.id as string,
        customerId: customer.id,
      },
      owner: org.admin,
      secrets: [],
    },
    mentions: { params: { id: mention.id as string }, owner: rep, secrets: [] },
    'incident-playbooks': { params: { kind: 'political' }, owner: org.admin, secrets: [] },
    feeds: { params: { id: feed.id as string }, owner: org.admin, secrets: [] },
    'local-value': { params: { id: localValue.id as string }, owner: org.admin, secrets: [] },
    stakeholders: {
      params: { id: stakeholder.id as string, interactionId, planId },
      owner: rep,
      secrets: [],
    },
    reviews: { params: { id: review.id }, owner: org.admin, secrets: [listed] },
    offices: {
      params: { id: office.id as string, leaveId: officeLeave.id as string },
      owner: rep,
      secrets: [officePerson.name as string, leaveReason],
    },
    automations: { params: { id: rule.id as string }, owner: org.admin, secrets: [] },
    webhooks: {
      params: { id: hook.id as string },
      owner: org.admin,
      secrets: [hook.id as string, hookUrl, hook.secret as string],
    },
    'webhook-deliveries': {
      params: { id: delivery.id as string },
      owner: org.admin,
      secrets: [delivery.id as string],
    },
    jobs: { params: { id: importJob.id }, owner: org.admin, secrets: [importJob.id] },
    // Also walks POST /customers/{id}/greetings/mail (a greeting scheduled as an email): only the
    // customer's owner may, everyone else gets 404 and no outbox row (greeting-mail.test.ts).
    customers: { params: { id: customer.id }, owner: rep, secrets: [customer.id, custName] },
    contacts: { params: { id: contact.id }, owner: rep, secrets: [contact.id, contactEmail] },
    // The shared pool's claim and assign address a customer by id: the east rep's own customer
    // is not in the pool, so nobody else may claim it (404) and nothing may change.
    pool: { params: { customerId: customer.id }, owner: rep, secrets: [customer.id, custName] },
    'follow-ups': {
      params: { id: followUp.id as string },
      owner: rep,
      secrets: [followUp.id as string, followUp.note as string, customer.id],
    },
    orders: {
      params: { id: order.id as string },
      owner: rep,
      secrets: [order.id as string, order.number as string, customer.id],
    },
    payments: {
      params: { id: payment.id as string },
      owner: rep,
      secrets: [payment.id as string, paymentRef, order.id as string],
    },
    // Approvals are decided by managers and admins of the customer's scope: others get 403 or 404.
    'credit-approvals': {
      params: { id: approvalId },
      owner: org.eastManager,
      secrets: [approvalId, customer.id, custName],
    },
    quotes: {
      params: { id: quote.id as string },
      owner: rep,
      secrets: [quote.id as string, quoteLine],
    },
    tenders: {
      params: { id: tender.id as string },
      owner: rep,
      secrets: [
        tender.id as string,
        tender.reference as string,
        tender.title as string,
        (tender.competitors as { name: string }[])[0]!.name,
        customer.id,
      ],
    },
    'tender-reasons': { params: { id: reason.id }, owner: org.admin, secrets: [] },
    tickets: {
      params: { id: ticket.id as string, attachmentId: attachment.id as string },
      owner: rep,
      secrets: [
        attachment.id as string,
        'matrix-secret-file.txt',
        'Matrix attachment body',
        ticket.id as string,
        ticket.number as string,
        ticket.subject as string,
        ticket.description as string,
        'Matrix internal note',
        customer.id,
      ],
    },
    'sla-policies': { params: { id: slaPolicy.id as string }, owner: org.admin, secrets: [] },
    // Admin-only: everyone else gets 403.
    'escalation-rules': {
      params: { id: escalationRule.id as string },
      owner: org.admin,
      secrets: [],
    },
    // Admins write the workspace's rules; the visits they plan follow their customer.
    'service-visit-rules': {
      params: { id: visitRule.id as string },
      owner: org.admin,
      secrets: [],
    },
    'service-visits': {
      params: { id: visit.id },
      owner: rep,
      secrets: [visit.id, visit.followUpId, solved.number as string, customer.id, custName],
    },
    // Admin-only: everyone else gets 403, and the form's id stays out of their answers.
    'ticket-forms': {
      params: { id: ticketForm.id as string },
      owner: org.admin,
      secrets: [ticketForm.id as string],
    },
    // The round's planned surveys name the east rep's customer: never shown to the west manager.
    surveys: {
      params: { id: round.id as string },
      owner: org.eastManager,
      secrets: [customer.id, custName],
    },
    // DELETE /bounced-addresses/{address}: admins only; the list shows it to the east's managers.
    'bounced-addresses': {
      params: { id: bouncedAddress, address: bouncedAddress },
      owner: org.admin,
      secrets: [bouncedAddress, '550 5.1.1 matrixsecret user unknown'],
    },
    'smtp-accounts': {
      params: { id: smtpAccount.id as string },
      owner: org.admin,
      secrets: ['matrixsecret-relay-password'],
    },
    campaigns: {
      params: { id: campaign.id as string },
      owner: org.eastManager,
      secrets: [customer.id, custName, managerBox.address as string],
    },
    deals: {
      params: { id: deal.id as string },
      owner: rep,
      secrets: [deal.id as string, deal.title as string],
    },
    events: {
      params: { id: event.id as string, invitationId },
      owner: rep,
      secrets: [contact.firstName, custName, passportNumber, 'MATRIX SECRETNAME'],
    },
    pipelines: {
      params: { id: pipeline.id, stageId: pipeline.stages[0]!.id },
      owner: org.admin,
      secrets: [],
    },
    segments: { params: { id: segment.id as string }, owner: rep, secrets: [] },
    // Workspace-wide; rendering for a contact outside the caller's scope is 404 (templates tests).
    templates: { params: { id: template.id as string }, owner: org.admin, secrets: [] },
    'lead-forms': {
      params: { id: form.id as string },
      owner: org.eastManager,
      secrets: [form.id as string, form.postUrl as string],
    },
    imports: { params: { id: job.id as string }, owner: rep, secrets: [job.id as string] },
    merges: {
      params: { id: merge.mergeId as string },
      owner: rep,
      secrets: [merge.mergeId as string, kept.id, gone.id, kept.name, gone.name],
    },
    users: { params: { id: rep.user.id }, owner: rep, secrets: [rep.user.email] },
    teams: { params: { id: org.east.id }, owner: org.admin, secrets: [] },
    'support-teams': { params: { id: supportTeam.id as string }, owner: org.admin, secrets: [] },
    'custom-fields': { params: { id: field.id as string }, owner: org.admin, secrets: [] },
    products: { params: { id: product.id as string }, owner: org.admin, secrets: [] },
    'price-lists': {
      params: { id: priceList.id as string, productId: product.id as string },
      owner: org.admin,
      secrets: [],
    },
    tokens: { params: { id: token.id as string }, owner: rep, secrets: [token.id as string] },
    // Mailboxes are their owner's alone: even a manager or admin gets 404.
    mailboxes: {
      params: { id: mailbox.id as string },
      owner: rep,
      secrets: [mailbox.id as string, mailbox.address as string, mailbox.imapUsername as string],
    },
    // Outgoing mail is its sender's alone (a synced message's access: messages-privacy.test.ts).
    messages: {
      params: { id: outgoing.id as string },
      owner: rep,
      secrets: [
        outgoing.id as string,
        outgoing.subject as string,
        outgoing.body as string,
        message.id,
        message.subject,
        message.body_text,
      ],
    },
    'calendar-days': {
      params: { id: day.id, code: 'DE' },
      owner: org.eastManager,
      secrets: [],
    },
  };
  // Records with no id route of their own, whose ids must still stay out of others' lists.
  const listedOnly = { activities: [activity.id as string] };
  return { fixtures, listedOnly };
}
