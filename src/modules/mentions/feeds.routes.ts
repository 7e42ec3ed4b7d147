import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { FEED_MAX_BYTES } from './feed-fetch.ts';
import { FeedBody, FeedOut, FeedPatch, FetchOut, WatchNames } from './feeds.schemas.ts';
import type { FeedsService } from './feeds.service.ts';

/** Mounted after the imports routes, which register the multipart parser on the API. */
export function feedsRoutes(app: App, feeds: FeedsService): void {
  const tags = ['mentions'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };

  app.get(
    '/feeds',
    {
      schema: {
        tags,
        summary: 'RSS/Atom feeds per market (managers and admins)',
        querystring: Type.Object(
          { country: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(FeedOut) }), ...errors },
      },
    },
    async (req) => ({
      items: await feeds.list(requireScope(req), req.query.country?.toUpperCase()),
    }),
  );
  app.post(
    '/feeds',
    {
      schema: {
        tags,
        summary: 'Add a feed for a market (managers and admins)',
        body: FeedBody,
        response: { 201: FeedOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await feeds.create(requireScope(req), req.body)),
  );
  app.get(
    '/feeds/names',
    {
      schema: {
        tags,
        summary: 'The company’s and brands’ names feed items are matched on',
        response: { 200: WatchNames, ...errors },
      },
    },
    async (req) => feeds.names(requireScope(req)),
  );
  app.put(
    '/feeds/names',
    {
      schema: {
        tags,
        summary: 'Set the names feed items are matched on, in every script (managers and admins)',
        body: WatchNames,
        response: { 200: WatchNames, ...errors },
      },
    },
    async (req) => feeds.setNames(requireScope(req), req.body),
  );
  app.get(
    '/feeds/:id',
    {
      schema: {
        tags,
        summary: 'A feed and its last read',
        params: IdParams,
        response: { 200: FeedOut, ...errors },
      },
    },
    async (req) => feeds.get(requireScope(req), req.params.id),
  );
  app.patch(
    '/feeds/:id',
    {
      schema: {
        tags,
        summary: 'Change a feed (managers and admins)',
        params: IdParams,
        body: FeedPatch,
        response: { 200: FeedOut, ...errors },
      },
    },
    async (req) => feeds.update(requireScope(req), req.params.id, req.body),
  );
  app.delete(
    '/feeds/:id',
    {
      schema: {
        tags,
        summary: 'Delete a feed (its mentions stay)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await feeds.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/feeds/:id/fetch',
    {
      schema: {
        tags,
        summary: 'Read the feed’s URL now (10 s, 5 MB at most); a failure is told, not thrown',
        params: IdParams,
        response: { 200: FetchOut, ...errors },
      },
    },
    async (req) => feeds.fetchNow(requireScope(req), req.params.id),
  );
  app.post(
    '/feeds/:id/upload',
    {
      schema: {
        tags,
        summary: 'Read an uploaded feed file (multipart: file; RSS 2.0 or Atom, 5 MB at most)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: FetchOut, 413: Type.Ref('Problem'), ...errors },
      },
    },
    async (req) => {
      const scope = requireScope(req);
      await feeds.get(scope, req.params.id); // 403/404 before the body is read
      if (!req.isMultipart()) throw AppError.validation([fieldError('/file', 'file_multipart')]);
      let xml: string;
      try {
        const part = await req.file({ limits: { fileSize: FEED_MAX_BYTES, files: 1 } });
        if (!part) throw AppError.validation([fieldError('/file', 'required')]);
        const buf = await part.toBuffer();
        xml = buf.toString('utf8');
      } catch (err) {
        if (err instanceof AppError) throw err;
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError(413, 'Payload too large', 'The feed file is larger than 5 MB', [
            fieldError('/file', 'file_too_large', { limit: '5 MB' }),
          ]);
        req.log.info({ err }, 'malformed multipart body');
        throw AppError.validation([fieldError('/file', 'file_malformed')]);
      }
      return feeds.upload(scope, req.params.id, xml);
    },
  );
}
