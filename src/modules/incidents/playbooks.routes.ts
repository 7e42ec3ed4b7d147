import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { KindParams, PlaybookBody, PlaybookOut } from './playbooks.schemas.ts';
import type { PlaybooksService } from './playbooks.service.ts';

/** The workspace's incident playbooks (issue 19): managers and admins read, admins edit. */
export function playbooksRoutes(app: App, playbooks: PlaybooksService): void {
  const tags = ['reputation'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };
  app.get(
    '/incident-playbooks',
    {
      schema: {
        tags,
        summary: 'The checklist a new incident of each kind starts with (managers and admins)',
        response: { 200: Type.Object({ items: Type.Array(PlaybookOut) }), ...errors },
      },
    },
    async (req) => playbooks.list(requireScope(req)),
  );
  app.get(
    '/incident-playbooks/:kind',
    {
      schema: {
        tags,
        summary: 'One kind’s playbook (managers and admins)',
        params: KindParams,
        response: { 200: PlaybookOut, ...errors },
      },
    },
    async (req) => playbooks.get(requireScope(req), req.params.kind),
  );
  app.put(
    '/incident-playbooks/:kind',
    {
      schema: {
        tags,
        summary: 'Replace a kind’s playbook (admins); incidents opened after start with it',
        params: KindParams,
        body: PlaybookBody,
        response: { 200: PlaybookOut, ...errors },
      },
    },
    async (req) => playbooks.put(requireScope(req), req.params.kind, req.body),
  );
  app.delete(
    '/incident-playbooks/:kind',
    {
      schema: {
        tags,
        summary: 'Go back to the shipped playbook for a kind (admins)',
        params: KindParams,
        response: { 200: PlaybookOut, ...errors },
      },
    },
    async (req) => playbooks.reset(requireScope(req), req.params.kind),
  );
}
