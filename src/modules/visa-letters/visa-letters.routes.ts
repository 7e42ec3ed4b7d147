import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { LetterParams, PassportBody, VisaLetterOut } from './visa-letters.schemas.ts';
import type { VisaLettersService } from './visa-letters.service.ts';

const tags = ['events'];
const base = '/events/:id/invitations/:invitationId';

/** Passport data and the visa invitation letter of one invitation: the event's owner and admins. */
export function visaLettersRoutes(app: App, s: VisaLettersService): void {
  app.get(
    `${base}/passport`,
    {
      schema: {
        tags,
        summary:
          'The invitee’s passport data for their visa letter (the event’s owner and admins; 404 for others), the first expiry consulates accept and the day the data is deleted',
        params: LetterParams,
        response: { 200: VisaLetterOut, ...errorResponses },
      },
    },
    async (req) => s.get(requireScope(req), req.params.id, req.params.invitationId),
  );
  app.put(
    `${base}/passport`,
    {
      schema: {
        tags,
        summary:
          'Enter or change the invitee’s passport data: a known nationality, the number as [A-Z0-9]{5,20}, valid dates, and an expiry at least 6 months after the event',
        params: LetterParams,
        body: PassportBody,
        response: { 200: VisaLetterOut, ...errorResponses },
      },
    },
    async (req) => s.save(requireScope(req), req.params.id, req.params.invitationId, req.body),
  );
  app.delete(
    `${base}/passport`,
    {
      schema: {
        tags,
        summary: 'Delete the invitee’s passport data now (before the retention job would)',
        params: LetterParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await s.remove(requireScope(req), req.params.id, req.params.invitationId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    `${base}/visa-letter.pdf`,
    {
      schema: {
        tags,
        summary:
          'The visa invitation letter as PDF: in the invitee’s language and in English, on the workspace’s letterhead (409 `passport_missing` before passport data is entered)',
        params: LetterParams,
        response: {
          200: {
            description: 'application/pdf',
            content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } },
          },
          ...errorResponses,
          409: Type.Ref('Problem'),
        },
      },
    },
    async (req, reply) => {
      const { pdf, filename } = await s.pdf(
        requireScope(req),
        req.params.id,
        req.params.invitationId,
      );
      // A PDF, not a page: the app's CSP (object-src 'none') would keep browsers' PDF viewers out.
      reply.removeHeader('content-security-policy');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
