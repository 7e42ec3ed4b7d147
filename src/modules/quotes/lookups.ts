import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';

/**
 * What quotes need from products and deals, passed in by the composition root so this module
 * depends on neither (they are built alongside it). Each answers inside the caller's transaction.
 */
export interface ProductForQuote {
  sku: string;
  /** product name by language tag (`en`, `zh`, `pt`, …) */
  names: Record<string, string>;
  unit: string | null;
  hsCode: string | null;
  active: boolean;
}

export interface ProductLookup {
  productForQuote(
    tx: Executor,
    workspaceId: string,
    productId: string,
  ): Promise<ProductForQuote | undefined>;
}

export interface DealLookup {
  /** the deal when the scope may see it, with the customer it belongs to */
  dealVisible(
    tx: Executor,
    scope: Scope,
    dealId: string,
  ): Promise<{ customerId: string } | undefined>;
}
