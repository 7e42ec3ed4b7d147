import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  MentionBody,
  MentionOut,
  MentionPatch,
  MentionQuery,
  SummaryOut,
  SummaryQuery,
} from './mentions.schemas.ts';
import type { MentionsService } from './mentions.service.ts';

export function mentionsRoutes(app: App, mentions: MentionsService): void {
  const tags = ['mentions'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };

  app.get(
    '/mentions',
    {
      schema: {
        tags,
        summary:
          'Mentions per market, newest first: all for managers and admins; for others those linked to their customers',
        querystring: MentionQuery,
        response: { 200: Type.Object({ items: Type.Array(MentionOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await mentions.list(requireScope(req), req.query) }),
  );
  app.get(
    '/mentions/summary',
    {
      schema: {
        tags,
        summary:
          'The reputation page of a country: mentions per month by sentiment, share of negative, top sources, the negative-mentions alert (managers and admins)',
        querystring: SummaryQuery,
        response: { 200: SummaryOut, ...errors },
      },
    },
    async (req) => mentions.summary(requireScope(req), req.query),
  );
  app.post(
    '/mentions',
    {
      schema: {
        tags,
        summary: 'Log a mention (managers and admins); the sentiment is suggested unless given',
        body: MentionBody,
        response: { 201: MentionOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await mentions.create(requireScope(req), req.body)),
  );
  app.get(
    '/mentions/:id',
    {
      schema: {
        tags,
        summary: 'A mention with the linked stakeholders and customers you can see',
        params: IdParams,
        response: { 200: MentionOut, ...errors },
      },
    },
    async (req) => mentions.get(requireScope(req), req.params.id),
  );
  app.patch(
    '/mentions/:id',
    {
      schema: {
        tags,
        summary:
          'Change a mention (managers and admins); `sentiment` sets the person’s value, null returns to the suggestion',
        params: IdParams,
        body: MentionPatch,
        response: { 200: MentionOut, ...errors },
      },
    },
    async (req) => mentions.update(requireScope(req), req.params.id, req.body),
  );
  app.delete(
    '/mentions/:id',
    {
      schema: {
        tags,
        summary: 'Delete a mention (managers and admins)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await mentions.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
