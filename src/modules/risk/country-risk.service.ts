import type { Kysely } from 'kysely';
import type { CountryRisk, DB } from '../../db/schema.ts';
import { isCountryCode } from '../../domain/countries.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import { nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkCountry } from '../countries/countries.service.ts';
import { countryRiskRepository } from './country-risk.repository.ts';

export interface CountryRiskBody {
  rating: number;
  source?: string | null;
  ratedOn?: string | null;
  notes?: string | null;
}

/**
 * No classification ships with the product (docs/risk.md, "Country risk"): every rating is the
 * workspace's own, entered or imported, and says so (`origin: 'workspace'`).
 */
export const SHIPPED_SOURCE = null;

const out = (r: CountryRisk) => ({
  country: r.country,
  rating: r.rating,
  source: r.source,
  ratedOn: r.rated_on,
  notes: r.notes,
  origin: 'workspace' as const,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

const isRating = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 7;

function bodyProblems(b: CountryRiskBody, at = ''): FieldError[] {
  return [
    ...(isRating(b.rating) ? [] : [fieldError(`${at}/rating`, 'country_risk_rating')]),
    ...(b.ratedOn && !isIsoDate(b.ratedOn) ? [fieldError(`${at}/ratedOn`, 'invalid_date')] : []),
  ];
}

const COLUMNS = ['country', 'rating', 'source', 'rated_on', 'notes'];

export class CountryRiskService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope) {
    const rows = await countryRiskRepository.list(this.db, scope.workspaceId);
    return { shippedSource: SHIPPED_SOURCE, items: rows.map(out) };
  }

  async get(scope: Scope, code: string) {
    const country = checkCountry(code);
    const r = await countryRiskRepository.find(this.db, scope.workspaceId, country);
    return r ? out(r) : null;
  }

  async put(scope: Scope, code: string, body: CountryRiskBody) {
    requireRole(scope, 'manager', 'admin');
    const country = checkCountry(code);
    const errors = bodyProblems(body);
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const before = await countryRiskRepository.find(tx, scope.workspaceId, country);
      const row = this.row(scope, country, body);
      await countryRiskRepository.put(tx, [row]);
      await recordAudit(tx, scope, {
        action: before ? 'update' : 'create',
        entityType: 'country_risk',
        entityId: country,
        changes: { rating: { before: before?.rating ?? null, after: row.rating } },
      });
      return out(row);
    });
  }

  async remove(scope: Scope, code: string): Promise<void> {
    requireRole(scope, 'manager', 'admin');
    const country = checkCountry(code);
    await this.db.transaction().execute(async (tx) => {
      const before = await countryRiskRepository.find(tx, scope.workspaceId, country);
      if (!before) throw AppError.notFound('Country rating');
      await countryRiskRepository.remove(tx, scope.workspaceId, country);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'country_risk',
        entityId: country,
        changes: { rating: { before: before.rating, after: null } },
      });
    });
  }

  /**
   * Imports ratings from CSV text (`country,rating,source,rated_on,notes`, a header line first):
   * every line is checked before any is written, so a bad file changes nothing.
   */
  async importCsv(scope: Scope, csv: string) {
    requireRole(scope, 'manager', 'admin');
    const lines = csv.split(/\r?\n/).filter((l) => l.trim());
    const header = (lines.shift() ?? '').split(',').map((h) => h.trim().toLowerCase());
    if (header.slice(0, 2).join(',') !== 'country,rating')
      throw AppError.validation([fieldError('/csv', 'csv_columns', { columns: COLUMNS })]);
    const errors: FieldError[] = [];
    const rows: CountryRisk[] = [];
    lines.forEach((line, i) => {
      const cells = splitCsv(line);
      const at = `/csv/${i + 2}`;
      const get = (name: string) => cells[header.indexOf(name)]?.trim() || null;
      const code = (get('country') ?? '').toUpperCase();
      const body: CountryRiskBody = {
        rating: Number(get('rating') ?? 'x'),
        source: get('source'),
        ratedOn: get('rated_on'),
        notes: get('notes'),
      };
      const problems = [
        ...(isCountryCode(code) ? [] : [fieldError(`${at}/country`, 'country', { value: code })]),
        ...bodyProblems(body, at),
      ];
      errors.push(...problems);
      if (!problems.length) rows.push(this.row(scope, code, body));
    });
    if (errors.length) throw AppError.validation(errors.slice(0, 100));
    await this.db.transaction().execute(async (tx) => {
      await countryRiskRepository.put(tx, rows);
      if (rows.length)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'country_risk',
          entityId: 'import',
          changes: { countries: { before: null, after: rows.map((r) => r.country).join(' ') } },
        });
    });
    return { imported: rows.length };
  }

  private row(scope: Scope, country: string, b: CountryRiskBody): CountryRisk {
    return {
      workspace_id: scope.workspaceId,
      country,
      rating: b.rating,
      source: b.source?.trim() || null,
      rated_on: b.ratedOn ?? null,
      notes: b.notes?.trim() || null,
      updated_by: scope.userId,
      updated_at: nowIso(),
    };
  }
}

/** One CSV line into cells: commas, double-quoted cells with "" for a quote. */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cur += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
