import { useInfiniteQuery } from '@tanstack/react-query';
import { client, unwrap } from '../api/client.ts';
import type { ProductQuery } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';

export type ProductFilters = Omit<ProductQuery, 'cursor' | 'limit'>;

const PAGE = 100;

/** The catalogue by SKU, a page at a time. */
export function useProductList(filters: ProductFilters) {
  return useInfiniteQuery({
    queryKey: qk.products.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/products', {
          params: { query: { ...filters, cursor: pageParam, limit: PAGE } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Admins and managers change the catalogue and the price lists; reps read them. */
export function useMayEditCatalogue(): boolean {
  return useSession().user.role !== 'rep';
}
