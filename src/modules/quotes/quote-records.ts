import type { Executor } from '../../db/dialect.ts';
import { quotesRepository } from './quotes.repository.ts';

/** What other modules may ask of quotes, inside the caller's transaction. */
export const quoteRecords = {
  /**
   * The quotes (number and revision, at most five named) with a line of this product: a product
   * on a quote is retired, not deleted, so the quote's history keeps what it offered.
   */
  usingProduct: (db: Executor, workspaceId: string, productId: string) =>
    quotesRepository.usingProduct(db, workspaceId, productId, 5),
};
