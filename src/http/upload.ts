import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { newId } from '../domain/ids.ts';
import { AppError, fieldError } from './errors.ts';

export interface UploadRule {
  /** where the file is streamed to (the caller deletes it once read) */
  dir: string;
  maxBytes: number;
  /** the extensions taken, lower case with the dot */
  allowed: string[];
  /** the stored file's name prefix, saying what it is */
  prefix: string;
}

/**
 * One file from a multipart body, streamed to a file of its own, with the form's text fields.
 * A file of another type is refused (400) before a byte is written; larger than the limit: 413;
 * either way, and on a malformed body, nothing is left on disk.
 */
export async function receiveFile(req: FastifyRequest, rule: UploadRule) {
  if (!req.isMultipart()) throw AppError.validation([fieldError('/file', 'file_multipart')]);
  const fields: Record<string, string> = {};
  let file: { path: string; name: string } | null = null;
  let written: string | null = null;
  const limit = `${Math.round(rule.maxBytes / 1024 ** 2)} MB`;
  try {
    for await (const part of req.parts({
      limits: { fileSize: rule.maxBytes, files: 1, fields: 5 },
    })) {
      if (part.type === 'file') {
        const ext = extname(part.filename).toLowerCase();
        if (!rule.allowed.includes(ext)) {
          part.file.resume();
          throw AppError.validation([fieldError('/file', 'file_type', { name: part.filename })]);
        }
        written = join(rule.dir, `${rule.prefix}-${newId()}${ext}`);
        await pipeline(part.file, createWriteStream(written));
        if (part.file.truncated)
          throw new AppError(413, 'Payload too large', `The file is larger than ${limit}`, [
            fieldError('/file', 'file_too_large', { limit }),
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
