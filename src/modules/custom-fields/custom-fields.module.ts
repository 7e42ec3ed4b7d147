import { Type, type Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { CustomFieldDefinition, DB } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { requireScope } from '../../http/authenticate.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { auditRepository, diff } from '../audit/audit.repository.ts';
import { IdParams } from '../customers/customers.schemas.ts';
import { requireRole } from '../users/users.service.ts';
import { customFieldsRepository } from './custom-fields.repository.ts';

const FieldOut = Type.Object({
  id: Type.String(),
  key: Type.String(),
  label: Type.String(),
  type: Type.String(),
  options: Type.Array(Type.String()),
});
const FieldBody = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z][a-z0-9_]{0,39}$',
      description: 'lower-case letters, digits and _',
    }),
    label: Type.String({ minLength: 1, maxLength: 100 }),
    type: Type.Union([
      Type.Literal('text'),
      Type.Literal('number'),
      Type.Literal('date'),
      Type.Literal('select'),
    ]),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 }),
    ),
  },
  { additionalProperties: false },
);
type FieldBody = Static<typeof FieldBody>;

const toOut = (d: CustomFieldDefinition) => ({
  id: d.id,
  key: d.key,
  label: d.label,
  type: d.type,
  options: JSON.parse(d.options) as string[],
});

export class CustomFieldsService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope) {
    return (await customFieldsRepository.list(this.db, scope.workspaceId)).map(toOut);
  }

  async create(scope: Scope, input: FieldBody) {
    requireRole(scope, 'admin');
    const options = [...new Set(input.options ?? [])];
    if (input.type === 'select' && options.length === 0) {
      throw AppError.validation([fieldError('/options', 'custom_field_options')]);
    }
    const row: CustomFieldDefinition = {
      workspace_id: scope.workspaceId,
      id: newId(),
      key: input.key,
      label: input.label.trim(),
      type: input.type,
      options: JSON.stringify(options),
      created_at: nowIso(),
    };
    await this.db.transaction().execute(async (tx) => {
      if (
        (await customFieldsRepository.list(tx, scope.workspaceId)).some((d) => d.key === input.key)
      ) {
        throw AppError.conflict(`A custom field with key ${input.key} already exists`, [
          fieldError('/key', 'taken'),
        ]);
      }
      await customFieldsRepository.insert(tx, row);
      await auditRepository.record(tx, {
        workspaceId: scope.workspaceId,
        actorId: scope.userId,
        action: 'create',
        entityType: 'custom_field',
        entityId: row.id,
        changes: diff({}, toOut(row)),
      });
    });
    return toOut(row);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      if (!(await customFieldsRepository.remove(tx, scope.workspaceId, id)))
        throw AppError.notFound('Custom field');
      await auditRepository.record(tx, {
        workspaceId: scope.workspaceId,
        actorId: scope.userId,
        action: 'delete',
        entityType: 'custom_field',
        entityId: id,
      });
    });
  }
}

export function customFieldsRoutes(app: App, fields: CustomFieldsService): void {
  const tags = ['custom fields'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };
  app.get(
    '/custom-fields',
    {
      schema: {
        tags,
        summary: 'Custom field definitions for customers',
        response: { 200: Type.Object({ items: Type.Array(FieldOut) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: await fields.list(requireScope(req)),
    }),
  );
  app.post(
    '/custom-fields',
    {
      schema: {
        tags,
        summary: 'Define a custom field (admin)',
        body: FieldBody,
        response: { 201: FieldOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await fields.create(requireScope(req), req.body)),
  );
  app.delete(
    '/custom-fields/:id',
    {
      schema: {
        tags,
        summary: 'Remove a custom field definition (admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await fields.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
