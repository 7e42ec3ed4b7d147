/**
 * The API's shapes as the web uses them, all derived from the generated schema (schema.gen.ts),
 * so a server change shows up here as a type error rather than at run time.
 */
import type { components, paths } from './schema.gen.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON a route answers with when it succeeds (200, or 201 for a create). */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;

/** The JSON body a route takes. */
export type BodyOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

/** The query parameters a route takes. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** One entry of a list answer's `items`. */
type Item<T> = T extends { items: (infer I)[] } ? I : never;

export type User = Item<ResponseOf<'/users'>>;
export type Role = BodyOf<'/users', 'post'>['role'];
export type Team = Item<ResponseOf<'/teams'>>;
export type Me = ResponseOf<'/me'>;
export type WorkspaceInfo = Me['workspace'];
export type ApiToken = Item<ResponseOf<'/me/tokens'>>;
export type Mailbox = Item<ResponseOf<'/mailboxes'>>;
export type MailboxBody = BodyOf<'/mailboxes', 'post'>;
export type SmtpAccount = Item<ResponseOf<'/smtp-accounts'>>;
export type SmtpAccountBody = BodyOf<'/smtp-accounts', 'post'>;
export type MailMessage = Item<ResponseOf<'/messages'>>;
export type WorkspaceSettings = ResponseOf<'/workspace'>;

export type Customer = ResponseOf<'/customers/{id}'>;
export type CustomerPage = ResponseOf<'/customers'>;
export type CustomerQuery = QueryOf<'/customers'>;
export type Stage = NonNullable<BodyOf<'/customers', 'post'>['stage']>;
export type Tier = NonNullable<BodyOf<'/customers', 'post'>['tier']>;
export type Contact = Item<ResponseOf<'/customers/{id}/contacts'>>;
export type CustomField = Item<ResponseOf<'/custom-fields'>>;
export type AuditEntry = Item<ResponseOf<'/audit-log'>>;
export type LeadForm = Item<ResponseOf<'/lead-forms'>>;
export type WebhookEndpoint = Item<ResponseOf<'/webhooks'>>;
export type WebhookDelivery = Item<ResponseOf<'/webhooks/{id}/deliveries'>>;
export type WebhookEventType = WebhookEndpoint['eventTypes'][number];

export type CountrySummary = Item<ResponseOf<'/countries'>>;
export type Bilingual = CountrySummary['name'];
export type CountryProfile = ResponseOf<'/countries/{code}'>;
export type Holiday = CountryProfile['holidays'][number];
export type SlowSeason = CountryProfile['slowSeasons'][number];
export type Comparison = ResponseOf<'/countries/compare'>;
export type PlaybookItem = Comparison['playbook']['items'][number];
export type Dimension = PlaybookItem['dimension'];
export type Scores = Comparison['a']['hofstede'];

export type ContactWindows = ResponseOf<'/customers/{id}/contact-windows'>;
export type DayStatus = ContactWindows['today'];
export type DayReason = DayStatus['reasons'][number];
export type ContactWindow = ContactWindows['days'][number]['windows'][number];
export type UpcomingHolidays = ResponseOf<'/dashboard/upcoming-holidays'>;
export type UpcomingHoliday = Item<UpcomingHolidays>;

export type Activity = Item<ResponseOf<'/activities'>>;
export type FollowUp = ResponseOf<'/follow-ups/{id}', 'patch'>;
export type InboxFollowUp = Item<ResponseOf<'/follow-ups'>>;
export type Inbox = ResponseOf<'/inbox'>;
export type Health = ResponseOf<'/customers/{id}/health'>;
export type Policy = Item<ResponseOf<'/cadence-policies'>>;

export type SavedSegment = Item<ResponseOf<'/segments'>>;
export type SegmentFilter = components['schemas']['SegmentFilter'];
export type FilterCondition = Exclude<SegmentFilter['conditions'][number], SegmentFilter>;
export type FieldCatalogue = ResponseOf<'/segments/fields'>;
export type CatalogueField = Item<FieldCatalogue>;

export type Order = ResponseOf<'/orders', 'post'>;
export type OrderPage = ResponseOf<'/orders'>;
export type OrderStatus = Order['status'];
export type CustomerOrders = ResponseOf<'/customers/{id}/orders'>;
export type Totals = CustomerOrders['totals'];
export type Rates = ResponseOf<'/exchange-rates'>;
export type RatesImport = ResponseOf<'/imports/exchange-rates', 'post'>;
export type ValueSummary = ResponseOf<'/value/summary'>;
export type ClassifyResult = ResponseOf<'/value/classify', 'post'>;

export type ImportJob = ResponseOf<'/imports/{id}'>;
export type ImportPreview = ResponseOf<'/imports/preview', 'post'>;
export type DuplicatePair = Item<ResponseOf<'/duplicates'>>;

export type Product = ResponseOf<'/products/{id}'>;
export type ProductPage = ResponseOf<'/products'>;
export type ProductQuery = QueryOf<'/products'>;
export type ProductBody = BodyOf<'/products', 'post'>;
export type ProductUnit = Product['unit'];
export type ProductPrice = ResponseOf<'/products/{id}/price'>;
export type PriceList = ResponseOf<'/price-lists/{id}'>;
export type PriceListBody = BodyOf<'/price-lists', 'post'>;
export type PriceListItem = Item<ResponseOf<'/price-lists/{id}/items'>>;
export type StakeholderItem = ResponseOf<'/stakeholders/{id}'>;
export type StakeholderBody = BodyOf<'/stakeholders', 'post'>;
export type LocalValueEntry = ResponseOf<'/local-value/{id}'>;
export type LocalValueBody = BodyOf<'/local-value', 'post'>;
