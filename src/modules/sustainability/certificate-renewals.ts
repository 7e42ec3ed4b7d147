import { Type, type Static } from '@sinclair/typebox';
import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  certificateState,
  renewalReminderDate,
} from '../../domain/sustainability/sustainability.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { userRecords } from '../users/user-records.service.ts';
import { homeOffice } from './sustainability-common.ts';
import { sustainabilityRepository as repo } from './sustainability.repository.ts';

export const CertificateRenewal = Type.Object({
  id: Type.String(),
  standard: Type.String(),
  name: Type.String(),
  expiresOn: Type.String(),
  remindOn: Type.String({ description: 'the reminder date in the home office’s calendar' }),
  state: Type.Union([Type.Literal('renew_now'), Type.Literal('expired')]),
  ownerId: Type.String(),
  ownerName: Nullable(Type.String()),
  ownerGone: Type.Boolean({
    description: 'its owner is no longer an active user: it is in every admin’s inbox',
  }),
});
export type CertificateRenewal = Static<typeof CertificateRenewal>;

/**
 * Certificates to renew now (from their reminder date, counted in the home office's calendar)
 * or already expired, for an inbox: those owned by `ownerIds` (every owner when undefined), and
 * for admins also those whose owner has left, so a renewal never waits in nobody's inbox. Follow-
 * ups need a customer, so certificates come to the inbox on their own. Soonest to expire first.
 */
export async function certificateRenewalsDue(
  db: Executor,
  calendars: CalendarProvider,
  scope: Scope,
  ownerIds: string[] | undefined,
  now: Date,
): Promise<CertificateRenewal[]> {
  const rows = await repo.certificates(db, { ...scope, role: 'admin' });
  if (!rows.length) return [];
  const home = await homeOffice(db, calendars, scope.workspaceId, now);
  const owners = new Map<string, { name: string; active: boolean }>();
  for (const id of new Set(rows.map((r) => r.owner_id))) {
    const u = await userRecords.findById(db, scope.workspaceId, id);
    owners.set(id, { name: u?.name ?? '', active: !!u && u.active === 1 });
  }
  const out: CertificateRenewal[] = [];
  for (const r of rows) {
    const remindOn = renewalReminderDate(home.calendar, r.expires_on, r.reminder_business_days);
    const state = certificateState(r.expires_on, remindOn, home.today);
    if (state === 'valid') continue;
    const owner = owners.get(r.owner_id);
    const gone = !owner?.active;
    const mine = ownerIds === undefined || ownerIds.includes(r.owner_id);
    if (!(mine && !gone) && !(gone && scope.role === 'admin')) continue;
    out.push({
      id: r.id,
      standard: r.standard,
      name: r.name,
      expiresOn: r.expires_on,
      remindOn,
      state,
      ownerId: r.owner_id,
      ownerName: owner?.name || null,
      ownerGone: gone,
    });
  }
  return out;
}
