import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { RiskPage } from './risk/RiskPage.tsx';
import { StakeholdersPage } from './stakeholders/StakeholdersPage.tsx';
import { StakeholderPage } from './stakeholders/StakeholderPage.tsx';
import { IncidentsPage } from './incidents/IncidentsPage.tsx';
import { ReputationPage } from './reputation/ReputationPage.tsx';
import { IncidentPage } from './incidents/IncidentPage.tsx';
import { LocalValuePage } from './local-value/LocalValuePage.tsx';
import { SustainabilityPage } from './sustainability/SustainabilityPage.tsx';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage.tsx';
import { SessionGate } from './auth/session.tsx';
import { AppShell } from './layout/AppShell.tsx';

// One chunk per page, fetched when its route is first opened, so signing in does not wait for
// every page's code (the country radar's chart library alone is larger than the dashboard).
const page = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> => lazy(() => load().then((m) => ({ default: m[name] })));

const DashboardPage = page(() => import('./dashboard/DashboardPage.tsx'), 'DashboardPage');
const InsightPage = page(() => import('./insight/InsightPage.tsx'), 'InsightPage');
const MarketPage = page(() => import('./insight/MarketPage.tsx'), 'MarketPage');
const CountriesPage = page(() => import('./countries/CountriesPage.tsx'), 'CountriesPage');
const CountryPage = page(() => import('./countries/CountryPage.tsx'), 'CountryPage');
const CustomersPage = page(() => import('./customers/CustomersPage.tsx'), 'CustomersPage');
const CustomerPage = page(() => import('./customers/CustomerPage.tsx'), 'CustomerPage');
const ProductsPage = page(() => import('./products/ProductsPage.tsx'), 'ProductsPage');
const ProductPage = page(() => import('./products/ProductPage.tsx'), 'ProductPage');
const PriceListsPage = page(() => import('./products/PriceListsPage.tsx'), 'PriceListsPage');
const SegmentsPage = page(() => import('./segments/SegmentsPage.tsx'), 'SegmentsPage');
const ImportPage = page(() => import('./imports/ImportPage.tsx'), 'ImportPage');
const DuplicatesPage = page(() => import('./imports/DuplicatesPage.tsx'), 'DuplicatesPage');
const ValuePage = page(() => import('./value/ValuePage.tsx'), 'ValuePage');
const QuotesPage = page(() => import('./quotes/QuotesPage.tsx'), 'QuotesPage');
const QuoteEditorPage = page(() => import('./quotes/QuoteEditorPage.tsx'), 'QuoteEditorPage');
const QuoteSettingsPage = page(() => import('./quotes/QuoteSettingsPage.tsx'), 'QuoteSettingsPage');
const DealsPage = page(() => import('./deals/DealsPage.tsx'), 'DealsPage');
const DealPage = page(() => import('./deals/DealPage.tsx'), 'DealPage');
const LeadFormsPage = page(() => import('./admin/LeadFormsPage.tsx'), 'LeadFormsPage');
const UsersPage = page(() => import('./admin/UsersPage.tsx'), 'UsersPage');
const TeamsPage = page(() => import('./admin/TeamsPage.tsx'), 'TeamsPage');
const CustomFieldsPage = page(() => import('./admin/CustomFieldsPage.tsx'), 'CustomFieldsPage');
const AuditLogPage = page(() => import('./admin/AuditLogPage.tsx'), 'AuditLogPage');
const JobsPage = page(() => import('./admin/JobsPage.tsx'), 'JobsPage');
const SanctionsPage = page(() => import('./admin/SanctionsPage.tsx'), 'SanctionsPage');
const AutomationsPage = page(() => import('./admin/AutomationsPage.tsx'), 'AutomationsPage');
const PoliciesPage = page(() => import('./admin/PoliciesPage.tsx'), 'PoliciesPage');
const WorkspacePage = page(() => import('./admin/WorkspacePage.tsx'), 'WorkspacePage');
const PlaybooksPage = page(() => import('./admin/PlaybooksPage.tsx'), 'PlaybooksPage');
const InsightSettingsPage = page(
  () => import('./admin/InsightSettingsPage.tsx'),
  'InsightSettingsPage',
);
const WebhooksPage = page(() => import('./admin/WebhooksPage.tsx'), 'WebhooksPage');
const SmtpAccountsPage = page(() => import('./admin/SmtpAccountsPage.tsx'), 'SmtpAccountsPage');
const DeliverySettingsPage = page(
  () => import('./admin/DeliverySettingsPage.tsx'),
  'DeliverySettingsPage',
);
const PoolPage = page(() => import('./pool/PoolPage.tsx'), 'PoolPage');
const GreetingsPage = page(() => import('./greetings/GreetingsPage.tsx'), 'GreetingsPage');
const PoolSettingsPage = page(() => import('./pool/PoolSettingsPage.tsx'), 'PoolSettingsPage');
const LoyaltySettingsPage = page(
  () => import('./loyalty/LoyaltySettingsPage.tsx'),
  'LoyaltySettingsPage',
);
const ProfilePage = page(() => import('./profile/ProfilePage.tsx'), 'ProfilePage');
const MailboxesPage = page(() => import('./mail/MailboxesPage.tsx'), 'MailboxesPage');
const OutboxPage = page(() => import('./mail/OutboxPage.tsx'), 'OutboxPage');
const TendersPage = page(() => import('./tenders/TendersPage.tsx'), 'TendersPage');
const TicketsPage = page(() => import('./tickets/TicketsPage.tsx'), 'TicketsPage');
const TicketPage = page(() => import('./tickets/TicketPage.tsx'), 'TicketPage');
// The customer portal is a separate public app: staff never load it, customers load only it.
const PortalApp = page(() => import('./portal/PortalApp.tsx'), 'PortalApp');
const TicketFormsPage = page(() => import('./tickets/TicketFormsPage.tsx'), 'TicketFormsPage');
const SlaPoliciesPage = page(() => import('./tickets/SlaPoliciesPage.tsx'), 'SlaPoliciesPage');
const EscalationRulesPage = page(
  () => import('./tickets/EscalationRulesPage.tsx'),
  'EscalationRulesPage',
);
const VisitRulesPage = page(() => import('./service-visits/VisitRulesPage.tsx'), 'VisitRulesPage');
const TenderAnalysisPage = page(
  () => import('./tenders/TenderAnalysisPage.tsx'),
  'TenderAnalysisPage',
);
const TemplatesPage = page(() => import('./templates/TemplatesPage.tsx'), 'TemplatesPage');
const FeedbackPage = page(() => import('./feedback/FeedbackPage.tsx'), 'FeedbackPage');
const SurveyRoundsPage = page(() => import('./feedback/SurveyRoundsPage.tsx'), 'SurveyRoundsPage');
const PublicSurveyPage = page(() => import('./feedback/PublicSurveyPage.tsx'), 'PublicSurveyPage');
const EventsPage = page(() => import('./events/EventsPage.tsx'), 'EventsPage');
const EventPage = page(() => import('./events/EventPage.tsx'), 'EventPage');
const PublicRsvpPage = page(() => import('./events/PublicRsvpPage.tsx'), 'PublicRsvpPage');
const CampaignsPage = page(() => import('./campaigns/CampaignsPage.tsx'), 'CampaignsPage');
const CampaignPage = page(() => import('./campaigns/CampaignPage.tsx'), 'CampaignPage');
const CampaignBuilder = page(() => import('./campaigns/CampaignBuilder.tsx'), 'CampaignBuilder');
const UnsubscribePage = page(() => import('./campaigns/UnsubscribePage.tsx'), 'UnsubscribePage');
const OfficesPage = page(() => import('./offices/OfficesPage.tsx'), 'OfficesPage');
const OfficePage = page(() => import('./offices/OfficePage.tsx'), 'OfficePage');
const PlanningOverviewPage = page(
  () => import('./offices/PlanningOverviewPage.tsx'),
  'PlanningOverviewPage',
);
const MeetingPlannerPage = page(
  () => import('./offices/MeetingPlannerPage.tsx'),
  'MeetingPlannerPage',
);
const TenderReasonsPage = page(
  () => import('./tenders/TenderReasonsPage.tsx'),
  'TenderReasonsPage',
);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  const { i18n } = useTranslation();
  // The customer portal's pages are public: no sign-in, no staff shell.
  const portal = window.location.pathname.startsWith('/portal/');
  return (
    <ConfigProvider
      locale={i18n.language === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1668dc', borderRadius: 6 } }}
    >
      {portal ? (
        <Suspense fallback={<Spin style={{ display: 'block', marginTop: '30vh' }} />}>
          <PortalApp />
        </Suspense>
      ) : (
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <Routes>
                {/* A contact's survey link: no sign-in, outside the app's shell. */}
                <Route
                  path="/survey/:token"
                  element={
                    <Suspense fallback={<Spin style={{ display: 'block', marginTop: '20vh' }} />}>
                      <PublicSurveyPage />
                    </Suspense>
                  }
                />
                {/* An invitee's RSVP link: no sign-in either. */}
                <Route
                  path="/rsvp/:token"
                  element={
                    <Suspense fallback={<Spin style={{ display: 'block', marginTop: '20vh' }} />}>
                      <PublicRsvpPage />
                    </Suspense>
                  }
                />
                {/* A campaign mail's unsubscribe link: no sign-in either. */}
                <Route
                  path="/unsubscribe/:token"
                  element={
                    <Suspense fallback={<Spin style={{ display: 'block', marginTop: '20vh' }} />}>
                      <UnsubscribePage />
                    </Suspense>
                  }
                />
                <Route
                  path="/*"
                  element={
                    <SessionGate
                      loading={
                        <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />
                      }
                      signedOut={<LoginPage />}
                    >
                      <AppShell>
                        <Suspense
                          fallback={<Spin style={{ display: 'block', marginTop: '20vh' }} />}
                        >
                          <Routes>
                            <Route path="/" element={<DashboardPage />} />
                            <Route path="/countries" element={<CountriesPage />} />
                            <Route path="/countries/:code" element={<CountryPage />} />
                            <Route path="/customers" element={<CustomersPage />} />
                            <Route path="/customers/:id" element={<CustomerPage />} />
                            <Route path="/products" element={<ProductsPage />} />
                            <Route path="/products/:id" element={<ProductPage />} />
                            <Route path="/price-lists" element={<PriceListsPage />} />
                            <Route path="/segments" element={<SegmentsPage />} />
                            <Route path="/campaigns" element={<CampaignsPage />} />
                            <Route path="/campaigns/new" element={<CampaignBuilder />} />
                            <Route path="/campaigns/:id" element={<CampaignPage />} />
                            <Route path="/campaigns/:id/edit" element={<CampaignBuilder />} />
                            <Route path="/import" element={<ImportPage />} />
                            <Route path="/duplicates" element={<DuplicatesPage />} />
                            <Route path="/value" element={<ValuePage />} />
                            <Route path="/risk" element={<RiskPage />} />
                            <Route path="/stakeholders" element={<StakeholdersPage />} />
                            <Route path="/stakeholders/:id" element={<StakeholderPage />} />
                            <Route path="/incidents" element={<IncidentsPage />} />
                            <Route path="/reputation" element={<ReputationPage />} />
                            <Route path="/incidents/:id" element={<IncidentPage />} />
                            <Route path="/local-value" element={<LocalValuePage />} />
                            <Route path="/sustainability" element={<SustainabilityPage />} />
                            <Route path="/insight" element={<InsightPage />} />
                            <Route path="/insight/markets/:country" element={<MarketPage />} />
                            <Route path="/offices" element={<OfficesPage />} />
                            <Route path="/offices/planning" element={<PlanningOverviewPage />} />
                            <Route path="/offices/meetings" element={<MeetingPlannerPage />} />
                            <Route path="/offices/:id" element={<OfficePage />} />
                            <Route path="/quotes" element={<QuotesPage />} />
                            <Route path="/quotes/new" element={<QuoteEditorPage />} />
                            <Route path="/quotes/:id" element={<QuoteEditorPage />} />
                            <Route path="/deals" element={<DealsPage />} />
                            <Route path="/deals/:id" element={<DealPage />} />
                            <Route path="/lead-forms" element={<LeadFormsPage />} />
                            <Route path="/pool" element={<PoolPage />} />
                            <Route path="/greetings" element={<GreetingsPage />} />
                            <Route path="/admin/pool" element={<PoolSettingsPage />} />
                            <Route path="/admin/loyalty" element={<LoyaltySettingsPage />} />
                            <Route path="/admin/users" element={<UsersPage />} />
                            <Route path="/admin/teams" element={<TeamsPage />} />
                            <Route path="/admin/custom-fields" element={<CustomFieldsPage />} />
                            <Route path="/admin/audit" element={<AuditLogPage />} />
                            <Route path="/admin/jobs" element={<JobsPage />} />
                            <Route path="/admin/sanctions" element={<SanctionsPage />} />
                            <Route path="/admin/automations" element={<AutomationsPage />} />
                            <Route path="/admin/policies" element={<PoliciesPage />} />
                            <Route path="/admin/workspace" element={<WorkspacePage />} />
                            <Route path="/admin/insight" element={<InsightSettingsPage />} />
                            <Route path="/admin/playbooks" element={<PlaybooksPage />} />
                            <Route path="/admin/webhooks" element={<WebhooksPage />} />
                            <Route path="/admin/smtp-accounts" element={<SmtpAccountsPage />} />
                            <Route
                              path="/admin/campaign-delivery"
                              element={<DeliverySettingsPage />}
                            />
                            <Route path="/admin/quotes" element={<QuoteSettingsPage />} />
                            <Route path="/events" element={<EventsPage />} />
                            <Route path="/events/:id" element={<EventPage />} />
                            <Route path="/tenders" element={<TendersPage />} />
                            <Route path="/tickets" element={<TicketsPage />} />
                            <Route path="/tickets/:id" element={<TicketPage />} />
                            <Route path="/feedback" element={<FeedbackPage />} />
                            <Route path="/surveys" element={<SurveyRoundsPage />} />
                            <Route path="/admin/sla-policies" element={<SlaPoliciesPage />} />
                            <Route
                              path="/admin/escalation-rules"
                              element={<EscalationRulesPage />}
                            />
                            <Route path="/admin/visit-rules" element={<VisitRulesPage />} />
                            <Route path="/admin/ticket-forms" element={<TicketFormsPage />} />
                            <Route path="/templates" element={<TemplatesPage />} />
                            <Route path="/tender-analysis" element={<TenderAnalysisPage />} />
                            <Route path="/admin/tender-reasons" element={<TenderReasonsPage />} />
                            <Route path="/profile" element={<ProfilePage />} />
                            <Route path="/profile/mailboxes" element={<MailboxesPage />} />
                            <Route path="/outbox" element={<OutboxPage />} />
                            <Route path="*" element={<Navigate to="/" replace />} />
                          </Routes>
                        </Suspense>
                      </AppShell>
                    </SessionGate>
                  }
                />
              </Routes>
            </BrowserRouter>
          </QueryClientProvider>
        </AntApp>
      )}
    </ConfigProvider>
  );
}
