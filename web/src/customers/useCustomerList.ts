import { useInfiniteQuery } from '@tanstack/react-query';
import { get, query } from '../api/client.ts';
import type { Customer, Page } from '../api/types.ts';

export interface CustomerFilters {
  /** a saved segment: the list is that segment's customers, with the other filters on top */
  segmentId?: string;
  q?: string;
  country?: string;
  stage?: string;
  tier?: string;
  ownerId?: string;
  teamId?: string;
  tag?: string;
  deleted?: boolean;
  sort?: 'newest' | 'health';
  healthBelow?: number;
}

const PAGE = 200;

/** Pages through the server's cursor as the table scrolls; only loaded rows live in memory. */
export function useCustomerList(filters: CustomerFilters) {
  return useInfiniteQuery({
    queryKey: ['customers', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => fetchPage(filters, pageParam, signal),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function fetchPage(
  filters: CustomerFilters,
  cursor: string | undefined,
  _signal: AbortSignal,
): Promise<Page<Customer>> {
  const { segmentId, ...rest } = filters;
  const path = segmentId ? `/segments/${segmentId}/customers` : '/customers';
  return get<Page<Customer>>(
    `${path}${query({ ...rest, deleted: rest.deleted || undefined, cursor, limit: PAGE })}`,
  );
}
