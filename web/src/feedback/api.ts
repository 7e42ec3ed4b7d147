import { client, unwrap } from '../api/client.ts';

export const GROUPS = ['country', 'tier', 'owner', 'month', 'product'] as const;
export type Group = (typeof GROUPS)[number];

export const fetchSummary = (query: { groupBy: Group; from?: string; to?: string }) =>
  unwrap(client.GET('/feedback/summary', { params: { query } }));
export type Summary = Awaited<ReturnType<typeof fetchSummary>>;
export type SummaryRow = Summary['items'][number];

export const fetchRounds = () => unwrap(client.GET('/surveys'));
export type Round = Awaited<ReturnType<typeof fetchRounds>>['items'][number];
export const fetchRound = (id: string) =>
  unwrap(client.GET('/surveys/{id}', { params: { path: { id } } }));

export const fetchPublicSurvey = (token: string) =>
  unwrap(client.GET('/public/surveys/{token}', { params: { path: { token } } }));
export type PublicSurvey = Awaited<ReturnType<typeof fetchPublicSurvey>>;

/** A language tag named in the reader's language: "Spanish (es)", "西班牙语 (es)". */
export function languageLabel(tag: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
