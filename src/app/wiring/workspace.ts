import type { Kysely } from 'kysely';
import type { PoolStats } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { AuditService } from '../../modules/audit/audit.service.ts';
import { AutomationsService } from '../../modules/automations/automations.service.ts';
import { CalendarService } from '../../modules/calendar/calendar.service.ts';
import { CountryOverridesService } from '../../modules/countries/country-overrides.service.ts';
import { CustomFieldsService } from '../../modules/custom-fields/custom-fields.service.ts';
import { JobsService } from '../../modules/jobs/jobs.service.ts';
import { LeadCaptureService } from '../../modules/lead-capture/lead-capture.service.ts';
import { Metrics } from '../../modules/operations/metrics.service.ts';
import { OperationsService } from '../../modules/operations/operations.service.ts';
import { OrdersService } from '../../modules/orders/orders.service.ts';
import { InboxService } from '../../modules/relationship/inbox.service.ts';
import { PoliciesService } from '../../modules/relationship/policies.service.ts';
import { SegmentsService } from '../../modules/segments/segments.service.ts';
import { ticketRecords } from '../../modules/tickets/ticket-records.service.ts';
import { SupportTeamsService } from '../../modules/users/support-teams.service.ts';
import { TeamsService } from '../../modules/users/teams.service.ts';
import { UsersService } from '../../modules/users/users.service.ts';
import { WorkspaceSettingsService } from '../../modules/workspaces/workspaces.service.ts';
import { auditRecordNames } from '../audit-record-names.ts';
import type { Foundation } from './foundation.ts';

/**
 * The workspace's own records and its operation: users and teams, settings, custom fields,
 * segments, orders, calendar overrides, the inbox and cadence policies, lead capture, automation
 * rules; jobs, metrics and the audit log.
 */
export function buildWorkspace(db: Kysely<DB>, f: Foundation, pool?: PoolStats) {
  const { auth, calendars, planning, customers, automation } = f;
  // The app's own Prometheus registry; other modules add gauges with `metrics.gauge(...)`.
  const metrics = new Metrics({ pool });
  const jobs = new JobsService(db, f.runner);
  metrics.gauge(
    'chuhai_jobs',
    'Background jobs by kind and status (queue depth: queued; failures: dead)',
    ['kind', 'status'],
    async () =>
      (await jobs.countAll()).map((c) => ({
        labels: { kind: c.kind, status: c.status },
        value: c.n,
      })),
  );
  return {
    metrics,
    jobs,
    operations: new OperationsService(db),
    audit: new AuditService(db, auditRecordNames),
    users: new UsersService(db, auth),
    teams: new TeamsService(db),
    // A deleted support team's tickets go to no team, in the deleting transaction.
    supportTeams: new SupportTeamsService(db, (tx, ws, id) => ticketRecords.clearTeam(tx, ws, id)),
    workspace: new WorkspaceSettingsService(db, (id) => calendars.invalidate(id)),
    customFields: new CustomFieldsService(db),
    segments: new SegmentsService(db, customers, (tx, ws, id) =>
      automation.rulesUsingSegment(tx, ws, id),
    ),
    orders: new OrdersService(db),
    countryOverrides: new CountryOverridesService(db, calendars, f.countries),
    calendar: new CalendarService(db, calendars),
    automations: new AutomationsService(db, automation),
    inbox: new InboxService(db, calendars, planning),
    policies: new PoliciesService(db, planning),
    leadCapture: new LeadCaptureService(db, {
      auth,
      customers,
      contacts: f.contacts,
      activities: f.activities,
    }),
  };
}
