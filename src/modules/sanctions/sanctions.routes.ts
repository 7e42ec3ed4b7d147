import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { newId } from '../../domain/ids.ts';
import { requireScope } from '../../http/authenticate.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
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

/**
 * The upload streams to a file of its own, which is always deleted once read: the list lives in
 * the database, and a refused file leaves nothing behind. Larger than the limit: 413.
 */
async function receive(req: FastifyRequest, dir: string, maxBytes: number) {
  if (!req.isMultipart()) throw AppError.validation([fieldError('/file', 'file_multipart')]);
  const fields: Record<string, string> = {};
  let file: { path: string; name: string } | null = null;
  let written: string | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 5 } })) {
      if (part.type === 'file') {
        const ext = extname(part.filename).toLowerCase();
        if (!ALLOWED.includes(ext)) {
          part.file.resume();
          throw AppError.validation([fieldError('/file', 'file_type', { name: part.filename })]);
        }
        written = join(dir, `sanctions-${newId()}${ext}`);
        await pipeline(part.file, createWriteStream(written));
        if (part.file.truncated)
          throw new AppError(413, 'Payload too large', 'The list file is larger than 200 MB', [
            fieldError('/file', 'file_too_large', {
              limit: `${Math.round(maxBytes / 1024 ** 2)} MB`,
            }),
          ]);
        file = { path: written, name: part.filename };
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
    if (!file) throw AppError.validation([fieldError('/file', 'required')]);
    return { file, fields };
  } catch (err) {
    if (written) await rm(written, { force: true });
    if (err instanceof AppError) throw err;
    req.log.info({ err }, 'malformed multipart body');
    throw AppError.validation([fieldError('/file', 'file_malformed')]);
  }
}

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
      const { file, fields } = await receive(req, uploadsDir, maxBytes);
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
