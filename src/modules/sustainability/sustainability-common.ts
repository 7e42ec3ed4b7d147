import type { Executor } from '../../db/dialect.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import type { Scope } from '../../domain/scope.ts';
import { fieldError, type FieldError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';

/** The owner and admins edit a row; managers read every one. */
export const canEdit = (scope: Scope, ownerId: string) =>
  scope.role === 'admin' || ownerId === scope.userId;

export const isHttpUrl = (value: string): boolean => {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/** Today in the home office's clock (due dates are the home office's). */
export async function homeToday(db: Executor, ws: string, now: Date): Promise<string> {
  const w = await workspaces.find(db, ws);
  return localParts(now, w?.home_time_zone ?? 'Asia/Shanghai').date;
}

/** The home office: its calendar (where reminders are counted) and today in its clock. */
export async function homeOffice(db: Executor, calendars: CalendarProvider, ws: string, now: Date) {
  const w = await workspaces.find(db, ws);
  return {
    calendar: await calendars.calendar(db, ws, w?.home_country ?? 'CN'),
    today: localParts(now, w?.home_time_zone ?? 'Asia/Shanghai').date,
  };
}

/** Due dates first, the earliest first, then those without one. */
export const byDue = <T extends { dueDate: string | null; id: string }>(a: T, b: T) =>
  (a.dueDate ?? '9999') < (b.dueDate ?? '9999')
    ? -1
    : (a.dueDate ?? '9999') > (b.dueDate ?? '9999')
      ? 1
      : a.id < b.id
        ? -1
        : 1;

export async function checkOwner(db: Executor, scope: Scope, ownerId: string | undefined) {
  if (!ownerId) return [];
  const owner = await userRecords.findById(db, scope.workspaceId, ownerId);
  return !owner || owner.active !== 1 ? [fieldError('/ownerId', 'no_active_user')] : [];
}

export async function checkCustomer(
  db: Executor,
  scope: Scope,
  customerId: string | null | undefined,
): Promise<FieldError[]> {
  if (!customerId) return [];
  const c = await customerRecords.findVisible(db, scope, customerId);
  return c ? [] : [fieldError('/customerId', 'not_in_scope', { entity: 'customer' })];
}

/** `end` must not be before `start` (both ISO dates), reported on `path`. */
export const notBefore = (path: string, start: string, end: string | null | undefined) =>
  end && end < start ? [fieldError(path, 'not_before_start', { start })] : [];
