import type { Kysely } from 'kysely';
import type { DB, MentionFeed } from '../../db/schema.ts';
import { isCountryCode } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { compileNames, matchNames } from '../../domain/reputation/name-match.ts';
import { suggestSentiment } from '../../domain/reputation/sentiment.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { urlProblem } from '../../domain/webhooks/addresses.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import type { Resolver } from '../webhooks/resolver.ts';
import { fetchFeed, FEED_MAX_BYTES, FEED_TIMEOUT_MS } from './feed-fetch.ts';
import { NotAFeed, parseFeed, type ParsedFeed } from './feed-parser.ts';
import { feedsRepository as feeds } from './feeds.repository.ts';
import { mentionsRepository as mentions } from './mentions.repository.ts';
import { canonicalLanguage } from './mentions.service.ts';
import type { FeedBody, FeedOut, FeedPatch, FetchOut, WatchNames } from './feeds.schemas.ts';

export const FEEDS_FETCH_ALL = 'mentions.feeds-fetch-all';
export const FEED_FETCH = 'mentions.feed-fetch';

const out = (f: MentionFeed): FeedOut => ({
  id: f.id,
  country: f.country,
  name: f.name,
  url: f.url,
  language: f.language,
  enabled: f.enabled === 1,
  allowPrivateNetwork: f.allow_private_network === 1,
  lastFetchedAt: f.last_fetched_at,
  lastError: f.last_error,
  lastItems: f.last_items === null ? null : Number(f.last_items),
  lastMatched: f.last_matched === null ? null : Number(f.last_matched),
});

/**
 * RSS 2.0 and Atom feeds per market (managers and admins). A feed is read on the hourly schedule
 * when it has a URL, on request, or from an uploaded file; its items that name the company or a
 * brand become mentions, each with its suggested sentiment, once however often it is read.
 */
export class FeedsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      resolve: Resolver;
      now: () => Date;
      limits?: { timeoutMs: number; maxBytes: number };
    },
  ) {}

  async list(scope: Scope, country?: string): Promise<FeedOut[]> {
    requireRole(scope, 'admin', 'manager');
    return (await feeds.list(this.db, scope.workspaceId, country ? { country } : {})).map(out);
  }

  async get(scope: Scope, id: string): Promise<FeedOut> {
    return out(await this.find(scope, id));
  }

  async create(scope: Scope, body: FeedBody): Promise<FeedOut> {
    requireRole(scope, 'admin', 'manager');
    const clean = this.checked(scope, body);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const at = nowIso();
      await feeds.insert(tx, {
        workspace_id: scope.workspaceId,
        id,
        country: clean.country!,
        name: body.name.trim(),
        url: body.url ?? null,
        language: clean.language ?? null,
        enabled: body.enabled === false ? 0 : 1,
        allow_private_network: body.allowPrivateNetwork ? 1 : 0,
        created_by: scope.userId,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'mention_feed',
        entityId: id,
        changes: diff({}, { name: body.name, country: clean.country, url: body.url ?? null }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, body: FeedPatch): Promise<FeedOut> {
    const before = await this.find(scope, id);
    const clean = this.checked(scope, body);
    await this.db.transaction().execute(async (tx) => {
      await feeds.update(tx, scope.workspaceId, id, {
        ...(clean.country ? { country: clean.country } : {}),
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.url !== undefined ? { url: body.url } : {}),
        ...(body.language !== undefined ? { language: clean.language ?? null } : {}),
        ...(body.enabled !== undefined ? { enabled: body.enabled ? 1 : 0 } : {}),
        ...(body.allowPrivateNetwork !== undefined
          ? { allow_private_network: body.allowPrivateNetwork ? 1 : 0 }
          : {}),
        updated_at: nowIso(),
      });
      const [after] = await feeds.list(tx, scope.workspaceId, { id });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'mention_feed',
        entityId: id,
        changes: diff(before, after ? out(after) : {}),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    const f = await this.find(scope, id);
    await this.db.transaction().execute(async (tx) => {
      await feeds.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'mention_feed',
        entityId: id,
        changes: diff({ name: f.name, country: f.country }, {}),
      });
    });
  }

  async names(scope: Scope): Promise<WatchNames> {
    requireRole(scope, 'admin', 'manager');
    const rows = await feeds.names(this.db, scope.workspaceId);
    return { items: rows.map((r) => ({ name: r.name, kind: r.kind as 'company' | 'brand' })) };
  }

  async setNames(scope: Scope, body: WatchNames): Promise<WatchNames> {
    requireRole(scope, 'admin', 'manager');
    const seen = new Set<string>();
    const clean = body.items
      .map((n) => ({ name: n.name.trim(), kind: n.kind }))
      .filter((n) => n.name && !seen.has(n.name) && seen.add(n.name));
    await this.db.transaction().execute(async (tx) => {
      await feeds.setNames(tx, scope.workspaceId, clean);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'mention_watch_names',
        entityId: scope.workspaceId,
        changes: diff({}, { names: clean.map((n) => n.name).join(', ') }),
      });
    });
    return this.names(scope);
  }

  /** An uploaded feed file: read at once; a file that is not RSS/Atom is a 400 and stores nothing. */
  async upload(scope: Scope, id: string, xml: string): Promise<FetchOut> {
    const f = await this.find(scope, id);
    let parsed: ParsedFeed;
    try {
      parsed = parseFeed(xml);
    } catch (err) {
      if (err instanceof NotAFeed)
        throw AppError.validation(
          [fieldError('/file', 'feed_not_rss_atom', { why: err.message })],
          `The file is not an RSS or Atom feed: it ${err.message}`,
        );
      throw err;
    }
    return this.ingest(f, parsed);
  }

  /** Reads a feed's URL now (managers and admins); a failure is recorded on the feed and told. */
  async fetchNow(scope: Scope, id: string): Promise<FetchOut> {
    const f = await this.find(scope, id);
    if (!f.url) throw AppError.validation([fieldError('/url', 'required')]);
    return this.fetchAndIngest(f);
  }

  private async fetchAndIngest(f: MentionFeed): Promise<FetchOut> {
    try {
      const xml = await fetchFeed(this.deps.resolve, f.url!, f.allow_private_network === 1, {
        timeoutMs: this.deps.limits?.timeoutMs ?? FEED_TIMEOUT_MS,
        maxBytes: this.deps.limits?.maxBytes ?? FEED_MAX_BYTES,
      });
      return await this.ingest(f, parseFeed(xml));
    } catch (err) {
      const message =
        err instanceof NotAFeed
          ? `not RSS/Atom: it ${err.message}`
          : err instanceof Error
            ? err.message
            : String(err);
      await feeds.update(this.db, f.workspace_id, f.id, {
        last_fetched_at: this.deps.now().toISOString(),
        last_error: message.slice(0, 500),
      });
      return { items: 0, matched: 0, created: 0, error: message };
    }
  }

  private async ingest(f: MentionFeed, parsed: ParsedFeed): Promise<FetchOut> {
    const ws = f.workspace_id;
    const names = compileNames(await feeds.names(this.db, ws));
    const language =
      f.language ?? (parsed.language ? canonicalLanguage(parsed.language) : undefined) ?? 'und';
    const today = this.deps.now().toISOString().slice(0, 10);
    let matched = 0;
    let created = 0;
    await this.db.transaction().execute(async (tx) => {
      for (const item of parsed.items) {
        const hits = matchNames(`${item.title} ${item.summary}`, names);
        if (!hits.length) continue;
        matched++;
        const s = suggestSentiment(`${item.title} ${item.summary}`, language);
        const at = nowIso();
        const inserted = await mentions.insertItem(tx, {
          workspace_id: ws,
          id: newId(),
          country: f.country,
          title: item.title,
          source: f.name,
          url: item.link && /^https?:\/\//i.test(item.link) ? item.link : null,
          language,
          published_on: item.published?.slice(0, 10) ?? today,
          reach: null,
          summary: item.summary,
          sentiment: s.sentiment,
          suggested_sentiment: s.sentiment,
          suggested_score: s.score,
          person_sentiment: null,
          person_sentiment_by: null,
          topics: '[]',
          matched_names: JSON.stringify(hits),
          feed_id: f.id,
          item_key: `${f.id}:${item.key}`.slice(0, 600),
          created_by: null,
          created_at: at,
          updated_at: at,
        });
        if (inserted) created++;
      }
      await feeds.update(tx, ws, f.id, {
        last_fetched_at: this.deps.now().toISOString(),
        last_error: null,
        last_items: parsed.items.length,
        last_matched: matched,
      });
    });
    return { items: parsed.items.length, matched, created, error: null };
  }

  private async find(scope: Scope, id: string): Promise<MentionFeed> {
    requireRole(scope, 'admin', 'manager');
    const [f] = await feeds.list(this.db, scope.workspaceId, { id });
    if (!f) throw AppError.notFound('Feed');
    return f;
  }

  private checked(scope: Scope, body: FeedPatch) {
    const errors: FieldError[] = [];
    const country = body.country?.toUpperCase();
    if (country !== undefined && !isCountryCode(country))
      errors.push(fieldError('/country', 'country', { value: body.country ?? '' }));
    const language = body.language ? canonicalLanguage(body.language) : undefined;
    if (body.language && !language)
      errors.push(fieldError('/language', 'language', { value: body.language }));
    if (body.allowPrivateNetwork && scope.role !== 'admin')
      errors.push(fieldError('/allowPrivateNetwork', 'webhook_url_private_network'));
    if (body.url) {
      // Feeds are often plain http: https is not required, private addresses are refused.
      const problem = urlProblem(body.url, true);
      if (problem) errors.push(fieldError('/url', problem));
    }
    if (errors.length) throw AppError.validation(errors);
    return { country, language };
  }

  /** The scheduled fetch: one job per feed with a URL, each with its own timeout. */
  jobKinds(): JobKind[] {
    const all: JobKind = {
      kind: FEEDS_FETCH_ALL,
      run: async () => {
        for (const f of await feeds.due(this.db)) await this.fetchOne(f.workspace_id, f.id);
      },
    };
    const one: JobKind<{ feedId: string }> = {
      kind: FEED_FETCH,
      maxAttempts: 1,
      run: async (payload, ctx) => {
        if (ctx.workspaceId) await this.fetchOne(ctx.workspaceId, payload.feedId);
      },
    };
    return [all, one];
  }

  /** Reads one feed; its failure is recorded on the feed, never thrown (the others still run). */
  async fetchOne(ws: string, id: string): Promise<FetchOut | null> {
    const [f] = await feeds.list(this.db, ws, { id });
    if (!f?.url || f.enabled !== 1) return null;
    return this.fetchAndIngest(f);
  }
}
