import type { TemplateVariant } from '../../db/schema.ts';
import { checkMessage } from '../../domain/communication/render.ts';
import { canonicalTag } from '../../domain/sales/quote-language.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import type { TemplateBody } from './templates.schemas.ts';

type VariantIn = TemplateBody['variants'][number];

/**
 * Checks a template's variants before anything is written: each tag is BCP 47 and listed once,
 * the default language has a variant, and every subject and body parses as ICU MessageFormat
 * using only known merge fields. Errors name the field: `/variants/2/body`.
 */
export function checkVariants(
  defaultLanguage: string,
  variants: VariantIn[],
  defaultPath = '/defaultLanguage',
): {
  defaultLanguage: string;
  variants: Omit<TemplateVariant, 'workspace_id' | 'template_id' | 'updated_at'>[];
} {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const out: { language: string; subject: string; body: string }[] = [];
  variants.forEach((v, i) => {
    const tag = canonicalTag(v.language.trim());
    if (!tag) {
      errors.push(fieldError(`/variants/${i}/language`, 'language', { value: v.language }));
      return;
    }
    if (seen.has(tag.toLowerCase()))
      errors.push(fieldError(`/variants/${i}/language`, 'template_language_twice', { value: tag }));
    seen.add(tag.toLowerCase());
    for (const part of ['subject', 'body'] as const) {
      for (const p of checkMessage(v[part], tag, `/variants/${i}/${part}`)) {
        if (p.code === 'template_icu_syntax')
          errors.push(
            fieldError(p.path, p.code, {
              error: String(p.params.error),
              line: Number(p.params.line),
              column: Number(p.params.column),
            }),
          );
        else
          errors.push(
            fieldError(p.path, 'template_merge_field_unknown', { field: String(p.params.field) }),
          );
      }
    }
    out.push({ language: tag, subject: v.subject, body: v.body });
  });
  const def = canonicalTag(defaultLanguage.trim());
  if (!def) errors.push(fieldError(defaultPath, 'language', { value: defaultLanguage }));
  else if (!seen.has(def.toLowerCase()))
    errors.push(fieldError(defaultPath, 'template_default_variant', { value: def }));
  if (errors.length) throw AppError.validation(errors);
  return { defaultLanguage: def ?? defaultLanguage, variants: out };
}
