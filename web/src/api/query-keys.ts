/**
 * Every react-query key in the web, in one place. Keys are arrays, and invalidating a key also
 * invalidates every longer key that starts with it: `qk.customers.all()` refreshes every customer
 * list and the order form's customer picker, `qk.inbox.all()` every scope of the inbox.
 */
export const qk = {
  me: () => ['me'] as const,
  users: () => ['users'] as const,
  teams: () => ['teams'] as const,
  tokens: () => ['tokens'] as const,
  mailboxes: () => ['mailboxes'] as const,
  /** a customer's synced mail */
  messages: (customerId: string) => ['messages', customerId] as const,
  /** the caller's outbox by status (under 'messages': a sent message refreshes both) */
  outbox: (status: string) => ['messages', 'outbox', status] as const,
  workspace: () => ['workspace'] as const,
  customFields: () => ['custom-fields'] as const,
  leadForms: () => ['lead-forms'] as const,
  policies: () => ['policies'] as const,
  audit: (params: object) => ['audit', params] as const,
  jobs: (params: object) => ['jobs', params] as const,
  jobSchedules: () => ['jobs', 'schedules'] as const,
  sanctionsLists: () => ['sanctions', 'lists'] as const,
  sanctionsReviews: (status: string) => ['sanctions', 'reviews', status] as const,
  automations: () => ['automations'] as const,
  automationRuns: (ruleId: string) => ['automations', ruleId, 'runs'] as const,
  webhooks: () => ['webhooks'] as const,
  smtpAccounts: () => ['smtp-accounts'] as const,
  webhookDeliveries: (webhookId: string) => ['webhooks', webhookId, 'deliveries'] as const,
  loyalty: {
    programme: () => ['loyalty-programme'] as const,
    /** every customer's points (what an order's status change may move) */
    customers: () => ['loyalty'] as const,
    /** a customer's points, tier and ledger (every page) */
    customer: (id: string) => ['loyalty', id] as const,
  },
  pool: {
    /** every page and filter of the shared pool */
    all: () => ['pool'] as const,
    list: (params: object) => ['pool', params] as const,
    settings: () => ['pool-settings'] as const,
  },

  customers: {
    all: () => ['customers'] as const,
    /** a page of the customer list (or a segment's customers) with these filters */
    list: (filters: object) => ['customers', filters] as const,
    /** the order form's customer search */
    pick: (q: string) => ['customers', 'pick', q] as const,
  },
  customer: (id: string | undefined) =>
    id ? (['customer', id] as const) : (['customer'] as const),
  contacts: (customerId: string) => ['contacts', customerId] as const,
  contactWindows: (customerId: string, timeZone: string | null, lang: string, mine: string) =>
    ['contact-windows', customerId, timeZone, lang, mine] as const,

  health: (customerId?: string) =>
    customerId ? (['health', customerId] as const) : (['health'] as const),
  followUps: (customerId?: string) =>
    customerId ? (['follow-ups', customerId] as const) : (['follow-ups'] as const),
  activities: (customerId?: string) =>
    customerId ? (['activities', customerId] as const) : (['activities'] as const),
  inbox: {
    all: () => ['inbox'] as const,
    scope: (scope: string) => ['inbox', scope] as const,
  },
  upcomingHolidays: (lang: string) => ['upcoming-holidays', lang] as const,

  countries: () => ['countries'] as const,
  country: {
    /** every year and language of a country's profile */
    all: (code: string) => ['country', code] as const,
    profile: (code: string, year: number, lang: string) => ['country', code, year, lang] as const,
    /** the regions the holiday data knows, named in a language */
    regions: (code: string, lang: string) => ['country', code, 'regions', lang] as const,
  },
  compare: {
    all: () => ['compare'] as const,
    pair: (a: string, b: string) => ['compare', a, b] as const,
  },

  segments: () => ['segments'] as const,
  segmentFields: () => ['segment-fields'] as const,
  segmentCustomers: (segmentId: string) => ['segment-customers', segmentId] as const,

  localValue: {
    all: () => ['local-value'] as const,
    list: (country: string, year: number) => ['local-value', 'list', country, year] as const,
    summary: (country: string, year: number) => ['local-value', 'summary', country, year] as const,
  },
  stakeholders: (country?: string) =>
    country ? (['stakeholders', country] as const) : (['stakeholders'] as const),
  insight: {
    measures: () => ['insight', 'measures'] as const,
    map: (params: object) => ['insight', 'map', params] as const,
    market: (country: string, params: object) => ['insight', 'market', country, params] as const,
    /** every list of next actions (a done/dismiss/snooze refreshes them all) */
    actions: () => ['next-actions'] as const,
    actionsOf: (params: object) => ['next-actions', params] as const,
    settings: () => ['insight', 'settings'] as const,
    rules: () => ['next-actions', 'rules'] as const,
    leadScore: (customerId: string) => ['insight', 'lead-score', customerId] as const,
  },
  risk: {
    all: () => ['risk'] as const,
    customer: (customerId: string) => ['risk', 'customer', customerId] as const,
    receivables: (params: object) => ['risk', 'receivables', params] as const,
    concentration: (params: object) => ['risk', 'concentration', params] as const,
    churn: (params: object) => ['risk', 'churn', params] as const,
    churnModel: () => ['risk', 'churn-model'] as const,
    countries: () => ['risk', 'countries'] as const,
  },
  orders: {
    all: () => ['orders'] as const,
    list: (params: object) => ['orders', params] as const,
    ofCustomer: (customerId: string) => ['orders', 'customer', customerId] as const,
  },
  quotes: {
    all: () => ['quotes'] as const,
    list: (params: object) => ['quotes', 'list', params] as const,
    one: (id: string) => ['quotes', id] as const,
  },
  quoteSettings: () => ['quote-settings'] as const,
  exchangeRates: () => ['exchange-rates'] as const,
  valueSummary: () => ['value-summary'] as const,

  products: {
    all: () => ['products'] as const,
    /** a page of the product list with these filters, or the price preview's picker */
    list: (filters: object) => ['products', filters] as const,
    one: (id: string) => ['products', 'one', id] as const,
  },
  /** custom fields defined for products (invalidating `customFields()` refreshes these too) */
  productFields: () => ['custom-fields', 'product'] as const,
  priceLists: {
    all: () => ['price-lists'] as const,
    items: (id: string, q: string) => ['price-lists', id, 'items', q] as const,
    /** a resolved price: product, customer, quantity, date */
    price: (params: object) => ['price-lists', 'price', params] as const,
  },
  events: {
    /** every event list, event, invitation list and result: a change refreshes them all */
    all: () => ['events'] as const,
    list: (past: boolean) => ['events', 'list', past] as const,
    one: (id: string) => ['events', 'one', id] as const,
    invitations: (id: string) => ['events', 'invitations', id] as const,
    results: (id: string) => ['events', 'results', id] as const,
  },
  campaigns: {
    /** every campaign list, campaign and result: a change refreshes them all */
    all: () => ['campaigns'] as const,
    list: () => ['campaigns', 'list'] as const,
    one: (id: string) => ['campaigns', 'one', id] as const,
    results: (id: string) => ['campaigns', 'results', id] as const,
    settings: () => ['campaign-settings'] as const,
  },
  /** overseas offices: lists, one office with people and leave, planning, hand-overs */
  offices: {
    all: () => ['offices'] as const,
    list: () => ['offices', 'list'] as const,
    one: (id: string) => ['offices', 'one', id] as const,
    planning: (id: string, params: object) => ['offices', 'planning', id, params] as const,
    playbook: (id: string) => ['offices', 'playbook', id] as const,
    handOvers: (params: object) => ['offices', 'hand-overs', params] as const,
    people: () => ['offices', 'people'] as const,
    holidays: (country: string, region: string | null, year: number, lang: string) =>
      ['offices', 'holidays', country, region, year, lang] as const,
  },
  tenders: {
    /** every tender list, tender and the analysis: a saved tender refreshes them all */
    all: () => ['tenders'] as const,
    list: (params: object) => ['tenders', 'list', params] as const,
    one: (id: string) => ['tenders', 'one', id] as const,
    analysis: (params: object) => ['tenders', 'analysis', params] as const,
    reasons: (includeInactive: boolean) => ['tender-reasons', includeInactive] as const,
    allReasons: () => ['tender-reasons'] as const,
  },
  templates: {
    /** every template list and template: a saved template refreshes them and their previews */
    all: () => ['templates'] as const,
    render: (id: string, contactId: string, language: string | undefined) =>
      ['templates', id, 'render', contactId, language ?? ''] as const,
    slots: (contactId: string) => ['send-slots', contactId] as const,
  },
  pipelines: () => ['pipelines'] as const,
  deals: {
    /** every deal list, board, forecast and deal page */
    all: () => ['deals'] as const,
    list: (filters: object) => ['deals', 'list', filters] as const,
    board: (pipelineId: string | undefined) => ['deals', 'board', pipelineId] as const,
    forecast: (params: object) => ['deals', 'forecast', params] as const,
    one: (id: string) => ['deals', 'one', id] as const,
  },

  feedback: {
    /** the summary, the rounds and a ticket's CSAT: a new round refreshes them all */
    all: () => ['feedback'] as const,
    summary: (params: object) => ['feedback', 'summary', params] as const,
    rounds: () => ['feedback', 'rounds'] as const,
    round: (id: string) => ['feedback', 'rounds', id] as const,
    /** a ticket's CSAT line, asked again when the ticket's status changes (solved plans it) */
    ticket: (id: string, status: string) => ['feedback', 'ticket', id, status] as const,
    /** the public survey page (no sign-in) */
    survey: (token: string) => ['feedback', 'survey', token] as const,
  },

  visits: {
    /** every visit list, a customer's service card and the rules: an outcome refreshes them all */
    all: () => ['visits'] as const,
    rules: () => ['visits', 'rules'] as const,
    list: (params: object) => ['visits', 'list', params] as const,
    /** a customer's service card: CSAT and visits */
    customer: (id: string) => ['visits', 'customer', id] as const,
  },

  imports: () => ['imports'] as const,
  import: (id: string) => ['import', id] as const,
  /** every page of the duplicate pairs, or one page */
  duplicates: (page?: number) =>
    page ? (['duplicates', page] as const) : (['duplicates'] as const),
  /** an invitation's passport data for its visa letter (the event owner's and admins') */
  visaLetter: (eventId: string, invitationId: string) =>
    ['visa-letter', eventId, invitationId] as const,
};
