import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_calendar_and_culture.ts';
import * as m0003 from './migrations/0003_relationship_cadence.ts';
import * as m0004 from './migrations/0004_workspace_calendar_settings.ts';
import * as m0005 from './migrations/0005_cadence_basis.ts';
import * as m0006 from './migrations/0006_segments.ts';
import * as m0007 from './migrations/0007_imports.ts';
import * as m0008 from './migrations/0008_customer_merges.ts';
import * as m0009 from './migrations/0009_lead_forms.ts';
import * as m0010 from './migrations/0010_orders_and_value.ts';
import * as m0011 from './migrations/0011_customer_value.ts';
import * as m0012 from './migrations/0012_activity_source.ts';
import * as m0013 from './migrations/0013_duplicate_dismissals.ts';
import * as m0015 from './migrations/0015_first_contact.ts';
import * as m0016 from './migrations/0016_customer_zone_source.ts';
import * as m0017 from './migrations/0017_user_time_zone.ts';
import * as m0019 from './migrations/0019_message_codes.ts';
import * as m0020 from './migrations/0020_customer_search.ts';
import * as m0021 from './migrations/0021_official_schedule.ts';
import * as m0022 from './migrations/0022_working_weekend.ts';
import * as m0023 from './migrations/0023_open_follow_up_indexes.ts';
import * as m0024 from './migrations/0024_jobs.ts';
import * as m0025 from './migrations/0025_webhooks.ts';
import * as m0026 from './migrations/0026_rate_limit_hits.ts';
import * as m0027 from './migrations/0027_automations.ts';
import * as m0028 from './migrations/0028_products.ts';
import * as m0029 from './migrations/0029_deals.ts';
import * as m0030 from './migrations/0030_tenders.ts';
import * as m0031 from './migrations/0031_quotes.ts';
import * as m0032 from './migrations/0032_customer_pool.ts';
import * as m0033 from './migrations/0033_automation_fired_dates.ts';
import * as m0034 from './migrations/0034_mailboxes.ts';
import * as m0035 from './migrations/0035_mail_messages.ts';
import * as m0036 from './migrations/0036_templates.ts';
import * as m0038 from './migrations/0038_tickets.ts';
import * as m0039 from './migrations/0039_deal_customer_country.ts';
import * as m0040 from './migrations/0040_feedback.ts';
import * as m0042 from './migrations/0042_ticket_portal.ts';
import * as m0043 from './migrations/0043_mailbox_smtp_status.ts';
import * as m0044 from './migrations/0044_mail_outbox.ts';
import * as m0045 from './migrations/0045_loyalty_ledger.ts';
import * as m0046 from './migrations/0046_loyalty_status.ts';
import * as m0047 from './migrations/0047_greeting_dates.ts';
import * as m0048 from './migrations/0048_customer_events.ts';
import * as m0049 from './migrations/0049_loyalty_bonuses.ts';
import * as m0050 from './migrations/0050_visa_passports.ts';
import * as m0051 from './migrations/0051_campaigns.ts';
import * as m0052 from './migrations/0052_campaign_links_and_bounces.ts';
import * as m0053 from './migrations/0053_service_visits.ts';
import * as m0054 from './migrations/0054_service_agents.ts';
import * as m0055 from './migrations/0055_event_mail_and_expiry_reminders.ts';
import * as m0056 from './migrations/0056_deal_totals.ts';
import * as m0057 from './migrations/0057_sanctions.ts';
import * as m0058 from './migrations/0058_receivables.ts';
import * as m0059 from './migrations/0059_offices.ts';
import * as m0061 from './migrations/0061_bounces.ts';
import * as m0062 from './migrations/0062_mail_reply_follow_ups.ts';
import * as m0063 from './migrations/0063_ticket_attachments.ts';
import * as m0064 from './migrations/0064_escalation_rules.ts';
import * as m0065 from './migrations/0065_insight_settings.ts';
import * as m0066 from './migrations/0066_next_action_states.ts';
import * as m0067 from './migrations/0067_passport_retention_setting.ts';
import * as m0069 from './migrations/0069_stakeholders.ts';
import * as m0070 from './migrations/0070_mentions.ts';
import * as m0071 from './migrations/0071_local_value.ts';
import * as m0072 from './migrations/0072_order_rhythm.ts';
import * as m0073 from './migrations/0073_workspace_smtp_accounts.ts';
import * as m0074 from './migrations/0074_receivable_lines.ts';
import * as m0076 from './migrations/0076_incidents.ts';
import * as m0078 from './migrations/0078_ticket_due_order.ts';
import * as m0079 from './migrations/0079_office_person_assignees.ts';
import * as m0080 from './migrations/0080_next_response.ts';
import * as m0081 from './migrations/0081_mail_about.ts';
import * as m0082 from './migrations/0082_revenue_totals.ts';
import * as m0083 from './migrations/0083_lead_scores.ts';
import * as m0084 from './migrations/0084_sustainability.ts';
import * as m0085 from './migrations/0085_stakeholder_engagement.ts';
import * as m0086 from './migrations/0086_incident_mentions_and_playbooks.ts';
import * as m0087 from './migrations/0087_churn_scores.ts';
import * as m0088 from './migrations/0088_service_close.ts';
import * as m0089 from './migrations/0089_mail_folders_return_path.ts';
import * as m0090 from './migrations/0090_survey_answer_counts.ts';
import * as m0091 from './migrations/0091_mention_counts.ts';
import * as m0092 from './migrations/0092_incident_customers.ts';
import * as m0093 from './migrations/0093_churn_models.ts';
import * as m0095 from './migrations/0095_follow_up_person_index.ts';
import * as m0098 from './migrations/0098_open_line_totals.ts';
import * as m0100 from './migrations/0100_receivable_undated_order.ts';
import * as m0101 from './migrations/0101_follow_up_fewer_indexes.ts';
import * as m0102 from './migrations/0102_open_line_customer_totals.ts';
import * as m0104 from './migrations/0104_churn_model_checks.ts';
import * as m0106 from './migrations/0106_customer_inbox_indexes.ts';

// Listed explicitly (not read from disk) so migrations work the same under tsx, tests and bundles.
// A landed migration is never edited: add the next numbered file instead.
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_foundation': m0001,
  '0002_calendar_and_culture': m0002,
  '0003_relationship_cadence': m0003,
  '0004_workspace_calendar_settings': m0004,
  '0005_cadence_basis': m0005,
  '0006_segments': m0006,
  '0007_imports': m0007,
  '0008_customer_merges': m0008,
  '0009_lead_forms': m0009,
  '0010_orders_and_value': m0010,
  '0011_customer_value': m0011,
  '0012_activity_source': m0012,
  '0013_duplicate_dismissals': m0013,
  '0015_first_contact': m0015,
  '0016_customer_zone_source': m0016,
  '0017_user_time_zone': m0017,
  '0019_message_codes': m0019,
  '0020_customer_search': m0020,
  '0021_official_schedule': m0021,
  '0022_working_weekend': m0022,
  '0023_open_follow_up_indexes': m0023,
  '0024_jobs': m0024,
  '0025_webhooks': m0025,
  '0026_rate_limit_hits': m0026,
  '0027_automations': m0027,
  '0028_products': m0028,
  '0029_deals': m0029,
  '0030_tenders': m0030,
  '0031_quotes': m0031,
  '0032_customer_pool': m0032,
  '0033_automation_fired_dates': m0033,
  '0034_mailboxes': m0034,
  '0035_mail_messages': m0035,
  '0036_templates': m0036,
  '0038_tickets': m0038,
  '0039_deal_customer_country': m0039,
  '0040_feedback': m0040,
  '0042_ticket_portal': m0042,
  '0043_mailbox_smtp_status': m0043,
  '0044_mail_outbox': m0044,
  '0045_loyalty_ledger': m0045,
  '0046_loyalty_status': m0046,
  '0047_greeting_dates': m0047,
  '0048_customer_events': m0048,
  '0049_loyalty_bonuses': m0049,
  '0050_visa_passports': m0050,
  '0051_campaigns': m0051,
  '0052_campaign_links_and_bounces': m0052,
  '0053_service_visits': m0053,
  '0054_service_agents': m0054,
  '0055_event_mail_and_expiry_reminders': m0055,
  '0056_deal_totals': m0056,
  '0057_sanctions': m0057,
  '0058_receivables': m0058,
  '0059_offices': m0059,
  '0061_bounces': m0061,
  '0062_mail_reply_follow_ups': m0062,
  '0063_ticket_attachments': m0063,
  '0064_escalation_rules': m0064,
  '0065_insight_settings': m0065,
  '0066_next_action_states': m0066,
  '0067_passport_retention_setting': m0067,
  '0069_stakeholders': m0069,
  '0070_mentions': m0070,
  '0071_local_value': m0071,
  '0072_order_rhythm': m0072,
  '0073_workspace_smtp_accounts': m0073,
  '0074_receivable_lines': m0074,
  '0076_incidents': m0076,
  '0078_ticket_due_order': m0078,
  '0079_office_person_assignees': m0079,
  '0080_next_response': m0080,
  '0081_mail_about': m0081,
  '0082_revenue_totals': m0082,
  '0083_lead_scores': m0083,
  '0084_sustainability': m0084,
  '0085_stakeholder_engagement': m0085,
  '0086_incident_mentions_and_playbooks': m0086,
  '0087_churn_scores': m0087,
  '0088_service_close': m0088,
  '0089_mail_folders_return_path': m0089,
  '0090_survey_answer_counts': m0090,
  '0091_mention_counts': m0091,
  '0092_incident_customers': m0092,
  '0093_churn_models': m0093,
  '0095_follow_up_person_index': m0095,
  '0098_open_line_totals': m0098,
  '0100_receivable_undated_order': m0100,
  '0101_follow_up_fewer_indexes': m0101,
  '0102_open_line_customer_totals': m0102,
  '0104_churn_model_checks': m0104,
  '0106_customer_inbox_indexes': m0106,
};

type Migrations = Readonly<Record<string, Migration>>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
function migrator(db: Kysely<any>, migrations: Migrations): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
}

/** A migration failed; on PostgreSQL the whole pending batch was rolled back with it. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migrationName: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`migration ${migrationName} failed: ${reason}`, options);
  }
}

/**
 * Applies every pending migration. Kysely's Migrator runs the whole pending batch in ONE
 * transaction where the adapter supports transactional DDL (PostgreSQL: `supportsTransactionalDdl`
 * in kysely/dist/esm/migration/migrator.js#runMigrations), so a failure there leaves the database
 * as it was. SQLite gets no transaction from Kysely: `upgradeDatabase` (upgrade.ts) copies the
 * file first instead. `migrations` is injectable so tests can add a failing one.
 */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  migrations: Migrations = MIGRATIONS,
): Promise<MigrationResultSet> {
  return check(await migrator(db, migrations).migrateToLatest());
}

/** Migrates up or down to the named migration; for tests of a migration over existing data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  check(await migrator(db, MIGRATIONS).migrateTo(name));
}

function check(result: MigrationResultSet): MigrationResultSet {
  if (!result.error) return result;
  const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
  const reason =
    result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
  if (failed) throw new MigrationFailedError(failed, reason, { cause: result.error });
  throw result.error instanceof Error ? result.error : new Error(reason);
}

export async function pendingMigrations(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  migrations: Migrations = MIGRATIONS,
): Promise<string[]> {
  const all = await migrator(db, migrations).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}

/** Names of the migrations this database has applied (none for an empty database). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await migrator(db, MIGRATIONS).getMigrations();
  return all.filter((m) => m.executedAt).map((m) => m.name);
}
