import type { JobKind } from '../jobs/job-kind.ts';
import type { QuoteFlowService } from './quote-flow.service.ts';

export const EXPIRE_JOB = 'quotes.expire';

/**
 * Hourly: sent quotes whose validity date has ended in the customer's zone are marked expired
 * and audited. Readers never wait for it: a sent quote past its expiry already reads as expired.
 */
export function expireJobKind(flow: QuoteFlowService): JobKind {
  return {
    kind: EXPIRE_JOB,
    run: async () => {
      await flow.expireDue();
    },
  };
}
