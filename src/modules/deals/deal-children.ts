import type { Executor } from '../../db/dialect.ts';
import type { Deal } from '../../db/schema.ts';
import { dealsRepository } from './deals.repository.ts';
import type { DealFull, DealOut, DealPatchBody } from './deals.schemas.ts';

export type Children = Pick<DealFull, 'contacts' | 'reasons' | 'competitors'>;
type Changes = Record<string, { before: unknown; after: unknown }>;

const personName = (c: {
  first_name: string;
  last_name: string | null;
  native_name: string | null;
}) => [c.first_name, c.last_name].filter(Boolean).join(' ') || c.native_name || '';

/** A deal's contacts with their roles, win/loss reasons and competitors. */
export const dealChildren = {
  async read(db: Executor, deal: Pick<Deal, 'workspace_id' | 'id'>): Promise<Children> {
    // One after another: inside a transaction the three share one connection anyway.
    const contacts = await dealsRepository.contactsOf(db, deal.workspace_id, deal.id);
    const reasons = await dealsRepository.reasonsOf(db, deal.workspace_id, deal.id);
    const competitors = await dealsRepository.competitorsOf(db, deal.workspace_id, deal.id);
    return {
      contacts: contacts.map((c) => ({
        contactId: c.contact_id,
        role: c.role,
        name: personName(c),
      })),
      reasons: reasons.map((r) => ({ reason: r.reason, attribution: r.attribution, note: r.note })),
      competitors: competitors.map((c) => ({
        name: c.name,
        amountMinor: c.amount_minor === null ? null : Number(c.amount_minor),
        currency: c.currency,
        note: c.note,
      })),
    };
  },

  /**
   * Replaces the lists the patch names (the others stay) and answers their before/after for the
   * audit log; `before` is what the deal had (none for a new deal).
   */
  async replace(
    db: Executor,
    deal: Pick<Deal, 'workspace_id' | 'id'>,
    patch: Pick<DealPatchBody, 'contacts' | 'reasons' | 'competitors'>,
    before: Children = { contacts: [], reasons: [], competitors: [] },
  ): Promise<Changes> {
    const ws = deal.workspace_id;
    const changes: Changes = {};
    const note = (key: keyof Children, was: unknown, is: unknown) => {
      if (JSON.stringify(was) !== JSON.stringify(is)) changes[key] = { before: was, after: is };
    };
    if (patch.contacts) {
      await dealsRepository.replaceContacts(
        db,
        ws,
        deal.id,
        patch.contacts.map((c) => ({
          workspace_id: ws,
          deal_id: deal.id,
          contact_id: c.contactId,
          role: c.role,
        })),
      );
      note(
        'contacts',
        before.contacts.map((c) => ({ contactId: c.contactId, role: c.role })),
        patch.contacts.map((c) => ({ contactId: c.contactId, role: c.role })),
      );
    }
    if (patch.reasons) {
      const rows = patch.reasons.map((r) => ({
        workspace_id: ws,
        deal_id: deal.id,
        reason: r.reason,
        attribution: r.attribution,
        note: r.note?.trim() || null,
      }));
      await dealsRepository.replaceReasons(db, ws, deal.id, rows);
      const said = (list: { reason: string; attribution: string; note: string | null }[]) =>
        list
          .map((r) => ({ reason: r.reason, attribution: r.attribution, note: r.note }))
          .sort((a, b) => a.reason.localeCompare(b.reason));
      note('reasons', said(before.reasons), said(rows));
    }
    if (patch.competitors) {
      const rows = patch.competitors.map((c, position) => ({
        workspace_id: ws,
        deal_id: deal.id,
        position,
        name: c.name.trim(),
        amount_minor: c.amountMinor ?? null,
        currency: c.currency?.toUpperCase() ?? null,
        note: c.note?.trim() || null,
      }));
      await dealsRepository.replaceCompetitors(db, ws, deal.id, rows);
      note(
        'competitors',
        before.competitors,
        rows.map((c) => ({
          name: c.name,
          amountMinor: c.amount_minor,
          currency: c.currency,
          note: c.note,
        })),
      );
    }
    return changes;
  },
};

export const fullDeal = (base: DealOut, children: Children): DealFull => ({ ...base, ...children });
