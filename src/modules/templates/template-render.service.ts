import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inSlowSeason, slowSeasons } from '../../domain/calendar/slow-seasons.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import {
  cultureWarnings,
  warningMessage,
  type CultureWarning,
} from '../../domain/communication/culture-warnings.ts';
import { chooseTemplateLanguage, matchVariant } from '../../domain/communication/language.ts';
import {
  renderMessage,
  type MergeValues,
  type TemplateProblem,
} from '../../domain/communication/render.ts';
import { localeFor } from '../../domain/sales/quote-language.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { HOFSTEDE_CITATION } from '../countries/hofstede.dataset.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { mergeValues } from './merge-values.ts';
import { loadRecipient } from './recipient.ts';
import { relatedValues, type RelatedRecords } from './related.ts';
import type { RenderBody, RenderOut } from './templates.schemas.ts';
import { findTemplate } from './templates.service.ts';

type WarningOut = RenderOut['warnings'][number];

function sourceOut(w: CultureWarning): WarningOut['source'] {
  const s = w.source;
  if (s.kind === 'hofstede')
    return {
      kind: s.kind,
      label: `Hofstede ${s.dimension.toUpperCase()} ${s.value} (${s.origin})`,
      dimension: s.dimension,
      value: s.value,
      threshold: s.threshold,
      origin: s.origin,
      citation: s.citation,
    };
  if (s.kind === 'calendar')
    return {
      kind: s.kind,
      label: `${s.country} business calendar`,
      country: s.country,
      date: s.date,
    };
  return {
    kind: s.kind,
    label: `${s.country} slow season: ${s.season.kind}`,
    country: s.country,
    season: s.season.kind,
  };
}

function problemError(p: TemplateProblem): FieldError {
  if (p.code === 'template_merge_value_missing')
    return fieldError(p.path, p.code, {
      field: String(p.params.field),
      source: String(p.params.source),
    });
  if (p.code === 'template_merge_field_unknown')
    return fieldError(p.path, p.code, { field: String(p.params.field) });
  return fieldError(p.path, p.code, {
    error: String(p.params.error),
    line: Number(p.params.line),
    column: Number(p.params.column),
  });
}

/** Renders a template for one contact in the variant their language calls for, with culture checks. */
export class TemplateRenderService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly related?: RelatedRecords,
  ) {}

  /**
   * `extra`: merge values of the record a message is about that this module does not read (an
   * event invitation's), written for the variant chosen.
   */
  async render(
    scope: Scope,
    id: string,
    body: RenderBody,
    now = new Date(),
    extra?: (chosen: { language: string; locale: string }) => MergeValues,
  ): Promise<RenderOut> {
    const found = await findTemplate(this.db, scope.workspaceId, id);
    if (!found) throw AppError.notFound('Template');
    const r = await loadRecipient(this.db, this.calendars, scope, body.contactId);
    const available = found.variants.map((v) => v.language);
    const automatic = chooseTemplateLanguage({
      available,
      contactLanguage: r.contact.preferred_language,
      country: r.customer.country,
      workspaceDefault: found.template.default_language,
    });
    if (!automatic)
      throw AppError.validation([
        fieldError('/contactId', 'template_no_variant', { value: found.template.default_language }),
      ]);
    let chosen: { language: string; locale: string; reason: RenderOut['reason'] } = automatic;
    if (body.language) {
      const hit = matchVariant(body.language, available);
      if (!hit)
        throw AppError.validation([
          fieldError('/language', 'template_no_variant', { value: body.language }),
        ]);
      chosen = {
        language: hit.language,
        locale: localeFor(hit.language, r.customer.country),
        reason: { basis: 'preview', requested: body.language, match: hit.match, skipped: [] },
      };
    }
    const variant = found.variants.find((v) => v.language === chosen.language);
    if (!variant) throw AppError.notFound('Template variant');
    const today = localParts(now, r.timeZone ?? 'UTC').date;
    const [sender, ws] = await Promise.all([
      userRecords.findById(this.db, scope.workspaceId, scope.userId),
      workspaces.find(this.db, scope.workspaceId),
    ]);
    const values = {
      ...mergeValues(r, sender, ws, chosen.locale, today),
      ...(await relatedValues(this.related, scope, body, r.customer.id, chosen.locale)),
      ...extra?.(chosen),
    };
    const base = `/variants/${variant.language}`;
    const subject = renderMessage(variant.subject, chosen.locale, values, `${base}/subject`);
    const text = renderMessage(variant.body, chosen.locale, values, `${base}/body`);
    const problems = [
      ...('problems' in subject ? subject.problems : []),
      ...('problems' in text ? text.problems : []),
    ];
    if ('problems' in subject || 'problems' in text)
      throw new AppError(
        422,
        'Template cannot be rendered',
        `The ${variant.language} variant cannot be sent to this contact as it is`,
        problems.map(problemError),
      );
    const seasons = slowSeasons(r.customer.country, Number(today.slice(0, 4)));
    const warnings = cultureWarnings({
      country: r.customer.country,
      scores: r.culture.scores,
      sources: r.culture.sources,
      citation: HOFSTEDE_CITATION,
      today: r.calendar.status(today),
      slowSeason: inSlowSeason(seasons, today),
    });
    return {
      templateId: id,
      contactId: r.contact.id,
      language: chosen.language,
      locale: chosen.locale,
      reason: chosen.reason,
      automatic: { language: automatic.language, reason: automatic.reason },
      subject: subject.text,
      body: text.text,
      warnings: warnings.map((w) => ({
        code: w.code,
        message: warningMessage(w),
        params: w.params,
        source: sourceOut(w),
      })),
      available,
    };
  }
}
