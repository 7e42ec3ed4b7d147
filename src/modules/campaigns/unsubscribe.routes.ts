import { errorResponses, type App } from '../../http/types.ts';
import { TokenParams, UnsubscribeOut } from './campaigns.schemas.ts';
import type { UnsubscribeService } from './unsubscribe.service.ts';

const tags = ['campaigns'];

/**
 * The public unsubscribe link. Registered in its own plugin so the form-encoded body a mail
 * client's one-click POST carries (`List-Unsubscribe=One-Click`, RFC 8058) is accepted here and
 * nowhere else; the body is not needed, the token is the whole request.
 */
export async function unsubscribeRoutes(app: App, unsubscribe: UnsubscribeService): Promise<void> {
  await app.register(async (pub: App) => {
    pub.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    pub.get(
      '/public/unsubscribe/:token',
      {
        config: { public: true },
        schema: {
          tags,
          summary:
            'Public: the unsubscribe page’s texts in the contact’s language; changes nothing',
          params: TokenParams,
          response: { 200: UnsubscribeOut, ...errorResponses },
        },
      },
      async (req) => unsubscribe.view(req.params.token),
    );
    pub.post(
      '/public/unsubscribe/:token',
      {
        config: { public: true },
        schema: {
          tags,
          summary:
            'Public: unsubscribe the contact from every campaign (the page’s button, or a mail client’s one-click POST, RFC 8058)',
          params: TokenParams,
          response: { 200: UnsubscribeOut, ...errorResponses },
        },
      },
      async (req) => unsubscribe.confirm(req.params.token),
    );
  });
}
