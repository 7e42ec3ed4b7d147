import type { Kysely } from 'kysely';
import type { Customer, DB, Import, ImportErrorTable, NewContact } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import type { NormalisedCustomerRow } from '../../domain/import/normalise-customer-row.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import {
  contactRecords,
  customerRecords,
  type CustomersCreated,
} from '../customers/customer-records.service.ts';
import { relationshipRecords } from '../relationship/relationship-records.service.ts';
import {
  contactRow,
  foldInto,
  gaps,
  keyId,
  keysOf,
  KINDS,
  newPending,
  noteRow,
  writeNew,
  type ImportOwner,
  type Pending,
} from './customer-rows.ts';
import { events } from '../events/events.service.ts';
import { importEvents } from './import-events.ts';
import { importsRepository } from './imports.repository.ts';
import type { SheetRow } from './import-reader.ts';
import { importBatches } from './parsed-batches-worker.ts';
import type { ParsedRow } from './parsed-rows.ts';
import { fieldProblem, type FieldProblem } from '../../domain/field-errors.ts';
import { problemColumns } from './import-out.ts';

const BATCH = 5000;
type Outcome = 'created' | 'updated' | 'merged' | 'unchanged' | 'rejected';
type Counts = Record<Outcome, number>;
interface Update {
  patch: Partial<Customer>;
  tags: string[];
  contacts: NewContact[];
  notes: string[];
}
const noteKey = (customerId: string, text: string) => `${customerId}|${text}`;

/**
 * Runs one customer import in batches. Each batch's customers, contacts, tags, search terms, match
 * keys, errors and the import's checkpoint commit in one transaction, so a crash loses at most the
 * batch in flight and a resume starts after the last committed row. A dry run makes the same
 * decisions and writes only its counts and errors.
 */
export class CustomerImport {
  private readonly seen = new Map<string, { customerId: string; pending: Pending | null }>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly scope: Scope,
    private readonly job: Import,
    private readonly teamId: string | null,
    private readonly customersCreated: CustomersCreated,
  ) {}

  private get owner(): ImportOwner {
    return { workspaceId: this.scope.workspaceId, userId: this.scope.userId, teamId: this.teamId };
  }

  async run(): Promise<void> {
    let batches = 0;
    for await (const b of importBatches(this.job, BATCH)) {
      await this.batch(b.rows, b.rowsDone, b.bytesDone);
      // After batches 1, 2, 4, 8…: the tables have doubled since the planner last looked.
      if (!this.job.dry_run && (++batches & (batches - 1)) === 0) {
        await customerRecords.refreshStatistics(this.db);
        await relationshipRecords.refreshStatistics(this.db);
      }
    }
  }

  private async batch(parsed: ParsedRow[], rowsDone: number, bytesDone: number): Promise<void> {
    const ws = this.scope.workspaceId;
    const at = nowIso();
    const counts: Counts = { created: 0, updated: 0, merged: 0, unchanged: 0, rejected: 0 };
    const errors: ImportErrorTable[] = [];
    const reject = (row: SheetRow, raw: Record<string, string>, problem: FieldProblem) =>
      errors.push({
        workspace_id: ws,
        import_id: this.job.id,
        row: row.line,
        ...problemColumns(problem),
        raw: JSON.stringify(raw),
      });

    // Which of the batch's keys already belong to customers in the workspace.
    const known = new Map<string, { customerId: string; ownerId: string }>();
    for (const kind of KINDS) {
      const keys = [
        ...new Set(parsed.flatMap((p) => (p.row?.keys[kind] ? [p.row.keys[kind]] : []))),
      ];
      if (!keys.length) continue;
      for (const hit of await customerRecords.findByKeys(this.db, ws, kind, keys))
        if (!known.has(keyId(kind, hit.key)))
          known.set(keyId(kind, hit.key), { customerId: hit.customer_id, ownerId: hit.owner_id });
    }
    const existingIds = [...new Set([...known.values()].map((k) => k.customerId))];
    const existing = new Map(
      (await customerRecords.findMany(this.db, ws, existingIds)).map((c) => [c.id, c]),
    );
    const existingTags = await customerRecords.tagsOf(this.db, ws, existingIds);
    // Notes earlier imports left on these customers: a re-imported file adds none twice.
    const noted = new Set(
      parsed.some((p) => p.row?.notes)
        ? (await relationshipRecords.importedNotes(this.db, ws, existingIds)).map((n) =>
            noteKey(n.customer_id, n.summary),
          )
        : [],
    );

    const created: Pending[] = [];
    const updates = new Map<string, Update>();

    for (const p of parsed) {
      if (!p.row) {
        counts.rejected++;
        for (const problem of p.problems) reject(p.sheet, p.raw, problem);
        continue;
      }
      const n = p.row;
      const keys = keysOf(n);
      const inFile = keys.map((k) => this.seen.get(keyId(k.kind, k.key))).find(Boolean);
      const inDb = keys
        .map((k) => ({ k, hit: known.get(keyId(k.kind, k.key)) }))
        .find((x) => x.hit);

      if (inFile && inFile.pending) {
        // A duplicate of a row earlier in this batch: fold it into that new customer.
        foldInto(inFile.pending, n, at);
        for (const k of keys) this.seen.set(keyId(k.kind, k.key), inFile);
        counts.merged++;
        continue;
      }
      const targetId = inFile?.customerId ?? inDb?.hit?.customerId;
      if (targetId) {
        const current = existing.get(targetId);
        const ownerId = current?.owner_id ?? inDb?.hit?.ownerId;
        if (ownerId && !canSeeOwner(this.scope, ownerId)) {
          counts.rejected++;
          const kind = inDb?.k.kind ?? 'name';
          reject(p.sheet, p.raw, fieldProblem(kind, 'duplicate_outside_scope', { key: kind }));
          continue;
        }
        const change = current
          ? this.changes(current, existingTags.get(current.id) ?? [], n, known, noted, at)
          : null;
        for (const k of keys)
          this.seen.set(keyId(k.kind, k.key), { customerId: targetId, pending: null });
        if (!change) {
          counts.unchanged++;
          continue;
        }
        const prev = updates.get(targetId);
        updates.set(targetId, {
          patch: { ...prev?.patch, ...change.patch },
          tags: [...new Set([...(prev?.tags ?? []), ...change.tags])],
          contacts: [...(prev?.contacts ?? []), ...change.contacts],
          notes: [...(prev?.notes ?? []), ...change.notes],
        });
        counts[inFile ? 'merged' : 'updated']++;
        continue;
      }
      const pending = newPending(this.owner, n, at);
      created.push(pending);
      for (const k of keys)
        this.seen.set(keyId(k.kind, k.key), { customerId: pending.customer.id, pending });
      counts.created++;
    }
    // After a real batch commits, its customers are found through the database, so the file's
    // key map is dropped and memory stays flat on a million rows; a dry run writes nothing and
    // must remember every key it has seen.
    const release = () => {
      if (this.job.dry_run) for (const entry of this.seen.values()) entry.pending = null;
      else this.seen.clear();
    };

    if (this.job.dry_run) {
      await this.db.transaction().execute(async (tx) => {
        await importsRepository.insertErrors(tx, errors);
        await importsRepository.advance(tx, ws, this.job.id, rowsDone, bytesDone, counts);
      });
      release();
      return;
    }
    const notes = [
      ...created.flatMap((p) => [...p.notes].map((text) => ({ id: p.customer.id, text }))),
      ...[...updates].flatMap(([id, u]) => u.notes.map((text) => ({ id, text }))),
    ].map((n) => noteRow(this.owner, n.id, n.text, at));
    await this.db.transaction().execute(async (tx) => {
      await writeNew(tx, created, this.customersCreated);
      await relationshipRecords.insertImportedNotes(tx, notes);
      for (const [id, u] of updates) {
        const current = existing.get(id);
        if (!current) continue;
        if (Object.keys(u.patch).length)
          await customerRecords.update(tx, ws, id, { ...u.patch, updated_at: at });
        if (u.tags.length)
          await customerRecords.setTags(tx, ws, id, [
            ...new Set([...(existingTags.get(id) ?? []), ...u.tags]),
          ]);
        if (u.contacts.length) await contactRecords.insertMany(tx, u.contacts);
        await customerRecords.refreshIndex(tx, ws, { ...current, ...u.patch });
        if (u.contacts.length || 'region' in u.patch || 'city' in u.patch)
          await customerRecords.refreshZone(tx, { ...current, ...u.patch });
      }
      await events.publish(tx, this.scope, importEvents(created, updates, existing));
      await importsRepository.insertErrors(tx, errors);
      await importsRepository.advance(tx, ws, this.job.id, rowsDone, bytesDone, counts);
    });
    release();
  }

  /**
   * What a row adds to an existing customer: empty fields filled (never overwriting what people
   * entered), new tags, a contact whose email and phone are not known yet, a note not on its
   * timeline yet. Null when nothing.
   */
  private changes(
    current: Customer,
    tags: string[],
    n: NormalisedCustomerRow,
    known: Map<string, unknown>,
    noted: Set<string>,
    at: string,
  ): Update | null {
    const patch = gaps(current, n);
    const newTags = n.customer.tags.filter((t) => !tags.includes(t));
    const contacts: NewContact[] = [];
    const c = n.contact;
    const knownContact =
      (c?.email && known.has(keyId('email', c.email))) ||
      (c?.phone && known.has(keyId('phone', c.phone)));
    if (c && (c.email || c.phone) && !knownContact)
      contacts.push(contactRow(current.workspace_id, current.id, c, false, at));
    const notes: string[] = [];
    if (n.notes && !noted.has(noteKey(current.id, n.notes))) {
      noted.add(noteKey(current.id, n.notes));
      notes.push(n.notes);
    }
    if (!Object.keys(patch).length && !newTags.length && !contacts.length && !notes.length)
      return null;
    return { patch, tags: newTags, contacts, notes };
  }
}
