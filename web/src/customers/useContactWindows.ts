import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { Customer } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';

/**
 * The customer's day and the overlap of both sides' office hours over the next business days.
 * One query for the customer page: the local-time card at the top and the calendar card share it.
 */
export function useContactWindows(customer: Pick<Customer, 'id' | 'timeZone'>) {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  // "you" is the user's clock: the profile's zone, else this browser's
  const { timeZone } = useSession();
  const windows = useQuery({
    queryKey: qk.contactWindows(customer.id, customer.timeZone, i18n.language, timeZone),
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/contact-windows', {
          params: {
            path: { id: customer.id },
            query: { days: 5, lang: zh ? 'zh' : 'en', timeZone },
          },
        }),
      ),
    retry: false,
    refetchInterval: 5 * 60_000,
  });
  // 409: the customer has no time zone, so there is nothing to compute.
  const noZone = windows.error instanceof ApiError && windows.error.status === 409;
  return { ...windows, noZone };
}
