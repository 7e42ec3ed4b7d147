import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf, ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';

export type Programme = ResponseOf<'/loyalty/programme'>;
export type ProgrammeBody = BodyOf<'/loyalty/programme', 'put'>;
export type CustomerLoyalty = ResponseOf<'/customers/{id}/loyalty'>;

export const useProgramme = () =>
  useQuery({
    queryKey: qk.loyalty.programme(),
    queryFn: () => unwrap(client.GET('/loyalty/programme')),
    staleTime: 60_000,
  });

/** A tier's name in the reader's language, else English, else its code. */
export const tierName = (t: { key: string; names: Record<string, string> }, lang: string) =>
  t.names[lang] ?? t.names.en ?? t.key;
