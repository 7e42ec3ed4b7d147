import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { receiveFile } from '../../http/upload.ts';
import type { LeaveImportService } from './leave-import.service.ts';

/** A leave sheet is a few hundred rows; 2 MB is ample and keeps a wrong file short. */
const MAX_SHEET_BYTES = 2 * 1024 ** 2;

/** Mounted after the imports routes, which register the multipart parser on the API. */
export function leaveImportRoutes(app: App, leave: LeaveImportService, uploadsDir: string): void {
  mkdirSync(uploadsDir, { recursive: true });
  app.post(
    '/offices/:id/leave/import',
    {
      schema: {
        tags: ['offices'],
        summary: 'Record leave from a sheet (the office’s manager or an admin)',
        description:
          'multipart `file`: CSV or XLSX with the columns person (a name of the office’s people), kind (annual | sick, or 年假 | 病假), from, to (YYYY-MM-DD) and an optional reason; English or Chinese headers. Any problem answers 400 naming each row (`/rows/<line>/<field>`) and nothing is recorded; rows already recorded are counted as unchanged.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: {
          201: Type.Object({
            read: Type.Integer(),
            created: Type.Integer(),
            unchanged: Type.Integer(),
          }),
          403: Type.Ref('Problem'),
          413: Type.Ref('Problem'),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      // Who may import is settled before a byte of the upload is taken.
      await leave.checkAccess(scope, req.params.id);
      const { file } = await receiveFile(req, {
        dir: uploadsDir,
        maxBytes: MAX_SHEET_BYTES,
        allowed: ['.csv', '.xlsx', '.txt'],
        prefix: 'leave',
      });
      // Read into the database and deleted before the answer goes out, refused or not.
      let out;
      try {
        out = await leave.importSheet(scope, req.params.id, file.path);
      } finally {
        await rm(file.path, { force: true });
      }
      return reply.code(201).send(out);
    },
  );
}
