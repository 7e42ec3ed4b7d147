import { GiftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { tierName } from '../loyalty/api.ts';
import type { LineValues } from './QuoteLines.tsx';

/**
 * The customer's loyalty tier and its discount beside the quote's lines: a Gold customer's rep
 * sees "5 % for Gold" and applies it to the lines in one click (the lines stay editable, and the
 * server checks them as any other). Nothing shows when the programme is off or there is no tier.
 */
export function LoyaltyDiscountHint({
  customerId,
  disabled,
}: {
  customerId: string | undefined;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const q = useQuery({
    queryKey: [...qk.loyalty.customer(customerId ?? ''), 'tier'],
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/loyalty', {
          params: { path: { id: customerId! }, query: { limit: 1 } },
        }),
      ),
    enabled: !!customerId,
    // A customer out of the rep's sight or a programme turned off simply shows no hint.
    retry: false,
  });
  const tier = q.data?.enabled ? q.data.tier : null;
  if (!tier || tier.discountPct <= 0) return null;
  const apply = () => {
    const lines = (form.getFieldValue('lines') as LineValues[] | undefined) ?? [];
    form.setFieldValue(
      'lines',
      lines.map((l) => ({
        ...l,
        discountPercent: Math.max(l.discountPercent ?? 0, tier.discountPct),
      })),
    );
  };
  return (
    <Alert
      type="info"
      showIcon
      icon={<GiftOutlined />}
      data-testid="quote-loyalty-discount"
      style={{ marginBottom: 8 }}
      title={t('quotes.editor.loyaltyDiscount', {
        tier: tierName(tier, i18n.language),
        pct: tier.discountPct,
      })}
      action={
        !disabled && (
          <Button size="small" onClick={apply} data-testid="quote-apply-loyalty">
            {t('quotes.editor.applyLoyalty')}
          </Button>
        )
      }
    />
  );
}
