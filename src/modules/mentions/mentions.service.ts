import type { Kysely } from 'kysely';
import type { DB, Mention } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { isCountryCode } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { negativeAlert, negativeShare } from '../../domain/reputation/mention-alert.ts';
import { suggestSentiment, type Sentiment } from '../../domain/reputation/sentiment.ts';
import { canSeeOwner, requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { stakeholderRecords } from '../stakeholders/stakeholder-records.service.ts';
import { mentionIncidentsRepository } from './mention-incidents.repository.ts';
import { mentionsRepository as repo } from './mentions.repository.ts';
import type {
  MentionBody,
  MentionOut,
  MentionPatch,
  MentionQuery,
  SummaryOut,
  SummaryQuery,
} from './mentions.schemas.ts';

const canEdit = (scope: Scope) => scope.role === 'admin' || scope.role === 'manager';
export const canonicalLanguage = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
};
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Mentions per market (issue 19). Managers and admins read, add, change and delete every
 * mention; anyone else reads those linked to customers they may see. Linked customers and
 * stakeholders are named only where the caller may see them. The suggested sentiment and a
 * person's value are both kept; the person's value counts.
 */
export class MentionsService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope, q: MentionQuery): Promise<MentionOut[]> {
    const rows = await repo.visible(this.db, scope, {
      ...q,
      country: q.country?.toUpperCase(),
      limit: q.limit ?? 100,
    });
    return this.out(this.db, scope, rows);
  }

  async get(scope: Scope, id: string): Promise<MentionOut> {
    const [row] = await repo.visible(this.db, scope, { id });
    if (!row) throw AppError.notFound('Mention');
    return (await this.out(this.db, scope, [row]))[0]!;
  }

  async create(scope: Scope, body: MentionBody): Promise<MentionOut> {
    requireRole(scope, 'admin', 'manager');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const clean = await this.checked(tx, scope, body);
      const suggested = suggestSentiment(`${body.title} ${body.summary ?? ''}`, clean.language!);
      const at = nowIso();
      await repo.insert(tx, {
        workspace_id: scope.workspaceId,
        id,
        country: clean.country!,
        title: body.title.trim(),
        source: body.source.trim(),
        url: body.url ?? null,
        language: clean.language!,
        published_on: body.publishedOn,
        reach: body.reach ?? null,
        summary: body.summary?.trim() ?? '',
        sentiment: body.sentiment ?? suggested.sentiment,
        suggested_sentiment: suggested.sentiment,
        suggested_score: suggested.score,
        person_sentiment: body.sentiment ?? null,
        person_sentiment_by: body.sentiment ? scope.userId : null,
        topics: JSON.stringify(clean.topics ?? []),
        created_by: scope.userId,
        created_at: at,
        updated_at: at,
      });
      await repo.setLinks(tx, scope.workspaceId, id, 'customers', clean.customerIds ?? []);
      await repo.setLinks(tx, scope.workspaceId, id, 'stakeholders', clean.stakeholderIds ?? []);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'mention',
        entityId: id,
        changes: diff({}, { title: body.title, country: clean.country }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, body: MentionPatch): Promise<MentionOut> {
    await this.db.transaction().execute(async (tx) => {
      const [before] = await repo.visible(tx, scope, { id });
      if (!before) throw AppError.notFound('Mention');
      if (!canEdit(scope)) throw AppError.forbidden('Only managers and admins change mentions');
      const clean = await this.checked(tx, scope, body);
      const title = body.title?.trim() ?? before.title;
      const summary = body.summary?.trim() ?? before.summary;
      const language = clean.language ?? before.language;
      const textChanged =
        title !== before.title || summary !== before.summary || language !== before.language;
      const suggested = textChanged
        ? suggestSentiment(`${title} ${summary}`, language)
        : {
            sentiment: before.suggested_sentiment as Sentiment | null,
            score: before.suggested_score,
          };
      const person =
        body.sentiment !== undefined
          ? body.sentiment
          : (before.person_sentiment as Sentiment | null);
      await repo.update(tx, scope.workspaceId, id, {
        ...(clean.country ? { country: clean.country } : {}),
        title,
        summary,
        language,
        ...(body.source !== undefined ? { source: body.source.trim() } : {}),
        ...(body.url !== undefined ? { url: body.url } : {}),
        ...(body.publishedOn !== undefined ? { published_on: body.publishedOn } : {}),
        ...(body.reach !== undefined ? { reach: body.reach } : {}),
        ...(clean.topics ? { topics: JSON.stringify(clean.topics) } : {}),
        suggested_sentiment: suggested.sentiment,
        suggested_score: suggested.score,
        person_sentiment: person,
        ...(body.sentiment !== undefined
          ? { person_sentiment_by: body.sentiment ? scope.userId : null }
          : {}),
        sentiment: person ?? suggested.sentiment ?? 'neutral',
        updated_at: nowIso(),
      });
      if (clean.customerIds) await this.relinkCustomers(tx, scope, id, clean.customerIds);
      if (clean.stakeholderIds) await this.relinkStakeholders(tx, scope, id, clean.stakeholderIds);
      const [after] = await repo.visible(tx, { ...scope, role: 'admin' }, { id });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'mention',
        entityId: id,
        changes: diff(before, after ?? {}),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const [row] = await repo.visible(tx, scope, { id });
      if (!row) throw AppError.notFound('Mention');
      if (!canEdit(scope)) throw AppError.forbidden('Only managers and admins delete mentions');
      await mentionIncidentsRepository.removeForMention(tx, scope.workspaceId, id);
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'mention',
        entityId: id,
        changes: diff({ title: row.title, country: row.country }, {}),
      });
    });
  }

  /** The reputation page of one country (managers and admins: it counts every mention). */
  async summary(scope: Scope, q: SummaryQuery, today = nowIso().slice(0, 10)): Promise<SummaryOut> {
    requireRole(scope, 'admin', 'manager');
    const country = q.country.toUpperCase();
    const to = q.to ?? today;
    const from = q.from ?? addDays(to, -364);
    const errors: FieldError[] = [];
    if (!isCountryCode(country))
      errors.push(fieldError('/country', 'country', { value: q.country }));
    if (from > to) errors.push(fieldError('/to', 'after_start'));
    if (errors.length) throw AppError.validation(errors);
    const counts = await repo.summary(this.db, scope.workspaceId, country, from, to);
    return summaryOf(counts, {
      country,
      from,
      to,
      windowDays: q.windowDays,
      threshold: q.threshold,
    });
  }

  private async relinkCustomers(tx: Executor, scope: Scope, id: string, mine: string[]) {
    const current = (await repo.links(tx, scope.workspaceId, [id])).customers.map((l) => l.target);
    const seen = await this.customerNames(tx, scope, current);
    const hidden = current.filter((c) => !seen.has(c));
    await repo.setLinks(tx, scope.workspaceId, id, 'customers', [...new Set([...hidden, ...mine])]);
  }

  private async relinkStakeholders(tx: Executor, scope: Scope, id: string, mine: string[]) {
    const current = (await repo.links(tx, scope.workspaceId, [id])).stakeholders.map(
      (l) => l.target,
    );
    const seen = await stakeholderRecords.visibleNames(tx, scope, current);
    const hidden = current.filter((c) => !seen.has(c));
    await repo.setLinks(tx, scope.workspaceId, id, 'stakeholders', [
      ...new Set([...hidden, ...mine]),
    ]);
  }

  private async customerNames(db: Executor, scope: Scope, ids: string[]) {
    const out = new Map<string, string>();
    for (const c of await customerRecords.findMany(db, scope.workspaceId, ids))
      if (!c.deleted_at && canSeeOwner(scope, c.owner_id)) out.set(c.id, c.name);
    return out;
  }

  private async checked(tx: Executor, scope: Scope, body: MentionPatch) {
    const errors: FieldError[] = [];
    const country = body.country?.toUpperCase();
    if (country !== undefined && !isCountryCode(country))
      errors.push(fieldError('/country', 'country', { value: body.country ?? '' }));
    const language = body.language === undefined ? undefined : canonicalLanguage(body.language);
    if (body.language !== undefined && !language)
      errors.push(fieldError('/language', 'language', { value: body.language }));
    if (body.url && !/^https?:\/\//i.test(body.url))
      errors.push(fieldError('/url', 'webhook_url_scheme'));
    const topics = body.topics
      ? [...new Set(body.topics.map((t) => t.trim()).filter(Boolean))]
      : undefined;
    const customerIds = body.customerIds ? [...new Set(body.customerIds)] : undefined;
    for (const [i, c] of (body.customerIds ?? []).entries())
      if (!(await customerRecords.findVisible(tx, scope, c)))
        errors.push(fieldError(`/customerIds/${i}`, 'not_in_scope', { entity: 'customer' }));
    const stakeholderIds = body.stakeholderIds ? [...new Set(body.stakeholderIds)] : undefined;
    const seen = await stakeholderRecords.visibleNames(tx, scope, stakeholderIds ?? []);
    for (const [i, s] of (body.stakeholderIds ?? []).entries())
      if (!seen.has(s))
        errors.push(fieldError(`/stakeholderIds/${i}`, 'not_in_scope', { entity: 'stakeholder' }));
    if (errors.length) throw AppError.validation(errors);
    return { country, language, topics, customerIds, stakeholderIds };
  }

  private async out(db: Executor, scope: Scope, rows: Mention[]): Promise<MentionOut[]> {
    const ids = rows.map((r) => r.id);
    const links = await repo.links(db, scope.workspaceId, ids);
    // Incidents are managers' and admins' records: others do not learn of them from a mention.
    const incidents = canEdit(scope)
      ? await mentionIncidentsRepository.forMentions(db, scope.workspaceId, ids)
      : [];
    const [customers, stakeholders] = await Promise.all([
      this.customerNames(db, scope, [...new Set(links.customers.map((l) => l.target))]),
      stakeholderRecords.visibleNames(db, scope, [
        ...new Set(links.stakeholders.map((l) => l.target)),
      ]),
    ]);
    const named = (
      list: { mention_id: string; target: string }[],
      id: string,
      names: Map<string, string>,
    ) => {
      const mine = list.filter((l) => l.mention_id === id);
      return {
        shown: mine
          .filter((l) => names.has(l.target))
          .map((l) => ({ id: l.target, name: names.get(l.target)! })),
        hidden: mine.filter((l) => !names.has(l.target)).length,
      };
    };
    return rows.map((r) => {
      const c = named(links.customers, r.id, customers);
      const s = named(links.stakeholders, r.id, stakeholders);
      return {
        id: r.id,
        country: r.country,
        title: r.title,
        source: r.source,
        url: r.url,
        language: r.language,
        publishedOn: r.published_on,
        reach: r.reach === null ? null : Number(r.reach),
        summary: r.summary,
        sentiment: r.sentiment as Sentiment,
        suggestedSentiment: r.suggested_sentiment as Sentiment | null,
        suggestedScore: r.suggested_score === null ? null : Number(r.suggested_score),
        personSentiment: r.person_sentiment as Sentiment | null,
        topics: JSON.parse(r.topics) as string[],
        matchedNames: JSON.parse(r.matched_names) as string[],
        feedId: r.feed_id,
        stakeholders: s.shown,
        hiddenStakeholders: s.hidden,
        customers: c.shown,
        hiddenCustomers: c.hidden,
        incidents: incidents
          .filter((i) => i.mention_id === r.id)
          .map((i) => ({ id: i.id, title: i.title, status: i.status })),
        canEdit: canEdit(scope),
        updatedAt: r.updated_at,
      };
    });
  }
}

type SummaryCounts = Awaited<ReturnType<typeof repo.summaryRaw>>;

/** The reputation page from its counts (kept or raw: the tests compare the two). */
export function summaryOf(
  c: SummaryCounts,
  q: { country: string; from: string; to: string; windowDays?: number; threshold?: number },
): SummaryOut {
  const byMonth = new Map<string, SummaryOut['months'][number]>();
  let total = 0;
  let negative = 0;
  for (const r of c.months) {
    if (!r.n) continue;
    const m = byMonth.get(r.month) ?? { month: r.month, negative: 0, neutral: 0, positive: 0 };
    m[r.sentiment as Sentiment] += r.n;
    byMonth.set(r.month, m);
    total += r.n;
    if (r.sentiment === 'negative') negative += r.n;
  }
  // Most mentioned first, ties by name in code-point order (the same on either database).
  const sources = [...c.sources].sort(
    (a, b) => b.n - a.n || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0),
  );
  return {
    country: q.country,
    from: q.from,
    to: q.to,
    total,
    negative,
    negativeShare: negativeShare(negative, total),
    months: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
    topSources: sources
      .slice(0, 10)
      .map((s) => ({ source: s.source, count: s.n, negative: s.negative })),
    alert: negativeAlert(c.negative, q.to, q.windowDays ?? 7, q.threshold ?? 5),
  };
}
