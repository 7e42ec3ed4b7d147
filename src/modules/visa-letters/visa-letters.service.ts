import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, VisaPassport } from '../../db/schema.ts';
import { wallClock } from '../../domain/customer-events/invitee-times.ts';
import {
  earliestExpiry,
  normalisePassportNumber,
  passportProblems,
  retainedUntil,
} from '../../domain/customer-events/passport.ts';
import { textIn } from '../../domain/customer-events/rsvp-labels.ts';
import { visaLetterLanguage } from '../../domain/customer-events/visa-letter-text.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { Scope } from '../../domain/scope.ts';
import { SecretBox } from '../../domain/secret-box.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { PdfBrowser } from '../pdf/browser.ts';
import { settingsOf } from '../quotes/quote-settings.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { renderVisaLetterHtml } from './visa-letter-html.ts';
import { type LetterSubject, visaLettersRepository as repo } from './visa-letters.repository.ts';
import type { PassportBody, VisaLetterOut } from './visa-letters.schemas.ts';

/** Fields kept sealed at rest: with a name, they are what a leaked copy could be misused with. */
const SEALED = ['passport_number', 'date_of_birth'] as const;

/** The row as stored: its sealed fields in boxes bound to this invitation and field. */
export function sealPassport(box: SecretBox, row: VisaPassport): VisaPassport {
  const out = { ...row };
  for (const f of SEALED)
    if (!SecretBox.isBox(row[f]))
      out[f] = box.seal(row.workspace_id, `${row.invitation_id}:${f}`, row[f]);
  return out;
}

/** The row as read: its sealed fields opened (rows stored before sealing began are plain). */
export function openPassport(box: SecretBox, row: VisaPassport): VisaPassport {
  const out = { ...row };
  for (const f of SEALED)
    if (SecretBox.isBox(row[f]))
      out[f] = box.open(row.workspace_id, `${row.invitation_id}:${f}`, row[f]);
  return out;
}

const lastDay = (s: LetterSubject) => wallClock(s.ends_at, s.time_zone).date;

const toPassportOut = (p: VisaPassport) => ({
  fullName: p.full_name,
  nationality: p.nationality,
  passportNumber: p.passport_number,
  dateOfBirth: p.date_of_birth,
  issueDate: p.issue_date,
  expiryDate: p.expiry_date,
  gender: p.gender,
  updatedAt: p.updated_at,
});

/**
 * Passport data and visa invitation letters for an event's invitees. Only the event's owner and
 * admins reach them; for anyone else the invitation does not exist (404), as for records out of
 * scope.
 */
export class VisaLettersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: { browser: PdfBrowser; now: () => Date; box: SecretBox },
  ) {}

  private async find(db: Executor, workspaceId: string, invitationId: string) {
    const row = await repo.find(db, workspaceId, invitationId);
    return row && openPassport(this.deps.box, row);
  }

  private async subject(db: Executor, scope: Scope, eventId: string, invitationId: string) {
    const s = await repo.subject(db, scope, eventId, invitationId);
    if (!s) throw AppError.notFound('Invitation');
    return s;
  }

  /**
   * Days passport data is kept after the event's end, then deleted by the nightly retention job:
   * the workspace's setting (docs/events.md), 30 unless an admin changed it.
   */
  private async retentionDays(db: Executor, workspaceId: string): Promise<number> {
    return (await workspaces.find(db, workspaceId))?.passport_retention_days ?? 30;
  }

  private out(s: LetterSubject, p: VisaPassport | undefined, days: number): VisaLetterOut {
    return {
      passport: p ? toPassportOut(p) : null,
      letterLanguage: visaLetterLanguage(s.language),
      earliestExpiry: earliestExpiry(lastDay(s)),
      deleteOn: retainedUntil(lastDay(s), days),
    };
  }

  async get(scope: Scope, eventId: string, invitationId: string): Promise<VisaLetterOut> {
    const s = await this.subject(this.db, scope, eventId, invitationId);
    const [p, days] = await Promise.all([
      this.find(this.db, scope.workspaceId, invitationId),
      this.retentionDays(this.db, scope.workspaceId),
    ]);
    return this.out(s, p, days);
  }

  async save(scope: Scope, eventId: string, invitationId: string, body: PassportBody) {
    return this.db.transaction().execute(async (tx) => {
      const s = await this.subject(tx, scope, eventId, invitationId);
      const today = this.deps.now().toISOString().slice(0, 10);
      const errors = passportProblems(body, lastDay(s), today);
      if (errors.length) throw AppError.validation(errors);
      const before = await this.find(tx, scope.workspaceId, invitationId);
      const at = this.deps.now().toISOString();
      const row: VisaPassport = {
        workspace_id: scope.workspaceId,
        invitation_id: invitationId,
        event_id: eventId,
        full_name: body.fullName.trim(),
        nationality: body.nationality.toUpperCase(),
        passport_number: normalisePassportNumber(body.passportNumber),
        date_of_birth: body.dateOfBirth,
        issue_date: body.issueDate,
        expiry_date: body.expiryDate,
        gender: body.gender ?? null,
        updated_by: scope.userId,
        created_at: before?.created_at ?? at,
        updated_at: at,
      };
      await repo.save(tx, sealPassport(this.deps.box, row));
      // The audit says that passport data was entered or changed, never what it is.
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'event_invitation',
        entityId: invitationId,
        changes: { passportData: { before: before ? 'held' : null, after: 'held' } },
      });
      return this.out(s, row, await this.retentionDays(tx, scope.workspaceId));
    });
  }

  async remove(scope: Scope, eventId: string, invitationId: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await this.subject(tx, scope, eventId, invitationId);
      if (!(await repo.remove(tx, scope.workspaceId, [invitationId]))) return;
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'event_invitation',
        entityId: invitationId,
        changes: { passportData: { before: 'held', after: null } },
      });
    });
  }

  /** The letter as PDF: the invitee's language and English, on the workspace's letterhead. */
  async pdf(scope: Scope, eventId: string, invitationId: string) {
    const s = await this.subject(this.db, scope, eventId, invitationId);
    const p = await this.find(this.db, scope.workspaceId, invitationId);
    if (!p)
      throw AppError.conflict('No passport data', [fieldError('/passport', 'passport_missing')]);
    const [ws, settings, owner] = await Promise.all([
      workspaces.find(this.db, scope.workspaceId),
      settingsOf(this.db, scope.workspaceId),
      userRecords.findById(this.db, scope.workspaceId, s.owner_id),
    ]);
    const language = visaLetterLanguage(s.language);
    const titles = JSON.parse(s.title) as Record<string, string>;
    const html = renderVisaLetterHtml({
      languages: language === 'en' ? ['en'] : [language, 'en'],
      date: wallClock(this.deps.now().toISOString(), s.time_zone).date,
      host: { name: ws?.name ?? '', letterhead: settings.letterhead },
      guest: {
        fullName: p.full_name,
        nationality: p.nationality,
        passportNumber: p.passport_number,
        dateOfBirth: p.date_of_birth,
        issueDate: p.issue_date,
        expiryDate: p.expiry_date,
        gender: p.gender,
        company: s.customer_native_name
          ? `${s.customer_native_name} (${s.customer_name})`
          : s.customer_name,
      },
      visit: {
        from: wallClock(s.starts_at, s.time_zone).date,
        to: lastDay(s),
        venue: s.venue,
        country: s.venue_country,
      },
      contact: owner ? { name: owner.name, email: owner.email } : null,
      titleIn: (l) => textIn(titles, l),
    });
    const pdf = await this.deps.browser.pdf(html);
    const safe = p.full_name.replace(/[^\w.-]+/g, '_').slice(0, 60);
    return { pdf, filename: `visa-letter-${safe || invitationId}.pdf` };
  }
}
