import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page, PageQuery, toPage } from '../../http/pagination.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { AuditService } from './audit.service.ts';

const AuditOut = Type.Object({
  id: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()], { description: 'the acting user' }),
  actorKind: Type.Union([Type.Literal('system'), Type.Literal('demo'), Type.Null()], {
    description: 'who acted when no user did: the system, or the demo seed',
  }),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  entityName: Type.Union([Type.String(), Type.Null()], {
    description: 'the record as people name it (a customer, contact, user, team, custom field)',
  }),
  changes: Type.Record(
    Type.String(),
    Type.Object({ before: Type.Unknown(), after: Type.Unknown() }),
  ),
  at: Type.String(),
});

const AuditQuery = Type.Object(
  {
    ...PageQuery,
    entityId: Type.Optional(Type.String({ maxLength: 64 })),
    entityType: Type.Optional(Type.String({ maxLength: 40 })),
    actorId: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'inclusive, ISO 8601' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'exclusive, ISO 8601' })),
  },
  { additionalProperties: false },
);

export function auditRoutes(app: App, audit: AuditService): void {
  app.get(
    '/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who changed what and when (admin)',
        querystring: AuditQuery,
        response: { 200: Page(AuditOut), ...errorResponses, 403: Type.Ref('Problem') },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const iso = (v?: string) => (v ? new Date(v).toISOString() : undefined);
      const rows = await audit.list(requireScope(req), {
        ...req.query,
        from: iso(req.query.from),
        to: iso(req.query.to),
        limit: limit + 1,
      });
      return toPage(rows, limit, (r) => ({
        id: r.id,
        actorId: r.actor_id,
        actorName: r.actorName,
        actorKind: r.actor_id
          ? null
          : r.actor_kind === 'demo'
            ? ('demo' as const)
            : ('system' as const),
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        entityName: r.entityName,
        changes: JSON.parse(r.changes) as Record<string, { before: unknown; after: unknown }>,
        at: r.at,
      }));
    },
  );
}
