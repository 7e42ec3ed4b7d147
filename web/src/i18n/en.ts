import { enReputation } from './en.reputation.ts';
import { enIncidents } from './en.incidents.ts';
import { enInsight } from './en.insight.ts';
import { enEscalations } from './en.escalations.ts';
import { enCampaigns } from './en.campaigns.ts';
import { enEvents } from './en.events.ts';
import { enPortal } from './en.portal.ts';
import { enLoyalty } from './en.loyalty.ts';
import { enProducts } from './en.products.ts';
import { enAutomations } from './en.automations.ts';
import { enHolidayNames } from './en.holidayNames.ts';
import { enAdmin } from './en.admin.ts';
import { enJobs } from './en.jobs.ts';
import { enSanctions } from './en.sanctions.ts';
import { enStakeholders } from './en.stakeholders.ts';
import { enLocalValue } from './en.local-value.ts';
import { enSustainability } from './en.sustainability.ts';
import { enErrors } from './en.errors.ts';
import { enMarkets } from './en.markets.ts';
import { enMessages } from './en.messages.ts';
import { enImports } from './en.imports.ts';
import { enDuplicates } from './en.duplicates.ts';
import { enSegments } from './en.segments.ts';
import { enValue } from './en.value.ts';
import { enOffices } from './en.offices.ts';
import { enRisk } from './en.risk.ts';
import { enChurn } from './en.churn.ts';
import { enChurnModel } from './en.churn-model.ts';
import { enTimeZone } from './en.timezone.ts';
import { enPolicies } from './en.policies.ts';
import { enFirstContact } from './en.first-contact.ts';
import { enZones } from './en.zones.ts';
import { enPhone } from './en.phone.ts';
import { enAccuracy } from './en.accuracy.ts';
import { enSmtpAccounts } from './en.smtp-accounts.ts';
import { enDelivery } from './en.delivery.ts';
import { enWebhooks } from './en.webhooks.ts';
import { enPool } from './en.pool.ts';
import { enQuotes } from './en.quotes.ts';
import { enTickets } from './en.tickets.ts';
import { enFeedback } from './en.feedback.ts';
import { enVisits } from './en.visits.ts';
import { enTenders } from './en.tenders.ts';
import { enMail } from './en.mail.ts';
import { enOutbox } from './en.outbox.ts';
import { enDeals } from './en.deals.ts';
import { enTemplates } from './en.templates.ts';
import { enGreetings } from './en.greetings.ts';
import { enVisaLetters } from './en.visa-letters.ts';

const enCore = {
  app: { name: 'Chuhai', tagline: 'Overseas customer management' },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    create: 'Create',
    edit: 'Edit',
    delete: 'Delete',
    restore: 'Restore',
    confirmDelete: 'Delete this?',
    yes: 'Yes',
    no: 'No',
    loading: 'Loading…',
    retry: 'Retry',
    none: '—',
    all: 'All',
    actions: 'Actions',
    saved: 'Saved',
    deleted: 'Deleted',
    loadFailed: 'Could not load data',
    required: 'Required',
    search: 'Search',
    clearFilters: 'Clear filters',
    language: 'Language',
  },
  nav: {
    groups: { customers: 'Customers', sales: 'Sales', markets: 'Markets', service: 'Service' },
    tickets: 'Tickets',
    feedback: 'Feedback',
    surveys: 'NPS rounds',
    slaPolicies: 'SLA policies',
    escalationRules: 'Escalation rules',
    ticketForms: 'Ticket forms',
    quoteSettings: 'Quote settings',
    workspace: 'Workspace',
    dashboard: 'Today',
    countries: 'Countries & culture',
    customers: 'Customers',
    products: 'Products',
    priceLists: 'Price lists',
    admin: 'Administration',
    users: 'Users',
    teams: 'Teams',
    customFields: 'Custom fields',
    policies: 'Cadence policies',
    segments: 'Segments',
    imports: 'Import',
    duplicates: 'Duplicates',
    value: 'Orders & value',
    offices: 'Offices abroad',
    risk: 'Risk',
    deals: 'Deals',
    leadForms: 'Web forms',
    pool: 'Shared pool',
    greetings: 'Greetings',
    poolSettings: 'Shared pool rule',
    audit: 'Audit log',
    jobs: 'Background jobs',
    sanctions: 'Sanctions screening',
    automations: 'Automation rules',
    webhooks: 'Webhooks',
    quotes: 'Quotes & PIs',
    profile: 'My profile',
    signOut: 'Sign out',
    apiDocs: 'API docs',
  },
  login: {
    title: 'Sign in to Chuhai',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    incorrect: 'Email or password is incorrect.',
    tooMany: 'Too many failed attempts. Wait a minute and try again.',
    demo: 'Demo workspace: admin@demo.chuhai.dev / chuhai-demo-2026',
  },
  roles: { admin: 'Admin', manager: 'Manager', rep: 'Sales rep', agent: 'Service agent' },
  stages: {
    lead: 'Lead',
    prospect: 'Prospect',
    customer: 'Customer',
    partner: 'Partner',
    churned: 'Churned',
  },
  customers: {
    title: 'Customers',
    new: 'New customer',
    searchPlaceholder: 'Search name in any script, pinyin, domain, email or phone',
    trash: 'Trash',
    showTrash: 'Show trash',
    columns: 'Columns',
    loaded: '{{count}} loaded',
    loadedAll: 'All {{count}} shown',
    loadingMore: 'Loading more…',
    empty: 'No customers yet. Create the first one, or import a list.',
    emptyFiltered: 'No customers match these filters.',
    emptyTrash: 'The trash is empty.',
    created: 'Customer created',
    movedToTrash: 'Moved to the trash. You can restore it from the trash.',
    restored: 'Customer restored',
    deleteConfirm: 'Move this customer to the trash?',
    notFound: 'This customer does not exist or is not yours to see.',
    backToList: 'Back to customers',
    inTrash: 'This customer is in the trash.',
    profile: 'Profile',
    customFields: 'Custom fields',
    localTime: 'Local time',
    localTimeUnknown: 'Set a time zone to see the local time.',
    localAhead: '{{hours}} h ahead of you ({{zone}})',
    localBehind: '{{hours}} h behind you ({{zone}})',
    localSame: 'Same time as you ({{zone}})',
    workingHours: 'Within usual office hours (09:00–18:00)',
    outsideHours: 'Outside usual office hours (09:00–18:00)',
    fields: {
      name: 'Company name',
      nativeName: 'Native name',
      country: 'Country / region',
      region: 'State / province',
      city: 'City',
      website: 'Website',
      domain: 'Domain',
      industry: 'Industry',
      foundedOn: 'Founded on',
      customerSince: 'Customer since',
      datePlaceholder: 'YYYY-MM-DD',
      size: 'Company size',
      languages: 'Languages',
      timeZone: 'Time zone',
      currency: 'Currency',
      stage: 'Stage',
      tier: 'Tier',
      tags: 'Tags',
      source: 'Source',
      owner: 'Owner',
      team: 'Team',
      createdAt: 'Created',
      updatedAt: 'Updated',
    },
    hints: {
      timeZone: 'Defaults from the country when it has a single time zone',
      currency: 'Defaults from the country',
      languages: 'BCP 47 tags, e.g. de, pt-BR, ar',
    },
  },
  contacts: {
    title: 'Contacts',
    add: 'Add contact',
    edit: 'Edit contact',
    empty: 'No contacts yet.',
    primary: 'Primary',
    left: 'Left {{date}}',
    deleteConfirm: 'Delete this contact?',
    fields: {
      firstName: 'First name',
      lastName: 'Last name',
      nativeName: 'Name in native script',
      title: 'Job title',
      emails: 'Emails',
      phones: 'Phones',
      phonesHint:
        'Type as dialled locally, e.g. 11 91234-5678 for Brazil; saved in international format',
      whatsapp: 'WhatsApp',
      wechat: 'WeChat',
      line: 'LINE',
      telegram: 'Telegram',
      preferredLanguage: 'Preferred language',
      preferredChannel: 'Preferred channel',
      birthday: 'Birthday',
      birthdayHint: 'MM-DD, or YYYY-MM-DD if the year is known',
      leftAt: 'Left the company on',
      leftAtHint:
        'YYYY-MM-DD; empty while they are still there. A primary contact who left is a churn risk reason.',
      primary: 'Primary contact',
    },
    channels: {
      email: 'Email',
      phone: 'Phone',
      whatsapp: 'WhatsApp',
      wechat: 'WeChat',
      line: 'LINE',
      telegram: 'Telegram',
      visit: 'Visit',
    },
  },
  profile: {
    title: 'My profile',
    language: 'Interface language',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    passwordChanged: 'Password changed',
    revokeTokens: 'Also revoke my API tokens',
    otherSessionsEnd: 'Your other signed-in devices are signed out; this one stays.',
    tokens: 'API tokens',
    tokensHint: 'For scripts and integrations: send as “Authorization: Bearer <token>”.',
    tokenName: 'Token name',
    createToken: 'Create token',
    tokenCreated: 'Copy this token now. It will not be shown again.',
    revoke: 'Revoke',
    revoked: 'Revoked',
    lastUsed: 'Last used',
    never: 'Never',
  },
};

export const en = {
  ...enCore,
  ...enEscalations,
  ...enAdmin,
  ...enJobs,
  ...enSanctions,
  ...enStakeholders,
  ...enIncidents,
  ...enReputation,
  ...enLocalValue,
  ...enSustainability,
  ...enAutomations,
  ...enErrors,
  ...enMarkets,
  ...enSegments,
  ...enImports,
  ...enDuplicates,
  ...enValue,
  ...enRisk,
  ...enInsight,
  ...enChurn,
  ...enChurnModel,
  ...enOffices,
  ...enHolidayNames,
  ...enTimeZone,
  ...enPolicies,
  ...enFirstContact,
  ...enZones,
  ...enPhone,
  ...enAccuracy,
  ...enWebhooks,
  ...enSmtpAccounts,
  ...enDelivery,
  ...enPool,
  ...enGreetings,
  ...enProducts,
  ...enQuotes,
  ...enTenders,
  ...enEvents,
  ...enCampaigns,
  ...enTickets,
  ...enPortal,
  ...enFeedback,
  ...enVisits,
  ...enMail,
  ...enOutbox,
  ...enDeals,
  ...enTemplates,
  ...enLoyalty,
  ...enVisaLetters,
  ...enMessages,
};

export type Messages = typeof en;
export type CoreMessages = typeof enCore;
