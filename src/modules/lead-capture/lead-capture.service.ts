import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, LeadForm, MatchKind } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { normaliseCustomerRow } from '../../domain/import/normalise-customer-row.ts';
import { canSeeOwner, requireRole, systemScope, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, problemAt } from '../../http/errors.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { RateLimit } from '../rate-limits/rate-limits.service.ts';
import type { ContactsService } from '../customers/contacts.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import { leadFormsRepository } from './lead-forms.repository.ts';
import { userRecords } from '../users/user-records.service.ts';

export interface LeadSubmission {
  company: string;
  country: string;
  name: string;
  email: string;
  phone?: string;
  message?: string;
  /** the honeypot: hidden on the form, so only robots fill it */
  website_url?: string;
}

const toOut = (f: LeadForm) => ({
  id: f.id,
  name: f.name,
  source: f.source,
  ownerId: f.owner_id,
  allowedOrigins: JSON.parse(f.allowed_origins) as string[],
  /** what the company's site posts to */
  postUrl: `/api/v1/public/lead-forms/${f.workspace_id}/${f.form_key}`,
  createdAt: f.created_at,
});

/** Public web forms on the company's own site that create leads (or add to a known customer). */
export class LeadCaptureService {
  // Twenty submissions an hour per address and form; a trade-show kiosk stays well under.
  // Counted in the database, so the limit holds across server processes.
  private readonly throttle: RateLimit;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly services: {
      auth: AuthService;
      customers: CustomersService;
      contacts: ContactsService;
      activities: ActivitiesService;
    },
  ) {
    this.throttle = new RateLimit(db, 'lead-form', { maxAttempts: 20, windowMs: 3_600_000 });
  }

  async list(scope: Scope) {
    requireRole(scope, 'admin', 'manager');
    return { items: (await leadFormsRepository.list(this.db, scope)).map(toOut) };
  }

  async create(
    scope: Scope,
    body: { name: string; source?: string; ownerId?: string; allowedOrigins?: string[] },
  ) {
    requireRole(scope, 'admin', 'manager');
    const ownerId = body.ownerId ?? scope.userId;
    const owner = await userRecords.findById(this.db, scope.workspaceId, ownerId);
    if (!owner || owner.active !== 1)
      throw AppError.validation([fieldError('/ownerId', 'no_active_user')]);
    // The same rule as a customer's owner: yourself or a member of your teams (admins: anyone).
    if (!canSeeOwner(scope, ownerId))
      throw AppError.validation([
        fieldError('/ownerId', 'owner_not_allowed', { entities: 'lead forms' }),
      ]);
    const origins = body.allowedOrigins ?? [];
    origins.forEach((o, i) => {
      if (!/^https?:\/\/[^/\s]+$/.test(o))
        throw AppError.validation([fieldError(`/allowedOrigins/${i}`, 'origin')]);
    });
    const row: LeadForm = {
      workspace_id: scope.workspaceId,
      id: newId(),
      form_key: randomBytes(18).toString('base64url'),
      name: body.name.trim(),
      source: body.source?.trim() || `web form: ${body.name.trim()}`,
      owner_id: ownerId,
      allowed_origins: JSON.stringify(origins),
      created_at: nowIso(),
    };
    await leadFormsRepository.insert(this.db, row);
    return toOut(row);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin', 'manager');
    // Another team's form is out of scope, so "not found", as for customers.
    const form = await leadFormsRepository.findVisible(this.db, scope, id);
    if (!form || !(await leadFormsRepository.remove(this.db, scope.workspaceId, form.id)))
      throw AppError.notFound('Lead form');
  }

  /** The form for a public address, or 404 (the same answer for a wrong workspace or key). */
  async form(workspaceId: string, formKey: string): Promise<LeadForm> {
    const form = await leadFormsRepository.byKey(this.db, workspaceId, formKey).catch(() => null);
    if (!form) throw AppError.notFound('Form');
    return form;
  }

  /**
   * Takes a submission: a robot (honeypot filled) is thanked and ignored; a known company (same
   * domain, email or phone) gets the message on its timeline; anyone else becomes a lead owned by
   * the form's owner.
   */
  async submit(form: LeadForm, body: LeadSubmission, address: string) {
    const wait = await this.throttle.retryAfter(`${form.id}|${address}`);
    if (wait) throw new AppError(429, 'Too many submissions', `Try again in ${wait} s`);
    await this.throttle.record(`${form.id}|${address}`);
    if (body.website_url) return { received: true };
    const country = body.country.trim();
    const { row, problems } = normaliseCustomerRow(
      {
        name: body.company,
        country,
        contactName: body.name,
        email: body.email,
        phone: body.phone,
      },
      { source: form.source },
    );
    if (!row)
      throw AppError.validation(
        problems.map((p) =>
          problemAt(
            `/${p.field === 'name' ? 'company' : p.field === 'contactName' ? 'name' : p.field}`,
            p,
          ),
        ),
      );
    const { auth, customers, contacts, activities } = this.services;
    const owner = await auth.scopeFor(form.workspace_id, form.owner_id);
    if (!owner) throw new AppError(503, 'Form unavailable', 'The form’s owner is inactive');
    // A known company keeps its owner; the message reaches it whoever owns the form, so the
    // touch is logged by the system on the owner's behalf.
    const system: Scope = systemScope(form.workspace_id, owner.userId);
    // One transaction: a lead is never left without its contact or its message.
    await this.db.transaction().execute(async (tx) => {
      let customerId: string | null = null;
      for (const kind of ['domain', 'email', 'phone'] as MatchKind[]) {
        const key = row.keys[kind as 'domain' | 'email' | 'phone'];
        if (!key || customerId) continue;
        const [hit] = await customerRecords.findByKeys(tx, form.workspace_id, kind, [key]);
        customerId = hit?.customer_id ?? null;
      }
      if (!customerId) {
        customerId = await customers.createIn(tx, owner, {
          name: row.customer.name,
          country: row.customer.country,
          domain: row.customer.domain ?? undefined,
          stage: 'lead',
          source: form.source,
        });
        const c = row.contact;
        if (c)
          await contacts.createIn(tx, owner, customerId, {
            firstName: c.firstName,
            lastName: c.lastName,
            emails: c.email ? [c.email] : [],
            phones: c.phone ? [c.phone] : [],
          });
      }
      // Whoever fills the form in is a stranger until verified: the entry says who they claim to
      // be and is kept as unverified web input (source web_form), with payment talk flagged.
      await activities.logIn(
        tx,
        system,
        {
          customerId,
          type: 'message',
          channel: 'web form',
          direction: 'inbound',
          occurredAt: new Date().toISOString(),
          summary: `${form.name}: ${body.name} <${body.email}>${body.message ? ` — ${body.message.slice(0, 1500)}` : ''}`,
        },
        { source: 'web_form' },
      );
    });
    // The same answer whether or not the company is known: the form is no customer oracle.
    return { received: true };
  }
}
