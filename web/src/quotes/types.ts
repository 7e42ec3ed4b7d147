import type { ResponseOf, BodyOf } from '../api/models.ts';

export {
  INCOTERMS,
  PAYMENT_EVENTS,
  PAYMENT_EVENTS_WITH_DAYS,
  QUOTE_KINDS,
  QUOTE_STATUSES,
  SEA_INCOTERMS,
  type QuoteKind,
  type QuoteStatus,
} from '../../../src/domain/enums.ts';
export { QUOTE_LANGUAGES } from '../../../src/domain/sales/quote-labels/index.ts';
export { quoteTotals } from '../../../src/domain/sales/quote-totals.ts';

export type Quote = ResponseOf<'/quotes/{id}'>;
export type QuoteBody = BodyOf<'/quotes', 'post'>;
export type QuoteListItem = ResponseOf<'/quotes'>['items'][number];

export const STATUS_COLOR: Record<Quote['status'], string> = {
  draft: 'default',
  sent: 'blue',
  accepted: 'green',
  declined: 'red',
  expired: 'orange',
  superseded: 'default',
};
