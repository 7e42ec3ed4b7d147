import type { Kysely } from 'kysely';
import type { DB, Stakeholder } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { isCountryCode } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { engagementFor, stanceTrend } from '../../domain/reputation/stakeholders.ts';
import { canSeeOwner, requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { engagementRepository } from './engagement.repository.ts';
import { stakeholdersRepository as repo } from './stakeholders.repository.ts';
import type { StakeholderBody, StakeholderOut, StakeholderPatch } from './stakeholders.schemas.ts';

/** The relationship owner and admins edit a stakeholder; managers read every one. */
const canEdit = (scope: Scope, s: Stakeholder) =>
  scope.role === 'admin' || s.owner_id === scope.userId;

function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Stakeholders per market (issue 19). Everyone's view is the repository's rule; linked customers
 * are named only where the caller may see them (a manager reading a stakeholder of another
 * team's customer learns that one exists, not which).
 */
export class StakeholdersService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope, country?: string): Promise<StakeholderOut[]> {
    const rows = await repo.visible(this.db, scope, country ? { country } : {});
    return this.out(this.db, scope, rows);
  }

  async get(scope: Scope, id: string): Promise<StakeholderOut> {
    const [row] = await repo.visible(this.db, scope, { id });
    if (!row) throw AppError.notFound('Stakeholder');
    return (await this.out(this.db, scope, [row]))[0]!;
  }

  async create(scope: Scope, body: StakeholderBody): Promise<StakeholderOut> {
    requireRole(scope, 'admin', 'manager');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const clean = await this.checked(tx, scope, body);
      const at = nowIso();
      await repo.insert(tx, {
        workspace_id: scope.workspaceId,
        id,
        country: clean.country!,
        name: body.name.trim(),
        native_name: body.nativeName?.trim() || null,
        kind: body.kind,
        influence: body.influence,
        stance: body.stance,
        interests: body.interests?.trim() ?? '',
        concerns: body.concerns?.trim() ?? '',
        languages: JSON.stringify(clean.languages ?? []),
        owner_id: body.ownerId ?? scope.userId,
        created_at: at,
        updated_at: at,
      });
      await repo.setLinks(tx, scope.workspaceId, id, clean.customerIds ?? []);
      await repo.addStance(tx, {
        workspace_id: scope.workspaceId,
        stakeholder_id: id,
        stance: body.stance,
        note: body.stanceNote?.trim() || null,
        actor_id: scope.userId,
        at,
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'stakeholder',
        entityId: id,
        changes: diff({}, { name: body.name, country: clean.country, stance: body.stance }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, body: StakeholderPatch): Promise<StakeholderOut> {
    await this.db.transaction().execute(async (tx) => {
      const [before] = await repo.visible(tx, scope, { id });
      if (!before) throw AppError.notFound('Stakeholder');
      if (!canEdit(scope, before))
        throw AppError.forbidden('Only the stakeholder’s owner or an admin can change it');
      const clean = await this.checked(tx, scope, body);
      const at = nowIso();
      await repo.update(tx, scope.workspaceId, id, {
        ...(clean.country ? { country: clean.country } : {}),
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.nativeName !== undefined ? { native_name: body.nativeName?.trim() || null } : {}),
        ...(body.kind ? { kind: body.kind } : {}),
        ...(body.influence !== undefined ? { influence: body.influence } : {}),
        ...(body.stance !== undefined ? { stance: body.stance } : {}),
        ...(body.interests !== undefined ? { interests: body.interests.trim() } : {}),
        ...(body.concerns !== undefined ? { concerns: body.concerns.trim() } : {}),
        ...(clean.languages ? { languages: JSON.stringify(clean.languages) } : {}),
        ...(body.ownerId ? { owner_id: body.ownerId } : {}),
        updated_at: at,
      });
      if (clean.customerIds) await this.relink(tx, scope, id, clean.customerIds);
      if (body.stance !== undefined && body.stance !== before.stance)
        await repo.addStance(tx, {
          workspace_id: scope.workspaceId,
          stakeholder_id: id,
          stance: body.stance,
          note: body.stanceNote?.trim() || null,
          actor_id: scope.userId,
          at,
        });
      const [after] = await repo.visible(tx, { ...scope, role: 'admin' }, { id });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'stakeholder',
        entityId: id,
        changes: diff(before, after ?? {}),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const [row] = await repo.visible(tx, scope, { id });
      if (!row) throw AppError.notFound('Stakeholder');
      if (!canEdit(scope, row))
        throw AppError.forbidden('Only the stakeholder’s owner or an admin can delete it');
      await engagementRepository.removeFor(tx, scope.workspaceId, id);
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'stakeholder',
        entityId: id,
        changes: diff({ name: row.name, country: row.country }, {}),
      });
    });
  }

  /**
   * The caller's links replace those they can see; links to customers outside their scope stay
   * (a manager editing a stakeholder cannot drop another team's link they cannot see).
   */
  private async relink(tx: Executor, scope: Scope, id: string, mine: string[]) {
    const current = (await repo.links(tx, scope.workspaceId, [id])).map((l) => l.customer_id);
    const seen = await this.visibleNames(tx, scope, current);
    const hidden = current.filter((c) => !seen.has(c));
    await repo.setLinks(tx, scope.workspaceId, id, [...new Set([...hidden, ...mine])]);
  }

  /** Names of the live customers among `ids` the scope may see: one read, the rule in memory. */
  private async visibleNames(db: Executor, scope: Scope, ids: string[]) {
    const out = new Map<string, string>();
    for (const c of await customerRecords.findMany(db, scope.workspaceId, ids))
      if (!c.deleted_at && canSeeOwner(scope, c.owner_id)) out.set(c.id, c.name);
    return out;
  }

  private async checked(tx: Executor, scope: Scope, body: StakeholderPatch) {
    const errors: FieldError[] = [];
    const country = body.country?.toUpperCase();
    if (country !== undefined && !isCountryCode(country))
      errors.push(fieldError('/country', 'country', { value: body.country ?? '' }));
    const languages = body.languages?.map((tag, i) => {
      const c = canonicalLanguage(tag);
      if (!c) errors.push(fieldError(`/languages/${i}`, 'language', { value: tag }));
      return c ?? tag;
    });
    if (body.ownerId) {
      const owner = await userRecords.findById(tx, scope.workspaceId, body.ownerId);
      if (!owner || owner.active !== 1) errors.push(fieldError('/ownerId', 'no_active_user'));
    }
    const customerIds = body.customerIds ? [...new Set(body.customerIds)] : undefined;
    for (const [i, c] of (body.customerIds ?? []).entries())
      if (!(await customerRecords.findVisible(tx, scope, c)))
        errors.push(fieldError(`/customerIds/${i}`, 'not_in_scope', { entity: 'customer' }));
    if (errors.length) throw AppError.validation(errors);
    return { country, languages, customerIds };
  }

  private async out(db: Executor, scope: Scope, rows: Stakeholder[]): Promise<StakeholderOut[]> {
    const ids = rows.map((r) => r.id);
    const [links, stances] = await Promise.all([
      repo.links(db, scope.workspaceId, ids),
      repo.stances(db, scope.workspaceId, ids),
    ]);
    const visible = await this.visibleNames(db, scope, [
      ...new Set(links.map((l) => l.customer_id)),
    ]);
    return rows.map((r) => {
      const mine = links.filter((l) => l.stakeholder_id === r.id);
      const history = stances.filter((s) => s.stakeholder_id === r.id);
      return {
        id: r.id,
        country: r.country,
        name: r.name,
        nativeName: r.native_name,
        kind: r.kind,
        influence: r.influence,
        stance: r.stance,
        engagement: engagementFor(r.influence, r.stance),
        stanceTrend: stanceTrend(history),
        interests: r.interests,
        concerns: r.concerns,
        languages: JSON.parse(r.languages) as string[],
        ownerId: r.owner_id,
        customers: mine
          .filter((l) => visible.has(l.customer_id))
          .map((l) => ({ id: l.customer_id, name: visible.get(l.customer_id)! })),
        hiddenCustomers: mine.filter((l) => !visible.has(l.customer_id)).length,
        stanceHistory: history.map((h) => ({ at: h.at, stance: h.stance, note: h.note })),
        canEdit: canEdit(scope, r),
        updatedAt: r.updated_at,
      };
    });
  }
}
