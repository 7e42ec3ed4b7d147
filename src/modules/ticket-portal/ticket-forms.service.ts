import type { Kysely } from 'kysely';
import type { DB, TicketForm } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { PORTAL_LABELS, PORTAL_LANGUAGES } from '../../domain/service/portal-labels.ts';
import {
  acceptedLanguages,
  directionOf,
  portalLanguage,
} from '../../domain/service/portal-language.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import type { Asked } from './ticket-portal.service.ts';
import { ticketFormsRepository as repo } from './ticket-forms.repository.ts';
import type { TicketFormBody, TicketFormPatch } from './ticket-portal.schemas.ts';

export const formPaths = (workspaceId: string, key: string) => ({
  publicUrl: `/portal/new/${workspaceId}/${key}`,
  postUrl: `/api/v1/public/ticket-forms/${workspaceId}/${key}`,
});

const toOut = (f: TicketForm) => ({
  id: f.id,
  key: f.form_key,
  name: f.name,
  enabled: f.enabled === 1,
  allowedOrigins: JSON.parse(f.allowed_origins) as string[],
  defaultType: f.default_type,
  defaultPriority: f.default_priority,
  ownerId: f.owner_id,
  ...formPaths(f.workspace_id, f.form_key),
  createdAt: f.created_at,
  updatedAt: f.updated_at,
});

/** What the audit log keeps of a form. */
const audited = (f: TicketForm) => {
  const { id: _id, createdAt: _c, updatedAt: _u, publicUrl: _p, postUrl: _q, ...rest } = toOut(f);
  return rest;
};

/** The workspace's public "new ticket" forms: admins manage them; anyone may fill one in. */
export class TicketFormsService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope) {
    requireRole(scope, 'admin');
    return { items: (await repo.list(this.db, scope.workspaceId)).map(toOut) };
  }

  private async problems(scope: Scope, body: TicketFormPatch, id?: string) {
    const errors: FieldError[] = [];
    (body.allowedOrigins ?? []).forEach((o, i) => {
      if (!/^https?:\/\/[^/\s]+$/.test(o))
        errors.push(fieldError(`/allowedOrigins/${i}`, 'origin'));
    });
    if (body.ownerId !== undefined) {
      const owner = await userRecords.findById(this.db, scope.workspaceId, body.ownerId);
      if (!owner || owner.active !== 1) errors.push(fieldError('/ownerId', 'no_active_user'));
    }
    if (body.key !== undefined) {
      const same = await repo.byKey(this.db, scope.workspaceId, body.key);
      if (same && same.id !== id) errors.push(fieldError('/key', 'taken'));
    }
    if (errors.length) throw AppError.validation(errors);
  }

  async create(scope: Scope, body: TicketFormBody) {
    requireRole(scope, 'admin');
    await this.problems(scope, body);
    const at = nowIso();
    const row: TicketForm = {
      workspace_id: scope.workspaceId,
      id: newId(),
      form_key: body.key,
      name: body.name.trim(),
      enabled: body.enabled === false ? 0 : 1,
      allowed_origins: JSON.stringify(body.allowedOrigins ?? []),
      default_type: body.defaultType ?? 'question',
      default_priority: body.defaultPriority ?? 'normal',
      owner_id: body.ownerId ?? scope.userId,
      created_at: at,
      updated_at: at,
    };
    await this.db.transaction().execute(async (tx) => {
      await repo.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'ticket_form',
        entityId: row.id,
        changes: diff({}, audited(row)),
      });
    });
    return toOut(row);
  }

  private async found(scope: Scope, id: string) {
    requireRole(scope, 'admin');
    const form = await repo.find(this.db, scope.workspaceId, id);
    if (!form) throw AppError.notFound('Ticket form');
    return form;
  }

  async update(scope: Scope, id: string, patch: TicketFormPatch) {
    const form = await this.found(scope, id);
    await this.problems(scope, patch, id);
    const next: TicketForm = {
      ...form,
      form_key: patch.key ?? form.form_key,
      name: patch.name?.trim() ?? form.name,
      enabled: patch.enabled === undefined ? form.enabled : patch.enabled ? 1 : 0,
      allowed_origins: patch.allowedOrigins
        ? JSON.stringify(patch.allowedOrigins)
        : form.allowed_origins,
      default_type: patch.defaultType ?? form.default_type,
      default_priority: patch.defaultPriority ?? form.default_priority,
      owner_id: patch.ownerId ?? form.owner_id,
      updated_at: nowIso(),
    };
    const changes = diff(audited(form), audited(next));
    if (Object.keys(changes).length)
      await this.db.transaction().execute(async (tx) => {
        const { workspace_id: _w, id: _i, created_at: _c, ...set } = next;
        await repo.update(tx, scope.workspaceId, id, set);
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'ticket_form',
          entityId: id,
          changes,
        });
      });
    return toOut(Object.keys(changes).length ? next : form);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    const form = await this.found(scope, id);
    await this.db.transaction().execute(async (tx) => {
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'ticket_form',
        entityId: id,
        changes: diff(audited(form), {}),
      });
    });
  }

  /** An enabled form by its public address, or 404 (alike for a wrong workspace, key or a disabled form). */
  async byAddress(workspaceId: string, key: string): Promise<TicketForm> {
    const form = await repo.byKey(this.db, workspaceId, key).catch(() => undefined);
    if (!form || form.enabled !== 1) throw AppError.notFound('Form');
    return form;
  }

  /** The public form's words in the language asked for (`?lang=`, else the browser's). */
  describe(form: TicketForm, asked: Asked) {
    const language = portalLanguage([asked.lang, ...acceptedLanguages(asked.acceptLanguage)]);
    return {
      language,
      dir: directionOf(language),
      labels: PORTAL_LABELS[language],
      name: form.name,
      languages: [...PORTAL_LANGUAGES],
    };
  }
}
