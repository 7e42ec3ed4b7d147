import type { SanctionsList, SanctionsReview } from '../../db/schema.ts';
import type { ListFormat } from './parsers/index.ts';

export const listOut = (l: SanctionsList) => ({
  id: l.id,
  name: l.name,
  format: l.format as ListFormat,
  publishedAt: l.published_at,
  entryCount: Number(l.entry_count),
  version: Number(l.version),
  fileName: l.file_name,
  uploadedBy: l.uploaded_by,
  uploadedAt: l.uploaded_at,
});

export const reviewOut = (r: SanctionsReview & { customer_name: string }) => ({
  id: r.id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  contactId: r.subject_key || null,
  subjectName: r.subject_name,
  listId: r.list_id,
  entryId: r.entry_id,
  entryName: r.entry_name,
  score: Number(r.score_milli) / 1000,
  matchedOn: JSON.parse(r.matched_on) as {
    tokens: { query: string; entry: string; score: number }[];
    country: 'same' | 'different' | null;
    birthDate: 'same' | 'same-year' | 'different' | null;
  },
  status: r.status,
  source: r.source,
  importId: r.import_id,
  reason: r.reason,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  createdAt: r.created_at,
});
