import type { Kysely } from 'kysely';
import type { DB, Import, ImportErrorTable, Order } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { normaliseOrderRow } from '../../domain/import/normalise-order-row.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { orderRecords, saveOrders, termColumns } from '../orders/order-records.service.ts';
import { importsRepository } from './imports.repository.ts';
import { mapRow, sheetBatches } from './sheet-batches.ts';
import { fieldProblem, type FieldProblem } from '../../domain/field-errors.ts';
import { problemColumns } from './import-out.ts';

const BATCH = 2000;

/**
 * Imports orders in batches, each with its checkpoint. An order number already in the workspace
 * is updated when its status, paid date or amount changed and otherwise left alone, so a
 * re-import changes nothing. The customer is found by domain, or by name within a country.
 */
export class OrderImport {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly scope: Scope,
    private readonly job: Import,
  ) {}

  async run(): Promise<void> {
    const mapping = JSON.parse(this.job.mapping) as Record<string, string | null>;
    const options = JSON.parse(this.job.options) as { country?: string };
    const ws = this.scope.workspaceId;
    for await (const b of sheetBatches(this.job, BATCH)) {
      const counts = { created: 0, updated: 0, merged: 0, unchanged: 0, rejected: 0 };
      const errors: ImportErrorTable[] = [];
      const rows = b.rows.map((sheet) => {
        const { raw, byTarget } = mapRow(sheet, b.headers, mapping);
        return { sheet, raw, ...normaliseOrderRow(byTarget, { country: options.country ?? null }) };
      });
      const reject = (line: number, raw: unknown, problem: FieldProblem) =>
        errors.push({
          workspace_id: ws,
          import_id: this.job.id,
          row: line,
          ...problemColumns(problem),
          raw: JSON.stringify(raw),
        });
      const find = async (kind: 'domain' | 'name', keys: (string | null)[]) => {
        const wanted = [...new Set(keys.filter((k): k is string => !!k))];
        const hits = wanted.length
          ? await customerRecords.findByKeys(this.db, ws, kind, wanted)
          : [];
        return new Map(hits.map((h) => [h.key, h]));
      };
      const byDomain = await find(
        'domain',
        rows.map((r) => r.row?.customer.domain ?? null),
      );
      const byName = await find(
        'name',
        rows.map((r) => r.row?.customer.nameKey ?? null),
      );
      const numbers = rows.flatMap((r) => (r.row ? [r.row.order.number] : []));
      const existing = new Map(
        (await orderRecords.byNumbers(this.db, ws, numbers)).map((o) => [o.number, o]),
      );
      const inserts = new Map<string, Order>();
      const updates = new Map<string, Pick<Order, 'status' | 'paid_date' | 'amount_minor'>>();
      for (const r of rows) {
        if (!r.row) {
          counts.rejected++;
          for (const p of r.problems) reject(r.sheet.line, r.raw, p);
          continue;
        }
        const { order, customer } = r.row;
        const hit =
          (customer.domain && byDomain.get(customer.domain)) ||
          (customer.nameKey && byName.get(customer.nameKey)) ||
          null;
        if (!hit) {
          counts.rejected++;
          const value = customer.label;
          reject(r.sheet.line, r.raw, fieldProblem('customerName', 'no_customer_match', { value }));
          continue;
        }
        if (!canSeeOwner(this.scope, hit.owner_id)) {
          counts.rejected++;
          const value = customer.label;
          reject(r.sheet.line, r.raw, fieldProblem('customerName', 'outside_scope', { value }));
          continue;
        }
        const known = existing.get(order.number);
        if (known) {
          if (known.customer_id !== hit.customer_id) {
            counts.rejected++;
            const value = order.number;
            reject(r.sheet.line, r.raw, fieldProblem('orderNumber', 'other_customer', { value }));
            continue;
          }
          const same =
            known.status === order.status &&
            known.paid_date === order.paidDate &&
            Number(known.amount_minor) === order.amountMinor &&
            known.currency === order.currency;
          if (same) counts.unchanged++;
          else {
            updates.set(known.id, {
              status: order.status,
              paid_date: order.paidDate,
              amount_minor: order.amountMinor,
            });
            counts.updated++;
          }
          continue;
        }
        if (inserts.has(order.number)) counts.merged++;
        else counts.created++;
        inserts.set(order.number, {
          workspace_id: ws,
          id: inserts.get(order.number)?.id ?? newId(),
          customer_id: hit.customer_id,
          number: order.number,
          order_date: order.orderDate,
          amount_minor: order.amountMinor,
          currency: order.currency,
          status: order.status,
          paid_date: order.paidDate,
          created_at: nowIso(),
          ...termColumns(order),
        });
      }
      await this.db.transaction().execute(async (tx) => {
        if (!this.job.dry_run) {
          await saveOrders(tx, ws, { inserts: [...inserts.values()], updates });
        }
        await importsRepository.insertErrors(tx, errors);
        await importsRepository.advance(tx, ws, this.job.id, b.rowsDone, b.bytesDone, counts);
      });
    }
  }
}
