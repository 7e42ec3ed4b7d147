import type { Kysely } from 'kysely';
import type { DB, IncidentStatement } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { incidentsRepository as repo } from './incidents.repository.ts';
import type { IncidentsService } from './incidents.service.ts';
import type { StatementBody } from './incidents.schemas.ts';

function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Holding statements, one per language: the incident's owner or an admin drafts them; a manager
 * or admin other than the author approves (four eyes). Changing an approved statement makes it a
 * draft again. An approval is a response and goes on the incident's timeline.
 */
export class IncidentStatementsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly incidents: IncidentsService,
  ) {}

  async create(scope: Scope, incidentId: string, body: StatementBody) {
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await this.incidents.editable(tx, scope, incidentId);
      const language = canonicalLanguage(body.language.trim());
      if (!language)
        throw AppError.validation([fieldError('/language', 'language', { value: body.language })]);
      const existing = await repo.statements(tx, scope.workspaceId, incidentId);
      if (existing.some((s) => s.language.toLowerCase() === language.toLowerCase()))
        throw AppError.conflict(`A ${language} statement exists already; change that one`);
      const at = nowIso();
      await repo.insertStatement(tx, {
        workspace_id: scope.workspaceId,
        id,
        incident_id: incidentId,
        language,
        body: body.body.trim(),
        status: 'draft',
        author_id: scope.userId,
        approved_by: null,
        approved_at: null,
        created_at: at,
        updated_at: at,
      });
      await this.incidents.log(tx, scope, incidentId, 'statement', `draft ${language}`);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'incident_statement',
        entityId: id,
        changes: diff({}, { incidentId, language }),
      });
    });
    return this.incidents.detailOf(scope, incidentId);
  }

  async edit(scope: Scope, incidentId: string, id: string, text: string) {
    await this.db.transaction().execute(async (tx) => {
      await this.incidents.editable(tx, scope, incidentId);
      const s = await this.statement(tx, scope, incidentId, id);
      if (s.body === text.trim()) return;
      await repo.updateStatement(tx, scope.workspaceId, id, {
        body: text.trim(),
        status: 'draft',
        author_id: scope.userId,
        approved_by: null,
        approved_at: null,
        updated_at: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident_statement',
        entityId: id,
        changes: diff({ status: s.status }, { status: 'draft' }),
      });
    });
    return this.incidents.detailOf(scope, incidentId);
  }

  async approve(scope: Scope, incidentId: string, id: string) {
    await this.db.transaction().execute(async (tx) => {
      const incident = await this.incidents.find(tx, scope, incidentId);
      const s = await this.statement(tx, scope, incidentId, id);
      if (s.status === 'approved') throw AppError.conflict('This statement is approved already');
      if (s.author_id === scope.userId)
        throw AppError.forbidden('Someone other than its author approves a statement');
      const at = nowIso();
      await repo.updateStatement(tx, scope.workspaceId, id, {
        status: 'approved',
        approved_by: scope.userId,
        approved_at: at,
        updated_at: at,
      });
      await this.incidents.log(tx, scope, incidentId, 'statement', `approved ${s.language}`);
      await this.incidents.responded(tx, scope, incident);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident_statement',
        entityId: id,
        changes: diff({ status: s.status }, { status: 'approved' }),
      });
    });
    return this.incidents.detailOf(scope, incidentId);
  }

  private async statement(
    tx: Parameters<typeof repo.statement>[0],
    scope: Scope,
    incidentId: string,
    id: string,
  ): Promise<IncidentStatement> {
    const s = await repo.statement(tx, scope.workspaceId, incidentId, id);
    if (!s) throw AppError.notFound('Statement');
    return s;
  }
}
