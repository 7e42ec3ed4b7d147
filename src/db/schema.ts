import type {
  ApiTokenTable,
  AuditLogTable,
  ContactTable,
  CustomFieldDefinitionTable,
  CustomerTable,
  CustomerTagTable,
  CustomerSearchTable,
  CustomerSearchFtsTable,
  SessionTable,
  TeamMemberTable,
  TeamTable,
  UserTable,
  WorkspaceTable,
} from './schema/core.ts';
import type { CalendarDayTable, CountrySettingsTable } from './schema/calendar.ts';
import type {
  ActivityTable,
  CadencePlanMapTable,
  CadencePolicyTable,
  FollowUpTable,
} from './schema/relationship.ts';
import type {
  CustomerKeyTable,
  CustomerMergeTable,
  DuplicateDismissalTable,
  ImportErrorTable,
  ImportMappingTable,
  ImportTable,
  LeadFormTable,
  SegmentTable,
} from './schema/identification.ts';
import type {
  ExchangeRateTable,
  OrderTable,
  RevenueDayTotalTable,
  RevenueOwnerTotalTable,
} from './schema/value.ts';
import type {
  MailboxFolderTable,
  MailboxTable,
  SmtpAccountTable,
  SmtpAccountFolderTable,
  MailMessageTable,
  MailOutboxTable,
} from './schema/mail.ts';
import type {
  LoyaltyExpiryReminderTable,
  LoyaltyLedgerTable,
  LoyaltyProgrammeTable,
  LoyaltyStatusTable,
} from './schema/loyalty.ts';
import type { JobScheduleTable, JobTable, RateLimitHitTable } from './schema/platform.ts';
import type {
  AutomationFiredDateTable,
  AutomationFiredFollowUpTable,
  AutomationRuleTable,
  AutomationRunTable,
  AutomationSegmentMemberTable,
} from './schema/automations.ts';
import type { WebhookDeliveryTable, WebhookTable } from './schema/webhooks.ts';
import type {
  PoolClaimTable,
  PoolEntryTable,
  PoolSettingsTable,
  PoolWarningTable,
} from './schema/pool.ts';
import type { PriceListItemTable, PriceListTable, ProductTable } from './schema/products.ts';
import type {
  QuoteDocumentTable,
  QuoteLineTable,
  QuoteSequenceTable,
  QuoteSettingsTable,
  QuoteTable,
} from './schema/quotes.ts';
import type { OfficeLeaveTable, OfficePersonTable, OfficeTable } from './schema/offices.ts';
import type { InsightSettingsTable, NextActionStateTable } from './schema/insight.ts';
import type { LocalValueEntryTable } from './schema/local-value.ts';
import type {
  CertificateTable,
  SustainabilityCommitmentTable,
  SustainabilityRequirementTable,
} from './schema/sustainability.ts';
import type {
  StakeholderCustomerTable,
  StakeholderInteractionTable,
  StakeholderPlanTable,
  StakeholderStanceTable,
  StakeholderTable,
} from './schema/stakeholders.ts';
import type {
  IncidentActionTable,
  IncidentCustomerTable,
  IncidentPlaybookTable,
  IncidentStatementTable,
  IncidentTable,
} from './schema/incidents.ts';
import type {
  MentionCountTable,
  MentionCustomerTable,
  MentionFeedTable,
  MentionIncidentTable,
  MentionStakeholderTable,
  MentionTable,
  MentionWatchNameTable,
} from './schema/mentions.ts';
import type {
  TenderCompetitorTable,
  TenderReasonTable,
  TenderResultReasonTable,
  TenderTable,
} from './schema/tenders.ts';
import type {
  SanctionsEntryTable,
  SanctionsListTable,
  SanctionsReviewTable,
} from './schema/sanctions.ts';
import type {
  CustomerEventTable,
  EventInvitationTable,
  VisaPassportTable,
} from './schema/customer-events.ts';
import type {
  BouncedAddressTable,
  CampaignRecipientTable,
  CampaignSettingsTable,
  CampaignTable,
} from './schema/campaigns.ts';
import type {
  DealCompetitorTable,
  DealContactTable,
  DealReasonTable,
  DealTable,
  DealTotalTable,
  PipelineStageTable,
  PipelineTable,
} from './schema/deals.ts';
import type {
  SlaPolicyTable,
  TicketCommentTable,
  TicketSequenceTable,
  TicketStatusChangeTable,
  TicketTable,
} from './schema/tickets.ts';
import type { TicketFormTable, TicketPortalLinkTable } from './schema/ticket-portal.ts';
import type {
  EscalationRuleTable,
  TicketAttachmentTable,
  TicketEscalationTable,
} from './schema/ticket-attachments.ts';
import type { SupportTeamMemberTable, SupportTeamTable } from './schema/support.ts';
import type { TemplateTable, TemplateVariantTable } from './schema/templates.ts';
import type {
  ServiceSettingsTable,
  SurveyAnswerCountTable,
  SurveyAnswerTable,
  SurveyRoundTable,
  SurveyTable,
} from './schema/feedback.ts';
import type { ServiceVisitRuleTable, ServiceVisitTable } from './schema/service-visits.ts';
import type {
  ChurnModelCheckTable,
  ChurnModelTable,
  CountryRiskTable,
  CreditApprovalTable,
  CreditLimitTable,
  PaymentTable,
  OpenLineBucketStartsTable,
  OpenLineCustomerTotalTable,
  OpenLineFirstTable,
  OpenLineOwnerFirstTable,
  OpenLineOwnerTotalTable,
  OpenLineTotalTable,
  ReceivableLineTable,
  ReceivableSettlementTable,
  SettledDayTotalTable,
} from './schema/risk.ts';

export * from './schema/core.ts';
export * from './schema/calendar.ts';
export * from './schema/relationship.ts';
export * from './schema/identification.ts';
export * from './schema/value.ts';
export * from './schema/platform.ts';
export * from './schema/automations.ts';
export * from './schema/webhooks.ts';
export * from './schema/pool.ts';
export * from './schema/products.ts';
export * from './schema/quotes.ts';
export * from './schema/tenders.ts';
export * from './schema/offices.ts';
export * from './schema/stakeholders.ts';
export * from './schema/incidents.ts';
export * from './schema/mentions.ts';
export * from './schema/local-value.ts';
export * from './schema/sustainability.ts';
export * from './schema/insight.ts';
export * from './schema/customer-events.ts';
export * from './schema/mail.ts';
export * from './schema/deals.ts';
export * from './schema/tickets.ts';
export * from './schema/ticket-portal.ts';
export * from './schema/ticket-attachments.ts';
export * from './schema/support.ts';
export * from './schema/templates.ts';
export * from './schema/loyalty.ts';
export * from './schema/feedback.ts';
export * from './schema/campaigns.ts';
export * from './schema/service-visits.ts';
export * from './schema/risk.ts';
export * from './schema/sanctions.ts';

/**
 * Every table, named in one map; their types live by capability in `schema/`. Instants are ISO-8601 UTC strings and booleans are 0/1 integers in
 * both dialects, so one set of queries reads the same on SQLite and PostgreSQL. JSON documents
 * are stored as text for the same reason.
 */
export interface DB {
  workspaces: WorkspaceTable;
  users: UserTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  customers: CustomerTable;
  customer_tags: CustomerTagTable;
  customer_search: CustomerSearchTable;
  customer_search_fts: CustomerSearchFtsTable;
  contacts: ContactTable;
  custom_field_definitions: CustomFieldDefinitionTable;
  audit_log: AuditLogTable;
  workspace_country_settings: CountrySettingsTable;
  workspace_calendar_days: CalendarDayTable;
  activities: ActivityTable;
  follow_ups: FollowUpTable;
  cadence_policies: CadencePolicyTable;
  cadence_plan_map: CadencePlanMapTable;
  segments: SegmentTable;
  customer_keys: CustomerKeyTable;
  imports: ImportTable;
  import_errors: ImportErrorTable;
  import_mappings: ImportMappingTable;
  customer_merges: CustomerMergeTable;
  duplicate_dismissals: DuplicateDismissalTable;
  lead_forms: LeadFormTable;
  orders: OrderTable;
  revenue_day_totals: RevenueDayTotalTable;
  revenue_owner_totals: RevenueOwnerTotalTable;
  exchange_rates: ExchangeRateTable;
  jobs: JobTable;
  job_schedules: JobScheduleTable;
  rate_limit_hits: RateLimitHitTable;
  automation_rules: AutomationRuleTable;
  automation_runs: AutomationRunTable;
  automation_segment_members: AutomationSegmentMemberTable;
  automation_fired_follow_ups: AutomationFiredFollowUpTable;
  automation_fired_dates: AutomationFiredDateTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  pool_settings: PoolSettingsTable;
  pool_entries: PoolEntryTable;
  pool_claims: PoolClaimTable;
  pool_warnings: PoolWarningTable;
  products: ProductTable;
  price_lists: PriceListTable;
  price_list_items: PriceListItemTable;
  quote_settings: QuoteSettingsTable;
  quote_sequences: QuoteSequenceTable;
  quotes: QuoteTable;
  quote_lines: QuoteLineTable;
  quote_documents: QuoteDocumentTable;
  tenders: TenderTable;
  offices: OfficeTable;
  office_people: OfficePersonTable;
  office_leave: OfficeLeaveTable;
  stakeholders: StakeholderTable;
  stakeholder_customers: StakeholderCustomerTable;
  stakeholder_stances: StakeholderStanceTable;
  stakeholder_interactions: StakeholderInteractionTable;
  stakeholder_plans: StakeholderPlanTable;
  incidents: IncidentTable;
  incident_actions: IncidentActionTable;
  incident_statements: IncidentStatementTable;
  incident_playbooks: IncidentPlaybookTable;
  incident_customers: IncidentCustomerTable;
  mentions: MentionTable;
  mention_counts: MentionCountTable;
  mention_stakeholders: MentionStakeholderTable;
  mention_customers: MentionCustomerTable;
  mention_feeds: MentionFeedTable;
  mention_incidents: MentionIncidentTable;
  mention_watch_names: MentionWatchNameTable;
  local_value_entries: LocalValueEntryTable;
  sustainability_requirements: SustainabilityRequirementTable;
  certificates: CertificateTable;
  sustainability_commitments: SustainabilityCommitmentTable;
  customer_events: CustomerEventTable;
  event_invitations: EventInvitationTable;
  visa_passports: VisaPassportTable;
  sanctions_lists: SanctionsListTable;
  sanctions_entries: SanctionsEntryTable;
  sanctions_reviews: SanctionsReviewTable;
  tender_competitors: TenderCompetitorTable;
  tender_reasons: TenderReasonTable;
  tender_result_reasons: TenderResultReasonTable;
  pipelines: PipelineTable;
  pipeline_stages: PipelineStageTable;
  deals: DealTable;
  deal_totals: DealTotalTable;
  deal_contacts: DealContactTable;
  deal_reasons: DealReasonTable;
  deal_competitors: DealCompetitorTable;
  sla_policies: SlaPolicyTable;
  ticket_sequences: TicketSequenceTable;
  tickets: TicketTable;
  ticket_comments: TicketCommentTable;
  ticket_status_changes: TicketStatusChangeTable;
  ticket_portal_links: TicketPortalLinkTable;
  ticket_attachments: TicketAttachmentTable;
  escalation_rules: EscalationRuleTable;
  ticket_escalations: TicketEscalationTable;
  service_settings: ServiceSettingsTable;
  support_teams: SupportTeamTable;
  support_team_members: SupportTeamMemberTable;
  ticket_forms: TicketFormTable;
  templates: TemplateTable;
  template_variants: TemplateVariantTable;
  mailboxes: MailboxTable;
  smtp_accounts: SmtpAccountTable;
  smtp_account_folders: SmtpAccountFolderTable;
  mailbox_folders: MailboxFolderTable;
  mail_messages: MailMessageTable;
  mail_outbox: MailOutboxTable;
  loyalty_programmes: LoyaltyProgrammeTable;
  loyalty_ledger: LoyaltyLedgerTable;
  loyalty_status: LoyaltyStatusTable;
  loyalty_expiry_reminders: LoyaltyExpiryReminderTable;
  survey_rounds: SurveyRoundTable;
  surveys: SurveyTable;
  survey_answers: SurveyAnswerTable;
  survey_answer_counts: SurveyAnswerCountTable;
  campaigns: CampaignTable;
  campaign_recipients: CampaignRecipientTable;
  payments: PaymentTable;
  credit_limits: CreditLimitTable;
  credit_approvals: CreditApprovalTable;
  country_risk: CountryRiskTable;
  churn_models: ChurnModelTable;
  churn_model_checks: ChurnModelCheckTable;
  receivable_lines: ReceivableLineTable;
  receivable_settlements: ReceivableSettlementTable;
  open_line_totals: OpenLineTotalTable;
  open_line_owner_totals: OpenLineOwnerTotalTable;
  open_line_firsts: OpenLineFirstTable;
  open_line_owner_firsts: OpenLineOwnerFirstTable;
  open_line_customer_totals: OpenLineCustomerTotalTable;
  open_line_bucket_starts: OpenLineBucketStartsTable;
  settled_day_totals: SettledDayTotalTable;
  campaign_settings: CampaignSettingsTable;
  bounced_addresses: BouncedAddressTable;
  service_visit_rules: ServiceVisitRuleTable;
  service_visits: ServiceVisitTable;
  insight_settings: InsightSettingsTable;
  next_action_states: NextActionStateTable;
}
