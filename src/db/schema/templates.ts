import type { Selectable } from 'kysely';

// Message templates and their variants per language (0036).

export interface TemplateTable {
  workspace_id: string;
  id: string;
  name: string;
  description: string | null;
  /** BCP 47 tag of the variant used when neither the contact's nor the country's language has one */
  default_language: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface TemplateVariantTable {
  workspace_id: string;
  template_id: string;
  /** BCP 47 tag as the author wrote it, canonicalised (pt-BR, zh-CN, de) */
  language: string;
  /** ICU MessageFormat */
  subject: string;
  /** ICU MessageFormat */
  body: string;
  updated_at: string;
}

export type Template = Selectable<TemplateTable>;
export type TemplateVariant = Selectable<TemplateVariantTable>;
