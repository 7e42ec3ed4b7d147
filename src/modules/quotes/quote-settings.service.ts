import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, QuoteSettings } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { DEFAULT_PATTERNS, patternProblems } from '../../domain/sales/quote-rules.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { quotesRepository as repo } from './quotes.repository.ts';
import type { QuoteSettingsBody } from './quotes.schemas.ts';

/** A workspace's quote settings, or the defaults while it has saved none. */
export async function settingsOf(db: Executor, workspaceId: string): Promise<QuoteSettings> {
  return (
    (await repo.settings(db, workspaceId)) ?? {
      workspace_id: workspaceId,
      quote_pattern: DEFAULT_PATTERNS.quote,
      proforma_pattern: DEFAULT_PATTERNS.proforma,
      letterhead: '',
      bank_details: '',
      updated_at: '',
    }
  );
}

const toOut = (s: QuoteSettings) => ({
  quotePattern: s.quote_pattern,
  proformaPattern: s.proforma_pattern,
  letterhead: s.letterhead,
  bankDetails: s.bank_details,
});

/** Number patterns, letterhead and bank details: everyone reads them, admins change them. */
export class QuoteSettingsService {
  constructor(private readonly db: Kysely<DB>) {}

  async get(scope: Scope) {
    return toOut(await settingsOf(this.db, scope.workspaceId));
  }

  async put(scope: Scope, body: QuoteSettingsBody) {
    requireRole(scope, 'admin');
    const errors = [
      ...patternProblems(body.quotePattern, '/quotePattern'),
      ...patternProblems(body.proformaPattern, '/proformaPattern'),
    ];
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const before = await settingsOf(tx, scope.workspaceId);
      const row: QuoteSettings = {
        workspace_id: scope.workspaceId,
        quote_pattern: body.quotePattern.trim(),
        proforma_pattern: body.proformaPattern.trim(),
        letterhead: body.letterhead,
        bank_details: body.bankDetails,
        updated_at: new Date().toISOString(),
      };
      await repo.saveSettings(tx, row);
      const changes = diff(toOut(before), toOut(row));
      if (Object.keys(changes).length)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'quote_settings',
          entityId: scope.workspaceId,
          changes,
        });
      return toOut(row);
    });
  }
}
