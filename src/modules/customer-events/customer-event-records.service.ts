import type { Executor } from '../../db/dialect.ts';
import { textIn } from '../../domain/customer-events/rsvp-labels.ts';
import { customerEventsRepository } from './customer-events.repository.ts';

/** What other modules may read of customer events (the audit log's record names). */
export const customerEventRecords = {
  namesOf: async (db: Executor, workspaceId: string, ids: string[]) => {
    const rows = await customerEventsRepository.namesOf(db, workspaceId, [...new Set(ids)]);
    return new Map(
      rows.map((r) => [r.id, textIn(JSON.parse(r.title) as Record<string, string>, 'en')]),
    );
  },
};
