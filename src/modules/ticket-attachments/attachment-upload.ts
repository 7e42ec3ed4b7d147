import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import {
  ATTACHMENT_EXTENSIONS,
  attachmentType,
  cleanFileName,
} from '../../domain/service/attachments.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { AttachmentStore } from './attachment-store.ts';
import type { ReceivedFile } from './ticket-attachments.service.ts';

const megabytes = (n: number) => `${Math.round((n / 1024 ** 2) * 10) / 10} MB`;

const tooLarge = (maxBytes: number) =>
  new AppError(413, 'Payload too large', `The file is larger than ${megabytes(maxBytes)}`, [
    fieldError('/file', 'file_too_large', { limit: megabytes(maxBytes) }),
  ]);

/**
 * Reads a multipart form of one `file` (and an optional `commentId`), streaming the file to a
 * random name in the store. A type not taken is 415 before a byte is written; a file over the
 * limit is 413 and its partial file is deleted; anything malformed is 400. Whatever fails, the
 * file written so far is removed.
 */
export async function receiveAttachment(
  req: FastifyRequest,
  store: AttachmentStore,
  maxBytes: number,
): Promise<ReceivedFile> {
  if (!req.isMultipart()) throw AppError.validation([fieldError('/file', 'file_multipart')]);
  let file: Omit<ReceivedFile, 'commentId'> | null = null;
  let commentId: string | null = null;
  let written: string | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 2 } })) {
      if (part.type !== 'file') {
        if (part.fieldname === 'commentId' && typeof part.value === 'string' && part.value)
          commentId = part.value.slice(0, 64);
        continue;
      }
      const fileName = cleanFileName(part.filename ?? '');
      const contentType = attachmentType(fileName);
      if (!contentType) {
        part.file.resume();
        throw new AppError(
          415,
          'Unsupported media type',
          `Files like "${fileName}" cannot be attached; allowed: ${ATTACHMENT_EXTENSIONS.join(', ')}`,
          [fieldError('/file', 'attachment_type', { name: fileName })],
        );
      }
      const storageKey = store.newKey();
      written = storageKey;
      let size = 0;
      part.file.on('data', (chunk: Buffer) => (size += chunk.length));
      await pipeline(part.file, createWriteStream(store.path(storageKey)));
      if (part.file.truncated) throw tooLarge(maxBytes);
      if (size === 0) throw AppError.validation([fieldError('/file', 'file_empty')]);
      file = { storageKey, fileName, contentType, size };
    }
    if (!file) throw AppError.validation([fieldError('/file', 'required')]);
    return { ...file, commentId };
  } catch (err) {
    if (written) await store.remove(written);
    if (err instanceof AppError) throw err;
    // The parser's own refusal of a file over the limit (throwFileSizeLimit).
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    req.log.info({ err }, 'malformed multipart body');
    throw AppError.validation([fieldError('/file', 'file_malformed')]);
  }
}
