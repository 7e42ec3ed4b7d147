import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { IncidentStatementsService } from '../../modules/incidents/incident-statements.service.ts';
import { IncidentCustomersService } from '../../modules/incidents/incident-customers.service.ts';
import { IncidentMentionsService } from '../../modules/incidents/incident-mentions.service.ts';
import { IncidentsService } from '../../modules/incidents/incidents.service.ts';
import { PlaybooksService } from '../../modules/incidents/playbooks.service.ts';
import { LocalValueReportService } from '../../modules/local-value/local-value-report.service.ts';
import { LocalValueService } from '../../modules/local-value/local-value.service.ts';
import { FEEDS_FETCH_ALL, FeedsService } from '../../modules/mentions/feeds.service.ts';
import { MentionsService } from '../../modules/mentions/mentions.service.ts';
import { EngagementService } from '../../modules/stakeholders/engagement.service.ts';
import { StakeholdersService } from '../../modules/stakeholders/stakeholders.service.ts';
import { CertificatesService } from '../../modules/sustainability/certificates.service.ts';
import { CommitmentsService } from '../../modules/sustainability/commitments.service.ts';
import { RequirementsService } from '../../modules/sustainability/requirements.service.ts';
import { dnsResolver } from '../../modules/webhooks/resolver.ts';
import type { ContainerOptions } from '../container.ts';
import type { Foundation } from './foundation.ts';
import type { Sales } from './sales.ts';

/** The market view (docs/reputation.md): stakeholders, mentions and feeds, incidents, local value. */
export function buildReputation(db: Kysely<DB>, f: Foundation, s: Sales, opts: ContainerOptions) {
  const { now, runner } = f;
  // Every feed with a URL is read hourly, each with a timeout and a size limit, through the
  // webhooks' host guard.
  const feeds = new FeedsService(db, { resolve: opts.webhooks?.resolve ?? dnsResolver, now });
  for (const kind of feeds.jobKinds()) runner.define(kind);
  runner.schedule({
    name: FEEDS_FETCH_ALL,
    cron: '35 * * * *',
    timeZone: 'UTC',
    kind: FEEDS_FETCH_ALL,
  });
  const stakeholders = new StakeholdersService(db);
  // New incidents take the workspace's playbook for their kind (shipped en/zh checklists by default).
  const playbooks = new PlaybooksService(db);
  const incidents = new IncidentsService(db, stakeholders, now, playbooks);
  const localValue = new LocalValueService(db);
  return {
    stakeholders,
    stakeholderEngagement: new EngagementService(db, f.calendars, now),
    incidents,
    incidentMentions: new IncidentMentionsService(db, incidents),
    // Customers linked by hand: their owners hear of it as its markets' customers do.
    incidentCustomers: new IncidentCustomersService(db, incidents),
    playbooks,
    incidentStatements: new IncidentStatementsService(db, incidents),
    // Customers' sustainability requirements, the company's certificates, commitments (ESG).
    sustainability: {
      requirements: new RequirementsService(db, now),
      certificates: new CertificatesService(db, f.calendars, now),
      commitments: new CommitmentsService(db, now),
    },
    mentions: new MentionsService(db),
    feeds,
    localValue,
    localValueReports: new LocalValueReportService(db, localValue, s.pdfBrowser),
  };
}
