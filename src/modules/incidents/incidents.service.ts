import type { Kysely } from 'kysely';
import type { DB, Incident } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { isCountryCode } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import {
  canMove,
  checklistFor,
  minutesToFirstResponse,
  nextStatuses,
  type IncidentKind,
  type IncidentStatus,
} from '../../domain/reputation/incidents.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { PlaybooksService } from './playbooks.service.ts';
import { incidentCustomersRepository as linkedCustomers } from './incident-customers.repository.ts';
import { incidentFollowUp, tellOwners } from './incident-follow-ups.ts';
import {
  customerIdErrors,
  linkedCustomersFor,
  namedCustomerActions,
} from './incident-customers.service.ts';
import { mentionRecords } from '../mentions/mention-records.service.ts';
import type { StakeholdersService } from '../stakeholders/stakeholders.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { incidentsRepository as repo } from './incidents.repository.ts';
import type { IncidentBody, IncidentOut, IncidentPatch } from './incidents.schemas.ts';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

interface Step {
  key: string;
  /** the step's words when the incident was opened (older incidents: the shipped ones by key) */
  label?: { en: string; zh: string };
  done: boolean;
  doneBy: string | null;
  doneAt: string | null;
}

/** The owner and admins change an incident; managers and admins read them all. */
export const canEditIncident = (scope: Scope, i: Incident) =>
  scope.role === 'admin' || i.owner_id === scope.userId;

/**
 * Crisis incidents (issue 19): managers and admins see and open them; the owner and admins run
 * them. Each change is on the incident's timeline and in the audit log. When one becomes active,
 * the owners of customers in its markets get a follow-up, so they hear of it before the press.
 */
export class IncidentsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly stakeholders: StakeholdersService,
    private readonly now: () => Date = () => new Date(),
    private readonly playbooks?: PlaybooksService,
  ) {}

  async list(scope: Scope, q: { status?: string; country?: string; limit?: number }) {
    requireRole(scope, 'admin', 'manager');
    const rows = await repo.list(this.db, scope.workspaceId, {
      ...q,
      country: q.country?.toUpperCase(),
      limit: q.limit ?? 100,
    });
    return { items: await this.out(this.db, scope, rows) };
  }

  /** The incident the caller may read (managers and admins), or 404 / 403. */
  async find(db: Executor, scope: Scope, id: string): Promise<Incident> {
    requireRole(scope, 'admin', 'manager');
    const row = await repo.find(db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('Incident');
    return row;
  }

  /** The incident the caller may change (its owner, an admin), or 404 / 403. */
  async editable(db: Executor, scope: Scope, id: string): Promise<Incident> {
    const row = await this.find(db, scope, id);
    if (!canEditIncident(scope, row))
      throw AppError.forbidden('Only the incident’s owner or an admin may change it');
    return row;
  }

  async create(scope: Scope, body: IncidentBody): Promise<IncidentOut> {
    requireRole(scope, 'admin', 'manager');
    const id = newId();
    const stakeholderErrors = await this.stakeholderErrors(scope, body.stakeholderIds);
    for (const [i, m] of (body.mentionIds ?? []).entries())
      if (!(await mentionRecords.visible(this.db, scope, m)))
        stakeholderErrors.push(
          fieldError(`/mentionIds/${i}`, 'not_in_scope', { entity: 'mention' }),
        );
    stakeholderErrors.push(...(await customerIdErrors(this.db, scope, body.customerIds)));
    await this.db.transaction().execute(async (tx) => {
      const clean = await this.checked(tx, scope, body, stakeholderErrors);
      const at = nowIso();
      // The workspace's playbook for the kind (or the shipped one), its words kept with the
      // incident: a later edit of the playbook does not change it.
      const playbook = this.playbooks
        ? await this.playbooks.stepsFor(tx, scope.workspaceId, body.kind)
        : checklistFor(body.kind);
      const steps: Step[] = playbook.map((s) => ({
        key: s.key,
        label: { en: s.en, zh: s.zh },
        done: false,
        doneBy: null,
        doneAt: null,
      }));
      await repo.insert(tx, {
        workspace_id: scope.workspaceId,
        id,
        title: body.title.trim(),
        kind: body.kind,
        severity: body.severity,
        countries: JSON.stringify(clean.countries),
        summary: body.summary?.trim() ?? '',
        status: 'monitoring',
        owner_id: body.ownerId ?? scope.userId,
        first_seen_at: clean.firstSeenAt ?? at,
        first_response_at: null,
        activated_at: null,
        checklist: JSON.stringify(steps),
        stakeholder_ids: JSON.stringify(body.stakeholderIds ?? []),
        created_by: scope.userId,
        created_at: at,
        updated_at: at,
      });
      await this.log(tx, scope, id, 'status', 'monitoring');
      for (const m of body.mentionIds ?? []) {
        await mentionRecords.link(tx, scope, m, id);
        await this.log(
          tx,
          scope,
          id,
          'mention',
          (await mentionRecords.visible(tx, scope, m))!.title,
        );
      }
      for (const c of body.customerIds ?? []) {
        await linkedCustomers.link(tx, scope.workspaceId, id, c, scope.userId);
        await this.log(tx, scope, id, 'customer', c);
      }
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'incident',
        entityId: id,
        changes: diff({}, { title: body.title, kind: body.kind, severity: body.severity }),
      });
    });
    return (
      await this.out(this.db, scope, [(await repo.find(this.db, scope.workspaceId, id))!])
    )[0]!;
  }

  async update(scope: Scope, id: string, patch: IncidentPatch): Promise<IncidentOut> {
    const stakeholderErrors = await this.stakeholderErrors(scope, patch.stakeholderIds);
    await this.db.transaction().execute(async (tx) => {
      const before = await this.editable(tx, scope, id);
      const clean = await this.checked(tx, scope, patch, stakeholderErrors);
      const from = before.status as IncidentStatus;
      const to = patch.status;
      if (to && to !== from && !canMove(from, to))
        throw AppError.validation([
          fieldError('/status', 'one_of', { values: nextStatuses(from) }),
        ]);
      const at = nowIso();
      const activating = to === 'active' && from !== 'active';
      const next = {
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.severity !== undefined ? { severity: patch.severity } : {}),
        ...(clean.countries ? { countries: JSON.stringify(clean.countries) } : {}),
        ...(patch.summary !== undefined ? { summary: patch.summary.trim() } : {}),
        ...(patch.ownerId !== undefined ? { owner_id: patch.ownerId } : {}),
        ...(clean.firstSeenAt ? { first_seen_at: clean.firstSeenAt } : {}),
        ...(patch.stakeholderIds ? { stakeholder_ids: JSON.stringify(patch.stakeholderIds) } : {}),
        ...(to ? { status: to } : {}),
        ...(activating && !before.activated_at ? { activated_at: at } : {}),
        // A status change is a response: the first one counts for the time to respond.
        ...(to && to !== from && !before.first_response_at ? { first_response_at: at } : {}),
        updated_at: at,
      };
      await repo.update(tx, scope.workspaceId, id, next);
      if (to && to !== from) await this.log(tx, scope, id, 'status', to);
      if (activating) await tellOwners(tx, scope, { ...before, ...next }, this.now());
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident',
        entityId: id,
        changes: diff(before, next),
      });
    });
    return (
      await this.out(this.db, scope, [(await repo.find(this.db, scope.workspaceId, id))!])
    )[0]!;
  }

  /** A note on the timeline (managers and admins may all add one); it counts as a response. */
  async note(scope: Scope, id: string, body: string) {
    await this.db.transaction().execute(async (tx) => {
      const row = await this.find(tx, scope, id);
      await this.log(tx, scope, id, 'note', body.trim());
      await this.responded(tx, scope, row);
    });
    return this.detailOf(scope, id);
  }

  async checklist(scope: Scope, id: string, key: string, done: boolean) {
    await this.db.transaction().execute(async (tx) => {
      const row = await this.editable(tx, scope, id);
      const steps = JSON.parse(row.checklist) as Step[];
      const step = steps.find((s) => s.key === key);
      if (!step) throw AppError.notFound('Checklist step');
      if (step.done === done) return;
      Object.assign(
        step,
        done
          ? { done, doneBy: scope.userId, doneAt: nowIso() }
          : { done, doneBy: null, doneAt: null },
      );
      await repo.update(tx, scope.workspaceId, id, {
        checklist: JSON.stringify(steps),
        updated_at: nowIso(),
      });
      await this.log(tx, scope, id, 'checklist', `${done ? '✓' : '✗'} ${key}`);
      if (done) await this.responded(tx, scope, row);
    });
    return this.detailOf(scope, id);
  }

  /** The first response's instant is set once, by the first action taken. */
  async responded(tx: Executor, scope: Scope, row: Incident) {
    if (!row.first_response_at)
      await repo.update(tx, scope.workspaceId, row.id, { first_response_at: nowIso() });
  }

  async log(
    tx: Executor,
    scope: Scope,
    id: string,
    kind:
      | 'note'
      | 'status'
      | 'checklist'
      | 'statement'
      | 'mention'
      | 'mention_unlinked'
      | 'customer'
      | 'customer_unlinked',
    body: string,
  ) {
    await repo.addAction(tx, {
      workspace_id: scope.workspaceId,
      id: newId(),
      incident_id: id,
      kind,
      body,
      actor_id: scope.userId,
      at: nowIso(),
    });
  }

  /** The follow-up due today for one customer's owner: the incident is active. */
  followUp(tx: Executor, scope: Scope, i: Incident, c: { id: string; owner_id: string }) {
    return incidentFollowUp(tx, scope, i, c, this.now());
  }

  /**
   * The stakeholders named must be ones the caller sees: read before the transaction opens, as
   * the stakeholders service reads on its own connection.
   */
  private async stakeholderErrors(scope: Scope, ids: string[] = []): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const [i, sid] of ids.entries())
      try {
        await this.stakeholders.get(scope, sid);
      } catch {
        errors.push(fieldError(`/stakeholderIds/${i}`, 'no_such', { entity: 'stakeholder' }));
      }
    return errors;
  }

  private async checked(tx: Executor, scope: Scope, b: IncidentPatch, earlier: FieldError[]) {
    const errors: FieldError[] = [];
    const countries = b.countries?.map((c) => c.toUpperCase());
    countries?.forEach((c, i) => {
      if (!isCountryCode(c)) errors.push(fieldError(`/countries/${i}`, 'country', { value: c }));
    });
    let firstSeenAt: string | undefined;
    if (b.firstSeenAt !== undefined) {
      const ms = Date.parse(b.firstSeenAt);
      if (!INSTANT.test(b.firstSeenAt) || Number.isNaN(ms))
        errors.push(fieldError('/firstSeenAt', 'sla_instant'));
      else if (ms > this.now().getTime() + 60_000)
        errors.push(fieldError('/firstSeenAt', 'in_future'));
      else firstSeenAt = new Date(ms).toISOString();
    }
    if (b.ownerId !== undefined) {
      const u = await userRecords.findById(tx, scope.workspaceId, b.ownerId);
      if (!u || !u.active || u.role === 'rep' || u.role === 'agent')
        errors.push(fieldError('/ownerId', 'no_such', { entity: 'active manager or admin' }));
    }
    errors.push(...earlier);
    if (errors.length) throw AppError.validation(errors);
    return { countries, firstSeenAt };
  }

  async detailOf(scope: Scope, id: string) {
    const row = await this.find(this.db, scope, id);
    const [out] = await this.out(this.db, scope, [row]);
    const [actions, statements, mentions, linked] = await Promise.all([
      repo
        .actions(this.db, scope.workspaceId, id)
        .then((a) => namedCustomerActions(this.db, scope, a)),
      repo.statements(this.db, scope.workspaceId, id),
      mentionRecords.forIncident(this.db, scope, id),
      linkedCustomersFor(this.db, scope, id),
    ]);
    const names = await userRecords.namesOf(this.db, scope.workspaceId, [
      ...new Set(actions.flatMap((a) => (a.actor_id ? [a.actor_id] : []))),
    ]);
    return {
      ...out!,
      actions: actions.map((a) => ({
        id: a.id,
        kind: a.kind,
        body: a.body,
        actorId: a.actor_id,
        actorName: a.actor_id ? (names.get(a.actor_id) ?? null) : null,
        at: a.at,
      })),
      statements: statements.map((s) => ({
        id: s.id,
        language: s.language,
        body: s.body,
        status: s.status,
        authorId: s.author_id,
        approvedBy: s.approved_by,
        approvedAt: s.approved_at,
        updatedAt: s.updated_at,
      })),
      mentions: mentions.map((m) => ({
        id: m.id,
        title: m.title,
        source: m.source,
        url: m.url,
        country: m.country,
        language: m.language,
        publishedOn: m.published_on,
        sentiment: m.sentiment,
        linkedAt: m.linked_at,
      })),
      ...linked,
    };
  }

  private async out(db: Executor, scope: Scope, rows: Incident[]): Promise<IncidentOut[]> {
    const names = await userRecords.namesOf(db, scope.workspaceId, [
      ...new Set(rows.map((r) => r.owner_id)),
    ]);
    return rows.map((r) => {
      const labels = new Map(checklistFor(r.kind as IncidentKind).map((s) => [s.key, s]));
      return {
        id: r.id,
        title: r.title,
        kind: r.kind as IncidentKind,
        severity: r.severity as IncidentOut['severity'],
        countries: JSON.parse(r.countries) as string[],
        summary: r.summary,
        status: r.status as IncidentStatus,
        nextStatuses: nextStatuses(r.status as IncidentStatus),
        ownerId: r.owner_id,
        ownerName: names.get(r.owner_id) ?? null,
        firstSeenAt: r.first_seen_at,
        firstResponseAt: r.first_response_at,
        minutesToFirstResponse: minutesToFirstResponse(r.first_seen_at, r.first_response_at),
        activatedAt: r.activated_at,
        checklist: (JSON.parse(r.checklist) as Step[]).map((s) => ({
          ...s,
          label: s.label ?? {
            en: labels.get(s.key)?.en ?? s.key,
            zh: labels.get(s.key)?.zh ?? s.key,
          },
        })),
        stakeholderIds: JSON.parse(r.stakeholder_ids) as string[],
        canEdit: canEditIncident(scope, r),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    });
  }
}
