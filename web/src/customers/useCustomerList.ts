import { useInfiniteQuery } from '@tanstack/react-query';
import { client, unwrap } from '../api/client.ts';
import type { CustomerPage, CustomerQuery } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';

export type CustomerFilters = Omit<CustomerQuery, 'cursor' | 'limit'> & {
  /** a saved segment: the list is that segment's customers, with the other filters on top */
  segmentId?: string;
};

const PAGE = 200;

/** Pages through the server's cursor as the table scrolls; only loaded rows live in memory. */
export function useCustomerList(filters: CustomerFilters) {
  return useInfiniteQuery({
    queryKey: qk.customers.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => fetchPage(filters, pageParam, signal),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function fetchPage(
  filters: CustomerFilters,
  cursor: string | undefined,
  _signal: AbortSignal,
): Promise<CustomerPage> {
  const { segmentId, ...rest } = filters;
  const query = { ...rest, deleted: rest.deleted || undefined, cursor, limit: PAGE };
  return segmentId
    ? unwrap(client.GET('/segments/{id}/customers', { params: { path: { id: segmentId }, query } }))
    : unwrap(client.GET('/customers', { params: { query } }));
}
