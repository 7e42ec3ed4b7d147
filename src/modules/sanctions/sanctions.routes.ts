import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { receiveFile } from '../../http/upload.ts';
import {
  DecisionBody,
  ListOut,
  ReviewList,
  ReviewOut,
  ReviewQuery,
  ScreenBody,
  ScreenOut,
  UploadOut,
} from './sanctions.schemas.ts';
import type { SanctionsService } from './sanctions.service.ts';

/** The official files are tens of megabytes (OFAC's sdn.xml about 30 MB); 200 MB is ample. */
export const MAX_LIST_BYTES = 200 * 1024 ** 2;
const ALLOWED = ['.csv', '.xml', '.txt'];
const adminErrors = { ...errorResponses, 403: Type.Ref('Problem') };

/** Mounted after the imports routes, which register the multipart parser on the API. */
export function sanctionsRoutes(
  app: App,
  sanctions: SanctionsService,
  uploadsDir: string,
  maxBytes = MAX_LIST_BYTES,
): void {
  mkdirSync(uploadsDir, { recursive: true });
  const tags = ['sanctions'];

  app.post(
    '/sanctions/lists',
    {
      schema: {
        tags,
        summary: 'Import a sanctions list file (multipart: file, format, name) — admin',
        description:
          '`format` = ofac-sdn-csv | ofac-sdn-xml | eu-xml | un-xml | csv; `name` (optional) tells own lists apart. An upload of a list already held replaces it in one transaction; its new and changed entries are re-screened in the background.',
        consumes: ['multipart/form-data'],
        response: { 201: UploadOut, 413: Type.Ref('Problem'), ...adminErrors },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      // The upload streams to a file of its own, always deleted once read: the list lives in the
      // database, and a refused file leaves nothing behind.
      const { file, fields } = await receiveFile(req, {
        dir: uploadsDir,
        maxBytes,
        allowed: ALLOWED,
        prefix: 'sanctions',
      });
      // The file is read into the database and deleted before the answer goes out.
      let out;
      try {
        out = await sanctions.upload(scope, {
          filePath: file.path,
          fileName: file.name,
          format: fields.format,
          name: fields.name,
        });
      } finally {
        await rm(file.path, { force: true });
      }
      return reply.code(201).send(out);
    },
  );

  app.get(
    '/sanctions/lists',
    {
      schema: {
        tags,
        summary: 'The imported lists with their publication dates and entry counts (admin)',
        response: { 200: Type.Object({ items: Type.Array(ListOut) }), ...adminErrors },
      },
    },
    async (req) => sanctions.lists(requireScope(req)),
  );

  app.post(
    '/sanctions/screen',
    {
      schema: {
        tags,
        summary: 'Screen one name against the lists (any signed-in user)',
        body: ScreenBody,
        response: { 200: ScreenOut, ...errorResponses },
      },
    },
    async (req) => sanctions.screen(requireScope(req), req.body),
  );

  app.get(
    '/sanctions/reviews',
    {
      schema: {
        tags,
        summary: 'The review queue of hits, newest first (admin)',
        querystring: ReviewQuery,
        response: { 200: ReviewList, ...adminErrors },
      },
    },
    async (req) => sanctions.reviews(requireScope(req), req.query),
  );

  app.post(
    '/sanctions/reviews/:id/decision',
    {
      schema: {
        tags,
        summary:
          'Confirm a hit (the customer is blocked from quotes and orders; a reason is required) or dismiss it as a false positive (admin)',
        params: IdParams,
        body: DecisionBody,
        response: { 200: ReviewOut, ...adminErrors },
      },
    },
    async (req) => sanctions.decide(requireScope(req), req.params.id, req.body),
  );
}
