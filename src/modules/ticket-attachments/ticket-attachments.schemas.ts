import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

export const AttachmentOut = Type.Object({
  id: Type.String(),
  ticketId: Type.String(),
  commentId: Nullable(Type.String({ description: 'the comment it belongs to; null: the ticket' })),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer({ description: 'bytes' }),
  createdBy: Nullable(Type.String()),
  createdByName: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type AttachmentOut = Static<typeof AttachmentOut>;

export const AttachmentList = Type.Object({
  items: Type.Array(AttachmentOut),
  maxBytes: Type.Integer({ description: 'the largest file accepted' }),
  extensions: Type.Array(Type.String(), { description: 'the file types accepted' }),
});

export const AttachmentParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  attachmentId: Type.String({ maxLength: 64 }),
});

export const PublicAttachmentParams = Type.Object({
  token: Type.String({ maxLength: 120 }),
  attachmentId: Type.String({ maxLength: 64 }),
});

/** A file sent as it is, with the type it was accepted as. */
export const FileResponse = {
  description: 'the file, as an attachment (Content-Disposition) of its stored type',
  content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } },
};
