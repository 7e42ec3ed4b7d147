import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  ChecklistBody,
  IncidentBody,
  IncidentDetail,
  IncidentOut,
  IncidentPatch,
  IncidentQuery,
  NoteBody,
  StatementBody,
} from './incidents.schemas.ts';
import type { IncidentStatementsService } from './incident-statements.service.ts';
import type { IncidentsService } from './incidents.service.ts';

/** Crisis incidents (issue 19): managers and admins; their owner or an admin runs each. */
export function incidentsRoutes(
  app: App,
  s: { incidents: IncidentsService; statements: IncidentStatementsService },
): void {
  const tags = ['reputation'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };
  const StepParams = Type.Object({
    id: Type.String({ maxLength: 64 }),
    key: Type.String({ maxLength: 40 }),
  });
  const StatementParams = Type.Object({
    id: Type.String({ maxLength: 64 }),
    statementId: Type.String({ maxLength: 64 }),
  });
  const detail = { 200: IncidentDetail, ...errors };

  app.get(
    '/incidents',
    {
      schema: {
        tags,
        summary: 'Crisis incidents, newest first (managers and admins)',
        querystring: IncidentQuery,
        response: { 200: Type.Object({ items: Type.Array(IncidentOut) }), ...errors },
      },
    },
    async (req) => s.incidents.list(requireScope(req), req.query),
  );
  app.post(
    '/incidents',
    {
      schema: {
        tags,
        summary:
          'Open an incident (managers and admins); it starts as monitoring with its kind’s checklist',
        body: IncidentBody,
        response: { 201: IncidentOut, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.incidents.create(requireScope(req), req.body)),
  );
  app.get(
    '/incidents/:id',
    {
      schema: {
        tags,
        summary: 'An incident with its timeline and holding statements',
        params: IdParams,
        response: detail,
      },
    },
    async (req) => s.incidents.detailOf(requireScope(req), req.params.id),
  );
  app.patch(
    '/incidents/:id',
    {
      schema: {
        tags,
        summary:
          'Change an incident (its owner, an admin); status moves monitoring → active → contained → closed. Becoming active plans a follow-up for the owner of every customer in its markets',
        params: IdParams,
        body: IncidentPatch,
        response: { 200: IncidentOut, ...errors },
      },
    },
    async (req) => s.incidents.update(requireScope(req), req.params.id, req.body),
  );
  app.post(
    '/incidents/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note to the incident’s timeline (managers and admins)',
        params: IdParams,
        body: NoteBody,
        response: detail,
      },
    },
    async (req) => s.incidents.note(requireScope(req), req.params.id, req.body.body),
  );
  app.put(
    '/incidents/:id/checklist/:key',
    {
      schema: {
        tags,
        summary: 'Tick or untick a checklist step (the owner, an admin)',
        params: StepParams,
        body: ChecklistBody,
        response: detail,
      },
    },
    async (req) =>
      s.incidents.checklist(requireScope(req), req.params.id, req.params.key, req.body.done),
  );
  app.post(
    '/incidents/:id/statements',
    {
      schema: {
        tags,
        summary: 'Draft a holding statement in one language (the owner, an admin)',
        params: IdParams,
        body: StatementBody,
        response: { 201: IncidentDetail, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.statements.create(requireScope(req), req.params.id, req.body)),
  );
  app.patch(
    '/incidents/:id/statements/:statementId',
    {
      schema: {
        tags,
        summary: 'Change a statement’s text; an approved one becomes a draft again',
        params: StatementParams,
        body: NoteBody,
        response: detail,
      },
    },
    async (req) =>
      s.statements.edit(requireScope(req), req.params.id, req.params.statementId, req.body.body),
  );
  app.post(
    '/incidents/:id/statements/:statementId/approve',
    {
      schema: {
        tags,
        summary: 'Approve a statement (a manager or admin other than its author)',
        params: StatementParams,
        response: detail,
      },
    },
    async (req) => s.statements.approve(requireScope(req), req.params.id, req.params.statementId),
  );
}
