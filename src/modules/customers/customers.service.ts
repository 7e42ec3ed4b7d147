import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, CustomerUpdate, DB } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { anyTier, searchPlan } from '../../domain/search/query.ts';
import { domainOf } from '../../domain/web-address.ts';
import { AppError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { toCustomerOut } from './customers.mapper.ts';
import { customersRepository, type CustomerWhere } from './customers.repository.ts';
import type {
  CustomerBody,
  CustomerListQuery,
  CustomerOut,
  CustomerPatch,
} from './customers.schemas.ts';
import { refreshCustomerIndex } from './customer-index.ts';
import { customersPatched } from './country-followers.ts';
import { customerHighlight, searchPage } from './customer-search.ts';
import { newCustomerRow, type CustomersCreated } from './new-customers.ts';
import { customerPhones, zoneColumns } from './customer-zones.ts';
import { checkCustomerInput, cleanTags } from './customers.validation.ts';
import { userRecords } from '../users/user-records.service.ts';

// Fields that feed the search document (the owner narrows a rep's search) and match keys.
const SEARCHABLE: (keyof Customer)[] = ['name', 'native_name', 'domain', 'country', 'owner_id'];

export class CustomersService {
  constructor(
    private readonly db: Kysely<DB>,
    /** a new customer's first follow-up, planned in the creating transaction */
    private readonly created: CustomersCreated,
  ) {}

  /** The customer list; `where` narrows it further (a segment's compiled filter). */
  async list(scope: Scope, query: CustomerListQuery, where?: CustomerWhere) {
    const limit = query.limit ?? 50;
    const plan = query.q !== undefined ? searchPlan(query.q) : undefined;
    if (query.q !== undefined && !plan) return { items: [], nextCursor: null };
    const filter = { ...query, country: query.country?.toUpperCase(), limit, where };
    let rows: Customer[];
    let nextCursor: string | null;
    if (plan && query.sort !== 'health') {
      // Ranked: exact name first, then prefixes, then substrings; by recency within each.
      ({ rows, nextCursor } = await searchPage(this.db, scope, filter, plan, query.cursor));
    } else {
      const found = await customersRepository.list(this.db, scope, {
        ...filter,
        match: plan && anyTier(plan),
      });
      rows = found.slice(0, limit);
      nextCursor = cursorAfter(found, limit, query.sort);
    }
    const tags = await customersRepository.tagsOf(
      this.db,
      scope.workspaceId,
      rows.map((r) => r.id),
    );
    const items = rows.map((r) => {
      const out = toCustomerOut(r, tags.get(r.id) ?? []);
      return query.q ? { ...out, highlight: customerHighlight(r, query.q) } : out;
    });
    return { items, nextCursor };
  }

  /**
   * The list without a search (`q`), as the JSON text of its page: the same items, order and
   * cursor as `list`, each item written by the database (`customersRepository.listJson`), so the
   * route sends it without serialising it again. A search keeps `list` (its ranking and
   * highlights are worked out here).
   */
  async listJson(scope: Scope, query: Omit<CustomerListQuery, 'q'>): Promise<string> {
    const limit = query.limit ?? 50;
    const found = await customersRepository.listJson(this.db, scope, {
      ...query,
      country: query.country?.toUpperCase(),
      limit,
    });
    const rows = found.slice(0, limit);
    const nextCursor = cursorAfter(found, limit, query.sort);
    let items = '';
    for (const row of rows) items += (items ? ',' : '') + inJsOrder(row.item);
    return `{"items":[${items}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  }

  async get(
    scope: Scope,
    id: string,
    opts: { includeDeleted?: boolean } = {},
  ): Promise<CustomerOut> {
    const row = await customersRepository.findVisible(this.db, scope, id, opts);
    if (!row) throw AppError.notFound('Customer');
    const tags = await customersRepository.tagsOf(this.db, scope.workspaceId, [id]);
    return toCustomerOut(row, tags.get(id) ?? []);
  }

  async create(scope: Scope, input: CustomerBody): Promise<CustomerOut> {
    const id = await this.db.transaction().execute((tx) => this.createIn(tx, scope, input));
    return this.get(scope, id);
  }

  /** Creates a customer inside the caller's transaction (lead capture adds a contact and a touch). */
  async createIn(tx: Executor, scope: Scope, input: CustomerBody): Promise<string> {
    const body = { ...input, country: input.country.toUpperCase() };
    const id = newId();
    const checked = await checkCustomerInput(tx, scope, {
      ...body,
      ownerId: body.ownerId ?? scope.userId,
    });
    const ownerId = body.ownerId ?? scope.userId;
    const teamId =
      body.teamId ?? (await userRecords.teamIdsOf(tx, scope.workspaceId, ownerId))[0] ?? null;
    const now = nowIso();
    const row = newCustomerRow(
      scope.workspaceId,
      {
        name: body.name.trim().normalize('NFC'),
        nativeName: body.nativeName?.trim().normalize('NFC') || null,
        country: body.country,
        region: body.region,
        city: body.city,
        website: body.website,
        domain: body.domain?.toLowerCase() || domainOf(body.website),
        industry: body.industry,
        size: body.size,
        languages: checked.languages ?? [],
        timeZone: body.timeZone,
        currency: body.currency,
        stage: body.stage,
        tier: body.tier,
        source: body.source,
        ownerId,
        teamId,
        customFields: checked.customFields ?? {},
        foundedOn: body.foundedOn ?? null,
        customerSince: body.customerSince ?? null,
      },
      now,
      id,
    );
    await customersRepository.insert(tx, row);
    const tags = cleanTags(body.tags ?? []);
    await customersRepository.setTags(tx, scope.workspaceId, id, tags);
    await refreshCustomerIndex(tx, scope.workspaceId, row);
    await this.created(tx, [row]);
    await recordAudit(tx, scope, {
      action: 'create',
      entityType: 'customer',
      entityId: id,
      changes: diff({}, { ...toCustomerOut(row, tags) }),
    });
    return id;
  }

  async update(scope: Scope, id: string, input: CustomerPatch): Promise<CustomerOut> {
    await this.db.transaction().execute((tx) => this.updateIn(tx, scope, id, input));
    return this.get(scope, id);
  }

  /** Changes a customer inside the caller's transaction (automation rules' actions). */
  async updateIn(tx: Executor, scope: Scope, id: string, input: CustomerPatch): Promise<void> {
    const body = input.country ? { ...input, country: input.country.toUpperCase() } : input;
    const current = await customersRepository.findVisible(tx, scope, id);
    if (!current) throw AppError.notFound('Customer');
    const checked = await checkCustomerInput(tx, scope, body, current);
    const patch: CustomerUpdate = {};
    if (body.name !== undefined) patch.name = body.name.trim().normalize('NFC');
    if (body.nativeName !== undefined)
      patch.native_name = body.nativeName?.trim().normalize('NFC') || null;
    if (body.country !== undefined) patch.country = body.country;
    if (body.foundedOn !== undefined) patch.founded_on = body.foundedOn;
    if (body.customerSince !== undefined) patch.customer_since = body.customerSince;
    if (body.region !== undefined) patch.region = body.region;
    if (body.city !== undefined) patch.city = body.city;
    if (body.website !== undefined) patch.website = body.website;
    if (body.domain !== undefined) patch.domain = body.domain?.toLowerCase() || null;
    else if (body.website !== undefined && !current.domain) patch.domain = domainOf(body.website);
    if (body.industry !== undefined) patch.industry = body.industry;
    if (body.size !== undefined) patch.size = body.size;
    if (checked.languages) patch.languages = JSON.stringify(checked.languages);
    // A zone sent that differs from the one derived (or confirms a chosen one) is the user's and
    // wins over everything; null hands it back to the derivation. The edit form sends the
    // zone it shows, so sending the derived zone unchanged does not pin it.
    const chosen =
      body.timeZone != null &&
      (body.timeZone !== current.time_zone || current.time_zone_source === 'user');
    const countryChanged = body.country !== undefined && body.country !== current.country;
    if (chosen) Object.assign(patch, zoneColumns(current, body.timeZone));
    else if (body.timeZone === null || countryChanged || current.time_zone_source !== 'user')
      Object.assign(
        patch,
        zoneColumns({
          ...current,
          ...patch,
          phones: await customerPhones(tx, scope.workspaceId, id),
        }),
      );
    if (body.currency !== undefined) patch.currency = body.currency;
    if (body.stage !== undefined) patch.stage = body.stage;
    if (body.tier !== undefined) patch.tier = body.tier;
    if (body.source !== undefined) patch.source = body.source;
    if (body.ownerId !== undefined) patch.owner_id = body.ownerId;
    if (body.teamId !== undefined) patch.team_id = body.teamId;
    if (checked.customFields) patch.custom_fields = JSON.stringify(checked.customFields);

    const tagsBefore =
      (await customersRepository.tagsOf(tx, scope.workspaceId, [id])).get(id) ?? [];
    const tagsAfter = body.tags ? cleanTags(body.tags) : tagsBefore;
    const before = toCustomerOut(current, tagsBefore);
    const next: Customer = { ...current, ...patch };
    const changes = diff(before, toCustomerOut(next, tagsAfter));
    delete changes.updatedAt;
    if (Object.keys(changes).length === 0) return;

    await customersRepository.update(tx, scope.workspaceId, id, {
      ...patch,
      updated_at: nowIso(),
    });
    await customersPatched(tx, scope.workspaceId, [id], patch);
    if (body.tags) await customersRepository.setTags(tx, scope.workspaceId, id, tagsAfter);
    if (SEARCHABLE.some((k) => k in patch)) await refreshCustomerIndex(tx, scope.workspaceId, next);
    await recordAudit(tx, scope, {
      action: 'update',
      entityType: 'customer',
      entityId: id,
      changes,
    });
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.setDeleted(scope, id, nowIso());
  }

  async restore(scope: Scope, id: string): Promise<CustomerOut> {
    await this.setDeleted(scope, id, null);
    return this.get(scope, id);
  }

  private async setDeleted(scope: Scope, id: string, at: string | null): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const current = await customersRepository.findVisible(tx, scope, id, {
        includeDeleted: true,
      });
      if (!current || (at === null) === (current.deleted_at === null))
        throw AppError.notFound(at ? 'Customer' : 'Deleted customer');
      await customersRepository.update(tx, scope.workspaceId, id, {
        deleted_at: at,
        updated_at: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: at ? 'delete' : 'restore',
        entityType: 'customer',
        entityId: id,
        changes: { deletedAt: { before: current.deleted_at, after: at } },
      });
    });
  }
}

/**
 * The next page's cursor when a page of `limit` was read one row long (`found`): the last row's
 * sort key and id, or null on the last page.
 */
function cursorAfter(
  found: { id: string; health_score: number | null; lead_score: number | null }[],
  limit: number,
  sort: CustomerListQuery['sort'],
): string | null {
  const last = found[limit - 1];
  if (found.length <= limit || !last) return null;
  if (sort === 'health') return `${last.health_score ?? -1}:${last.id}`;
  if (sort === 'lead') return `${last.lead_score ?? -1}:${last.id}`;
  return last.id;
}

/**
 * The database sorts an item's tags by code point; JavaScript's sort (the single read's,
 * `tagsOf`) by UTF-16 unit. They differ only where a character outside the BMP (a surrogate
 * pair) meets one from U+E000 up, so only an item with a surrogate is re-sorted here.
 */
function inJsOrder(item: string): string {
  if (!/[\ud800-\udfff]/.test(item)) return item;
  const parsed = JSON.parse(item) as { tags: string[] };
  parsed.tags.sort();
  return JSON.stringify(parsed);
}
