import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { CustomFieldDefinition, DB } from '../../db/schema.ts';
import type { CustomFieldEntity } from '../../domain/enums.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { FieldBody } from './custom-fields.schemas.ts';
import { customFieldsRepository } from './custom-fields.repository.ts';

/**
 * The workspace's custom field definitions of one entity (customers unless named) as the domain
 * validates and compiles against them.
 */
export const customFieldDefinitions = (
  db: Executor,
  workspaceId: string,
  entity: CustomFieldEntity = 'customer',
) => customFieldsRepository.definitions(db, workspaceId, entity);

/** Labels by definition id, for the audit log. */
export const customFieldLabels = (db: Executor, workspaceId: string, ids: string[]) =>
  customFieldsRepository.namesOf(db, workspaceId, ids);

const toOut = (d: CustomFieldDefinition) => ({
  id: d.id,
  key: d.key,
  label: d.label,
  type: d.type,
  options: JSON.parse(d.options) as string[],
  entity: d.entity,
});

export class CustomFieldsService {
  constructor(private readonly db: Kysely<DB>) {}

  /** One entity's fields: customers' unless asked for products'. */
  async list(scope: Scope, entity: CustomFieldEntity = 'customer') {
    return (await customFieldsRepository.list(this.db, scope.workspaceId, entity)).map(toOut);
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
      entity: input.entity ?? 'customer',
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
      await recordAudit(tx, scope, {
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
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'custom_field',
        entityId: id,
      });
    });
  }
}
