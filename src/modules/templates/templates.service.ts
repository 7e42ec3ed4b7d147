import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Template, TemplateVariant } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { templatesRepository as repo } from './templates.repository.ts';
import type { TemplateBody, TemplateOut, TemplatePatch } from './templates.schemas.ts';
import { checkVariants } from './templates.validation.ts';

export function toTemplateOut(t: Template, variants: TemplateVariant[]): TemplateOut {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    defaultLanguage: t.default_language,
    variants: variants.map((v) => ({
      language: v.language,
      subject: v.subject,
      body: v.body,
      updatedAt: v.updated_at,
    })),
    createdBy: t.created_by,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
  };
}

/** A template with its variants, or undefined: for rendering. */
export async function findTemplate(db: Executor, workspaceId: string, id: string) {
  const t = await repo.find(db, workspaceId, id);
  if (!t) return undefined;
  return { template: t, variants: await repo.variantsOf(db, workspaceId, [id]) };
}

const taken = (name: string) =>
  AppError.conflict(`A template named ${name} exists`, [fieldError('/name', 'taken')]);

/**
 * Templates are the workspace's shared wording: everyone reads and renders them; admins and
 * managers write them (a rep's words go to customers under the company's name).
 */
export class TemplatesService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope): Promise<{ items: TemplateOut[] }> {
    const rows = await repo.list(this.db, scope.workspaceId);
    const variants = await repo.variantsOf(
      this.db,
      scope.workspaceId,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((t) =>
        toTemplateOut(
          t,
          variants.filter((v) => v.template_id === t.id),
        ),
      ),
    };
  }

  async get(scope: Scope, id: string): Promise<TemplateOut> {
    const found = await findTemplate(this.db, scope.workspaceId, id);
    if (!found) throw AppError.notFound('Template');
    return toTemplateOut(found.template, found.variants);
  }

  async create(scope: Scope, body: TemplateBody): Promise<TemplateOut> {
    requireRole(scope, 'admin', 'manager');
    const checked = checkVariants(body.defaultLanguage, body.variants);
    const name = body.name.trim();
    return this.db.transaction().execute(async (tx) => {
      if (await repo.byName(tx, scope.workspaceId, name)) throw taken(name);
      const at = nowIso();
      const row: Template = {
        workspace_id: scope.workspaceId,
        id: newId(),
        name,
        description: body.description?.trim() || null,
        default_language: checked.defaultLanguage,
        created_by: scope.userId,
        created_at: at,
        updated_at: at,
      };
      const variants = checked.variants.map((v) => ({
        ...v,
        workspace_id: scope.workspaceId,
        template_id: row.id,
        updated_at: at,
      }));
      await repo.insert(tx, row);
      await repo.replaceVariants(tx, scope.workspaceId, row.id, variants);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'template',
        entityId: row.id,
        changes: diff({}, { name, languages: variants.map((v) => v.language) }),
      });
      return toTemplateOut(row, variants);
    });
  }

  async update(scope: Scope, id: string, patch: TemplatePatch): Promise<TemplateOut> {
    requireRole(scope, 'admin', 'manager');
    return this.db.transaction().execute(async (tx) => {
      const found = await findTemplate(tx, scope.workspaceId, id);
      if (!found) throw AppError.notFound('Template');
      const { template: before } = found;
      const checked = checkVariants(
        patch.defaultLanguage ?? before.default_language,
        patch.variants ?? found.variants,
        patch.defaultLanguage === undefined ? '/variants' : '/defaultLanguage',
      );
      const name = patch.name?.trim() ?? before.name;
      if (name !== before.name && (await repo.byName(tx, scope.workspaceId, name)))
        throw taken(name);
      const at = nowIso();
      const after: Template = {
        ...before,
        name,
        description:
          patch.description === undefined ? before.description : patch.description?.trim() || null,
        default_language: checked.defaultLanguage,
        updated_at: at,
      };
      const old = new Map(found.variants.map((v) => [v.language, v]));
      const variants = checked.variants.map((v) => {
        const same = old.get(v.language);
        const unchanged = same && same.subject === v.subject && same.body === v.body;
        return {
          ...v,
          workspace_id: scope.workspaceId,
          template_id: id,
          updated_at: unchanged ? same.updated_at : at,
        };
      });
      await repo.update(tx, scope.workspaceId, id, {
        name,
        description: after.description,
        default_language: after.default_language,
        updated_at: at,
      });
      if (patch.variants) await repo.replaceVariants(tx, scope.workspaceId, id, variants);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'template',
        entityId: id,
        changes: diff(
          {
            name: before.name,
            defaultLanguage: before.default_language,
            variants: found.variants.map((v) => v.language),
          },
          {
            name,
            defaultLanguage: after.default_language,
            variants: variants.map((v) => v.language),
          },
        ),
      });
      return toTemplateOut(after, patch.variants ? variants : found.variants);
    });
  }

  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin', 'manager');
    await this.db.transaction().execute(async (tx) => {
      const found = await repo.find(tx, scope.workspaceId, id);
      if (!found) throw AppError.notFound('Template');
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'template',
        entityId: id,
        changes: { name: { before: found.name, after: null } },
      });
    });
  }
}
