import { useQuery } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import type { QuoteValues } from './quote-form.ts';

/**
 * A new quote opened from a deal (`/quotes/new?dealId=…`): the deal's customer and currency fill
 * the form, and the quote is saved under the deal.
 */
export function useQuoteDeal(form: FormInstance<QuoteValues>, dealId: string | null) {
  const deal = useQuery({
    queryKey: qk.deals.one(dealId ?? ''),
    enabled: !!dealId,
    queryFn: () => unwrap(client.GET('/deals/{id}', { params: { path: { id: dealId! } } })),
  });
  useEffect(() => {
    if (!deal.data) return;
    form.setFieldsValue({
      dealId: deal.data.id,
      customerId: deal.data.customerId,
      currency: deal.data.currency,
    });
  }, [deal.data, form]);
  return deal.data;
}
