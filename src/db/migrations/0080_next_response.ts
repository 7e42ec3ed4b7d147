import type { Kysely } from 'kysely';

// Issue #16: next-response targets. A policy may set business minutes to answer each later
// message of the customer; the ticket copies them when it opens (null: no such target) and keeps
// its current cycle (when the customer's wait began, when staff answered) and its instants.
const TICKET_COLUMNS = [
  'next_response_started_at',
  'next_response_at',
  'next_response_due_at',
  'next_response_warn_at',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sla_policies')
    .addColumn('next_response_minutes', 'integer')
    .execute();
  await db.schema.alterTable('tickets').addColumn('next_response_minutes', 'integer').execute();
  for (const c of TICKET_COLUMNS)
    await db.schema.alterTable('tickets').addColumn(c, 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of [...TICKET_COLUMNS].reverse())
    await db.schema.alterTable('tickets').dropColumn(c).execute();
  await db.schema.alterTable('tickets').dropColumn('next_response_minutes').execute();
  await db.schema.alterTable('sla_policies').dropColumn('next_response_minutes').execute();
}
