import type { Kysely } from 'kysely';
import type { Certificate, DB } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import {
  certificateState,
  REMINDER_DAYS,
  renewalReminderDate,
} from '../../domain/sustainability/sustainability.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { canEdit, checkOwner, homeOffice, isHttpUrl } from './sustainability-common.ts';
import { sustainabilityRepository as repo } from './sustainability.repository.ts';
import type {
  CertificateBody,
  CertificateOut,
  CertificatePatch,
} from './sustainability.schemas.ts';

/**
 * Certificates the company holds (ISO 14001, ISO 50001, a verified PCF …). Each answer carries
 * its renewal reminder: `reminderBusinessDays` business days before expiry in the home office's
 * calendar, worked out when read, so a holiday the workspace adds moves it. Managers and admins
 * read and add them; the owner and admins change them.
 */
export class CertificatesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(scope: Scope, f: { state?: string } = {}): Promise<CertificateOut[]> {
    const out = await this.out(this.db, scope, await repo.certificates(this.db, scope));
    return f.state ? out.filter((c) => c.state === f.state) : out;
  }

  async get(scope: Scope, id: string): Promise<CertificateOut> {
    const [row] = await repo.certificates(this.db, scope, { id });
    if (!row) throw AppError.notFound('Certificate');
    return (await this.out(this.db, scope, [row]))[0]!;
  }

  async create(scope: Scope, body: CertificateBody): Promise<CertificateOut> {
    requireRole(scope, 'admin', 'manager');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await this.checked(tx, scope, body, body);
      const at = nowIso();
      await repo.insertCertificate(tx, {
        workspace_id: scope.workspaceId,
        id,
        standard: body.standard.trim(),
        name: body.name.trim(),
        issuer: body.issuer?.trim() ?? '',
        number: body.number?.trim() ?? '',
        scope: body.scope?.trim() ?? '',
        issued_on: body.issuedOn,
        expires_on: body.expiresOn,
        reminder_business_days: body.reminderBusinessDays ?? REMINDER_DAYS.default,
        document_url: body.documentUrl?.trim() || null,
        owner_id: body.ownerId ?? scope.userId,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'certificate',
        entityId: id,
        changes: diff({}, { standard: body.standard, expiresOn: body.expiresOn }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, body: CertificatePatch): Promise<CertificateOut> {
    await this.db.transaction().execute(async (tx) => {
      const [before] = await repo.certificates(tx, scope, { id });
      if (!before) throw AppError.notFound('Certificate');
      if (!canEdit(scope, before.owner_id))
        throw AppError.forbidden('Only the certificate’s owner or an admin can change it');
      await this.checked(tx, scope, body, {
        issuedOn: body.issuedOn ?? before.issued_on,
        expiresOn: body.expiresOn ?? before.expires_on,
      });
      await repo.updateCertificate(tx, scope.workspaceId, id, {
        ...(body.standard !== undefined ? { standard: body.standard.trim() } : {}),
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.issuer !== undefined ? { issuer: body.issuer.trim() } : {}),
        ...(body.number !== undefined ? { number: body.number.trim() } : {}),
        ...(body.scope !== undefined ? { scope: body.scope.trim() } : {}),
        ...(body.issuedOn ? { issued_on: body.issuedOn } : {}),
        ...(body.expiresOn ? { expires_on: body.expiresOn } : {}),
        ...(body.reminderBusinessDays !== undefined
          ? { reminder_business_days: body.reminderBusinessDays }
          : {}),
        ...(body.documentUrl !== undefined
          ? { document_url: body.documentUrl?.trim() || null }
          : {}),
        ...(body.ownerId ? { owner_id: body.ownerId } : {}),
        updated_at: nowIso(),
      });
      const [after] = await repo.certificates(tx, { ...scope, role: 'admin' }, { id });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'certificate',
        entityId: id,
        changes: diff(before, after ?? {}),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const [row] = await repo.certificates(tx, scope, { id });
      if (!row) throw AppError.notFound('Certificate');
      if (!canEdit(scope, row.owner_id))
        throw AppError.forbidden('Only the certificate’s owner or an admin can delete it');
      await repo.removeCertificate(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'certificate',
        entityId: id,
        changes: diff({ standard: row.standard, expiresOn: row.expires_on }, {}),
      });
    });
  }

  private async checked(
    tx: Executor,
    scope: Scope,
    body: CertificatePatch,
    merged: { issuedOn: string; expiresOn: string },
  ) {
    const errors: FieldError[] = [];
    if (merged.expiresOn <= merged.issuedOn) errors.push(fieldError('/expiresOn', 'after_start'));
    const url = body.documentUrl?.trim();
    if (url && !isHttpUrl(url)) errors.push(fieldError('/documentUrl', 'http_url'));
    errors.push(...(await checkOwner(tx, scope, body.ownerId)));
    if (errors.length) throw AppError.validation(errors);
  }

  private async out(db: Executor, scope: Scope, rows: Certificate[]): Promise<CertificateOut[]> {
    const home = await homeOffice(db, this.calendars, scope.workspaceId, this.now());
    return rows.map((r) => {
      const remindOn = renewalReminderDate(home.calendar, r.expires_on, r.reminder_business_days);
      return {
        id: r.id,
        standard: r.standard,
        name: r.name,
        issuer: r.issuer,
        number: r.number,
        scope: r.scope,
        issuedOn: r.issued_on,
        expiresOn: r.expires_on,
        reminderBusinessDays: r.reminder_business_days,
        remindOn,
        state: certificateState(r.expires_on, remindOn, home.today),
        documentUrl: r.document_url,
        ownerId: r.owner_id,
        canEdit: canEdit(scope, r.owner_id),
        updatedAt: r.updated_at,
      };
    });
  }
}
