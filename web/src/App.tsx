import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuditLogPage } from './admin/AuditLogPage.tsx';
import { PoliciesPage } from './admin/PoliciesPage.tsx';
import { WorkspacePage } from './admin/WorkspacePage.tsx';
import { CustomFieldsPage } from './admin/CustomFieldsPage.tsx';
import { TeamsPage } from './admin/TeamsPage.tsx';
import { UsersPage } from './admin/UsersPage.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { SessionGate } from './auth/session.tsx';
import { CustomerPage } from './customers/CustomerPage.tsx';
import { CustomersPage } from './customers/CustomersPage.tsx';
import { CountriesPage } from './countries/CountriesPage.tsx';
import { CountryPage } from './countries/CountryPage.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { AppShell } from './layout/AppShell.tsx';
import { ProfilePage } from './profile/ProfilePage.tsx';
import { DuplicatesPage } from './imports/DuplicatesPage.tsx';
import { ImportPage } from './imports/ImportPage.tsx';
import { SegmentsPage } from './segments/SegmentsPage.tsx';
import { ValuePage } from './value/ValuePage.tsx';
import { LeadFormsPage } from './admin/LeadFormsPage.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1668dc', borderRadius: 6 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionGate
              loading={<Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />}
              signedOut={<LoginPage />}
            >
              <AppShell>
                <Routes>
                  <Route path="/" element={<DashboardPage />} />
                  <Route path="/countries" element={<CountriesPage />} />
                  <Route path="/countries/:code" element={<CountryPage />} />
                  <Route path="/customers" element={<CustomersPage />} />
                  <Route path="/customers/:id" element={<CustomerPage />} />
                  <Route path="/segments" element={<SegmentsPage />} />
                  <Route path="/import" element={<ImportPage />} />
                  <Route path="/duplicates" element={<DuplicatesPage />} />
                  <Route path="/value" element={<ValuePage />} />
                  <Route path="/lead-forms" element={<LeadFormsPage />} />
                  <Route path="/admin/users" element={<UsersPage />} />
                  <Route path="/admin/teams" element={<TeamsPage />} />
                  <Route path="/admin/custom-fields" element={<CustomFieldsPage />} />
                  <Route path="/admin/audit" element={<AuditLogPage />} />
                  <Route path="/admin/policies" element={<PoliciesPage />} />
                  <Route path="/admin/workspace" element={<WorkspacePage />} />
                  <Route path="/profile" element={<ProfilePage />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Routes>
              </AppShell>
            </SessionGate>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
