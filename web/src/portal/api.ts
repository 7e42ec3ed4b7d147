import { client, unwrap } from '../api/client.ts';

export const portalKeys = {
  ticket: (token: string, lang?: string) => ['portal', 'ticket', token, lang ?? ''] as const,
  form: (workspace: string, key: string, lang?: string) =>
    ['portal', 'form', workspace, key, lang ?? ''] as const,
};

export const fetchPublicTicket = (token: string, lang?: string) =>
  unwrap(
    client.GET('/public/tickets/{token}', {
      params: { path: { token }, query: lang ? { lang } : {} },
    }),
  );
export type PublicTicket = Awaited<ReturnType<typeof fetchPublicTicket>>;

export const fetchPublicForm = (workspace: string, key: string, lang?: string) =>
  unwrap(
    client.GET('/public/ticket-forms/{workspace}/{key}', {
      params: { path: { workspace, key }, query: lang ? { lang } : {} },
    }),
  );

/** A language's own name ("Español", "العربية"), for the language choice. */
export function autonym(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
