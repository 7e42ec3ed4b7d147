import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { newId } from '../../domain/ids.ts';
import { requireScope } from '../../http/authenticate.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { errorResponses, RowError, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import { Rates } from '../orders/value.routes.ts';
import type { ImportsService } from './imports.service.ts';

const Counts = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  merged: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Integer(),
});
const ImportOut = Type.Object({
  id: Type.String(),
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
  ]),
  entity: Type.String(),
  dryRun: Type.Boolean(),
  fileName: Type.String(),
  source: Type.Union([Type.String(), Type.Null()]),
  rowsDone: Type.Integer(),
  progress: Type.Number({ description: 'share of the file read, 0–1' }),
  counts: Counts,
  errors: Type.Array(RowError, {
    description: 'the first 200 problems; all of them in errors.csv',
  }),
  error: Type.Union([Type.String(), Type.Null()]),
  createdBy: Type.String({ description: 'the id of the user who ran the import' }),
  createdByName: Type.Union([Type.String(), Type.Null()], {
    description: 'their name; null when the user no longer exists',
  }),
  createdAt: Type.String({ description: 'when the import was started (UTC instant)' }),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  sanctionsHits: Type.Optional(
    Type.Array(
      Type.Object({
        reviewId: Type.String(),
        customerId: Type.String(),
        customerName: Type.String(),
        subjectName: Type.String({ description: 'the customer’s or contact’s name that matched' }),
        entryName: Type.String({ description: 'the sanctions list entry’s name' }),
        score: Type.Number(),
      }),
      {
        description:
          'one customer import’s report: its new customers and contacts that matched a sanctions list (first 200; all in the review queue)',
      },
    ),
  ),
});

const MAX_BYTES = 2 * 1024 ** 3;
const ALLOWED = ['.csv', '.txt', '.tsv', '.xlsx'];

/**
 * Reads the multipart form: the file streams to disk, the other fields are collected. A form
 * that is rejected or breaks off leaves nothing behind in the uploads folder; a body that is not
 * a well-formed multipart form is a 400 (`file_malformed`), never a 500.
 */
async function receive(req: FastifyRequest, dir: string) {
  if (!req.isMultipart()) throw AppError.validation([fieldError('/file', 'file_multipart')]);
  const fields: Record<string, string> = {};
  let file: { path: string; name: string } | null = null;
  let written: string | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const ext = extname(part.filename).toLowerCase();
        if (!ALLOWED.includes(ext)) {
          part.file.resume();
          throw AppError.validation([fieldError('/file', 'file_type', { name: part.filename })]);
        }
        written = join(dir, `${newId()}${ext}`);
        await pipeline(part.file, createWriteStream(written));
        if (part.file.truncated)
          throw AppError.validation([fieldError('/file', 'file_too_large', { limit: '2 GB' })]);
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

/** Runs `use` with the uploaded file and deletes the file when `use` fails or `always` is set. */
async function withUpload<T>(path: string, use: () => Promise<T>, always = false): Promise<T> {
  let failed = true;
  try {
    const result = await use();
    failed = false;
    return result;
  } finally {
    if (failed || always) await rm(path, { force: true });
  }
}

function parseJson(value: string | undefined, path: string): unknown {
  if (value === undefined || value === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw AppError.validation([fieldError(path, 'json')]);
  }
}

export async function importsRoutes(
  app: App,
  imports: ImportsService,
  uploadsDir: string,
): Promise<void> {
  mkdirSync(uploadsDir, { recursive: true });
  await app.register(multipart, { limits: { fileSize: MAX_BYTES, files: 1, fields: 20 } });
  const tags = ['imports'];

  app.post(
    '/imports',
    {
      schema: {
        tags,
        summary:
          'Upload a customer, order or product list (multipart: file, entity, dryRun, mapping, source, country, priceListId)',
        description:
          'Starts the import and answers at once; poll GET /imports/{id} for progress. Fields: `file` (CSV in any common encoding and delimiter, or XLSX), `entity` = customers (default), orders or products, optional `dryRun` = true, `mapping` (JSON: header → target), `source` (e.g. "trade show: Canton Fair 2026"; its mapping is remembered), `country` (ISO code for rows without one), `tags` (comma-separated), `priceListId` (products: the price list a unit-price column fills; required when one is mapped). Products are matched by SKU and imported by admins and managers only.',
        consumes: ['multipart/form-data'],
        response: { 202: ImportOut, ...errorResponses },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      const { file, fields } = await receive(req, uploadsDir);
      // Once started, the import owns the file (the runner deletes it when it ends); a rejected
      // start deletes it here.
      const job = await withUpload(file.path, async () => {
        const mapping = parseJson(fields.mapping, '/mapping');
        if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null))
          throw AppError.validation([fieldError('/mapping', 'mapping_object')]);
        return imports.start(scope, {
          filePath: file.path,
          fileName: file.name,
          entity: fields.entity ?? 'customers',
          dryRun: fields.dryRun === 'true' || fields.dryRun === '1',
          mapping: mapping as Record<string, string | null> | undefined,
          source: fields.source ?? null,
          country: fields.country ?? null,
          priceListId: fields.priceListId ?? null,
          tags: fields.tags
            ? fields.tags
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean)
            : [],
        });
      });
      return reply.code(202).send(job);
    },
  );

  app.post(
    '/imports/preview',
    {
      schema: {
        tags,
        summary: 'Read a file’s headers and first rows and propose a column mapping',
        consumes: ['multipart/form-data'],
        response: {
          200: Type.Object({
            format: Type.String(),
            encoding: Type.Union([Type.String(), Type.Null()]),
            delimiter: Type.Union([Type.String(), Type.Null()]),
            headers: Type.Array(Type.String()),
            mapping: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()])),
            mappingFrom: Type.String(),
            targets: Type.Array(Type.String(), { description: 'what a column can be mapped to' }),
            sample: Type.Array(Type.Array(Type.String())),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const scope = requireScope(req);
      const { file, fields } = await receive(req, uploadsDir);
      // The preview only reads the head; the real upload comes with POST /imports.
      return withUpload(
        file.path,
        () =>
          imports.preview(scope, file.path, fields.entity ?? 'customers', fields.source ?? null),
        true,
      );
    },
  );

  app.post(
    '/imports/exchange-rates',
    {
      schema: {
        tags,
        summary: 'Import exchange rates from a sheet (admin; multipart: file)',
        description:
          'Columns currency, valid from and rate (units of the reporting currency per unit), found by header in English or Chinese (货币, 日期, 汇率) or taken in that order. Good rows are added, replacing a rate for the same currency and date; bad rows are reported.',
        consumes: ['multipart/form-data'],
        response: {
          200: Type.Object({
            added: Type.Integer(),
            replaced: Type.Integer(),
            rejected: Type.Integer(),
            errors: Type.Array(RowError),
            reportingCurrency: Type.String(),
            items: Rates.properties.items,
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const scope = requireScope(req);
      const { file } = await receive(req, uploadsDir);
      return withUpload(file.path, () => imports.importRates(scope, file.path), true);
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Your imports (all of them for admins), newest first',
        response: { 200: Type.Object({ items: Type.Array(ImportOut) }), ...errorResponses },
      },
    },
    async (req) => imports.list(requireScope(req)),
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'An import’s status, counts and first problems',
        params: IdParams,
        response: { 200: ImportOut, ...errorResponses },
      },
    },
    async (req) => imports.get(requireScope(req), req.params.id),
  );

  app.get(
    '/imports/:id/errors.csv',
    {
      schema: {
        tags,
        summary: 'The rejected rows as read, with a reason column (UTF-8 with BOM for Excel)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const csv = await imports.errorsCsv(requireScope(req), req.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${req.params.id}-errors.csv"`)
        .send(csv);
    },
  );
}
