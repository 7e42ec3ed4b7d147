import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { BrowserRouter, Route, Routes } from 'react-router';
import { PortalNewTicketPage } from './PortalNewTicketPage.tsx';
import { PortalTicketPage } from './PortalTicketPage.tsx';
import { browserLabels, PortalShell } from './PortalShell.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

/** The customer portal: public pages outside the sign-in, for customers without an account. */
export function PortalApp() {
  const fallback = browserLabels();
  return (
    <AntApp>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route path="/portal/tickets/:token" element={<PortalTicketPage />} />
            <Route path="/portal/new/:workspace/:key" element={<PortalNewTicketPage />} />
            <Route
              path="*"
              element={
                <PortalShell language={fallback.language} dir={fallback.dir}>
                  {fallback.labels.notFound}
                </PortalShell>
              }
            />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </AntApp>
  );
}
