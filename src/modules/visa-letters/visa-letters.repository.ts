import type { Executor } from '../../db/dialect.ts';
import type { VisaPassport } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';

/** An invitation as its visa letter needs it: the guest, their company and the event. */
export interface LetterSubject {
  invitation_id: string;
  event_id: string;
  language: string;
  first_name: string;
  last_name: string | null;
  customer_name: string;
  customer_native_name: string | null;
  event_type: string;
  title: string;
  venue: string | null;
  venue_country: string | null;
  time_zone: string;
  starts_at: string;
  ends_at: string;
  owner_id: string;
}

/**
 * The only writer of `visa_passports`. Passport data is the event owner's and the admins' alone:
 * every read and write goes through `subject`, which finds the invitation only for them (anyone
 * else, a manager included, is told "not found").
 */
export const visaLettersRepository = {
  subject(
    db: Executor,
    scope: Scope,
    eventId: string,
    invitationId: string,
  ): Promise<LetterSubject | undefined> {
    let q = db
      .selectFrom('event_invitations as i')
      .innerJoin('customer_events as e', (j) =>
        j.onRef('e.workspace_id', '=', 'i.workspace_id').onRef('e.id', '=', 'i.event_id'),
      )
      .innerJoin('customers as c', (j) =>
        j.onRef('c.workspace_id', '=', 'i.workspace_id').onRef('c.id', '=', 'i.customer_id'),
      )
      .innerJoin('contacts as p', (j) =>
        j.onRef('p.workspace_id', '=', 'i.workspace_id').onRef('p.id', '=', 'i.contact_id'),
      )
      .where('i.workspace_id', '=', scope.workspaceId)
      .where('i.id', '=', invitationId)
      .where('i.event_id', '=', eventId)
      .where('c.deleted_at', 'is', null);
    if (scope.role !== 'admin') q = q.where('e.owner_id', '=', scope.userId);
    return q
      .select([
        'i.id as invitation_id',
        'i.event_id',
        'i.language',
        'p.first_name',
        'p.last_name',
        'c.name as customer_name',
        'c.native_name as customer_native_name',
        'e.type as event_type',
        'e.title',
        'e.venue',
        'e.venue_country',
        'e.time_zone',
        'e.starts_at',
        'e.ends_at',
        'e.owner_id',
      ])
      .executeTakeFirst();
  },

  find(db: Executor, workspaceId: string, invitationId: string): Promise<VisaPassport | undefined> {
    return db
      .selectFrom('visa_passports')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('invitation_id', '=', invitationId)
      .executeTakeFirst();
  },

  async save(db: Executor, row: VisaPassport): Promise<void> {
    const { workspace_id: _w, invitation_id: _i, created_at: _c, ...changes } = row;
    await db
      .insertInto('visa_passports')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'invitation_id']).doUpdateSet(changes))
      .execute();
  },

  async remove(db: Executor, workspaceId: string, invitationIds: string[]): Promise<number> {
    if (!invitationIds.length) return 0;
    const r = await db
      .deleteFrom('visa_passports')
      .where('workspace_id', '=', workspaceId)
      .where('invitation_id', 'in', invitationIds)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  /** Rows holding a field in plain text (boxes start `v1.`): written before sealing began. */
  unsealed(db: Executor): Promise<VisaPassport[]> {
    return db
      .selectFrom('visa_passports')
      .selectAll()
      .where((eb) =>
        eb.or([eb('passport_number', 'not like', 'v1.%'), eb('date_of_birth', 'not like', 'v1.%')]),
      )
      .execute();
  },

  /** Workspaces holding any passport data, with their retention rule in days. */
  workspacesHolding(db: Executor): Promise<{ workspace_id: string; days: number }[]> {
    return db
      .selectFrom('workspaces as w')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('visa_passports as v')
            .whereRef('v.workspace_id', '=', 'w.id')
            .select('v.invitation_id'),
        ),
      )
      .select(['w.id as workspace_id', 'w.passport_retention_days as days'])
      .execute();
  },

  /** One workspace's passport rows past retention: which invitation, of which event. */
  due(db: Executor, workspaceId: string, endedBefore: string) {
    return db
      .selectFrom('visa_passports as v')
      .innerJoin('customer_events as e', (j) =>
        j.onRef('e.workspace_id', '=', 'v.workspace_id').onRef('e.id', '=', 'v.event_id'),
      )
      .where('v.workspace_id', '=', workspaceId)
      .where('e.ends_at', '<', endedBefore)
      .select(['v.invitation_id', 'v.event_id', 'e.ends_at'])
      .orderBy('v.invitation_id')
      .execute();
  },
};
