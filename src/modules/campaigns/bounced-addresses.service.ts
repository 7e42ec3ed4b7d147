import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { bouncedAddressesRepository as bounced } from './bounced-addresses.repository.ts';
import type { BouncedAddressOut, BouncedQuery } from './bounced-addresses.schemas.ts';

/**
 * The suppression list: addresses a hard bounce marked, which no campaign mails again. Managers
 * and admins read it (they run campaigns); admins take an address off once it works again (the
 * contact fixed their mailbox), audited on the contact like the marking was.
 */
export class BouncedAddressesService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(
    scope: Scope,
    q: BouncedQuery,
  ): Promise<{ items: BouncedAddressOut[]; hasMore: boolean }> {
    requireRole(scope, 'manager', 'admin');
    const limit = q.limit ?? 50;
    const rows = await bounced.list(this.db, scope, {
      q: q.q?.trim() || undefined,
      limit,
      offset: q.offset ?? 0,
    });
    return {
      hasMore: rows.length > limit,
      items: rows.slice(0, limit).map((r) => ({
        address: r.address,
        status: r.status,
        diagnostic: r.diagnostic,
        campaignId: r.campaign_id,
        campaignName: r.campaign_name,
        contactId: r.contact_id,
        bouncedAt: r.bounced_at,
      })),
    };
  }

  async remove(scope: Scope, address: string): Promise<void> {
    requireRole(scope, 'admin');
    const done = await this.db.transaction().execute(async (tx) => {
      const row = await bounced.remove(tx, scope.workspaceId, address);
      if (!row) return false;
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: row.contact_id ? 'contact' : 'bounced_address',
        entityId: row.contact_id ?? row.address,
        changes: {
          bouncedAddress: { before: row.address, after: null },
          bounceStatus: { before: row.status, after: null },
        },
      });
      return true;
    });
    if (!done) throw AppError.notFound('Bounced address');
  }
}
