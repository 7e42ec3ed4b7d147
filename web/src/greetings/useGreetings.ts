import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';

export type Greeting = ResponseOf<'/greetings'>['items'][number];

export const greetingKeys = { list: (days: number) => ['greetings', days] as const };

/** The occasions to greet in the next `days` days, customers in the caller's scope. */
export function useGreetings(days: number) {
  return useQuery({
    queryKey: greetingKeys.list(days),
    queryFn: () => unwrap(client.GET('/greetings', { params: { query: { days } } })),
  });
}
