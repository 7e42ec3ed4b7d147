import type { Kysely } from 'kysely';
import type { DB, SmtpAccount } from '../../db/schema.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { ServiceSettingsBody, ServiceSettingsOut } from './feedback.schemas.ts';
import { serviceSettingsRepository as repo } from './service-settings.repository.ts';

/** A workspace SMTP account by id (the mail module's), without its password. */
export type SmtpAccountLookup = (
  workspaceId: string,
  id: string,
) => Promise<Pick<SmtpAccount, 'id' | 'name' | 'address' | 'error_code'> | undefined>;

/**
 * The service settings: which workspace SMTP account (Admin → SMTP accounts) survey links are
 * mailed through. None chosen (or the account deleted): nothing is mailed, and the pages say so.
 * Admins and managers read them; admins change them (audited).
 */
export class ServiceSettingsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: { account: SmtpAccountLookup; now: () => Date },
  ) {}

  async get(scope: Scope): Promise<ServiceSettingsOut> {
    requireRole(scope, 'admin', 'manager');
    const id = await repo.surveyAccountId(this.db, scope.workspaceId);
    const account = id ? await this.deps.account(scope.workspaceId, id) : undefined;
    return {
      surveySmtpAccountId: id,
      surveyAccount: account
        ? {
            id: account.id,
            name: account.name,
            address: account.address,
            failing: account.error_code !== null,
          }
        : null,
      surveyMail: account ? 'on' : id ? 'account_gone' : 'off',
    };
  }

  async put(scope: Scope, body: ServiceSettingsBody): Promise<ServiceSettingsOut> {
    requireRole(scope, 'admin');
    const ws = scope.workspaceId;
    const next = body.surveySmtpAccountId ?? null;
    if (next && !(await this.deps.account(ws, next)))
      throw AppError.validation([
        fieldError('/surveySmtpAccountId', 'no_such', { entity: 'SMTP account' }),
      ]);
    await this.db.transaction().execute(async (tx) => {
      const before = await repo.surveyAccountId(tx, ws);
      if (before === next) return;
      await repo.save(tx, {
        workspace_id: ws,
        survey_smtp_account_id: next,
        updated_by: scope.userId || null,
        updated_at: this.deps.now().toISOString(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'service_settings',
        entityId: ws,
        changes: diff({ surveySmtpAccountId: before }, { surveySmtpAccountId: next }),
      });
    });
    return this.get(scope);
  }
}
