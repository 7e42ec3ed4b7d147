import { Alert, Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney } from '../lib/format.ts';
import type { EventResults } from './types.ts';

/**
 * What the attending customers did after the event: their deals, quotes and orders within 90
 * days, and the cost per attendee, all in the workspace's reporting currency. Amounts without a
 * rate on their date are named, never added in their own currency.
 */
export function EventFollowUpCard({ results: r }: { results: EventResults }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const f = r.followUp;
  const money = (minor: number | null) =>
    minor === null ? '—' : formatMoney(minor, r.reporting.currency, lang);
  const stats = [
    ['deals', f.deals.count, f.deals.valueMinor],
    ['won', f.deals.won, f.deals.wonValueMinor],
    ['quotes', f.quotes.count, f.quotes.valueMinor],
    ['orders', f.orders.count, f.orders.valueMinor],
  ] as const;
  return (
    <Card size="small" title={t('events.followUp.title')} data-testid="event-follow-up">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('events.followUp.window', {
            count: f.customers,
            from: formatDay(f.from, lang),
            to: formatDay(f.to, lang),
          })}
        </Typography.Text>
        <Flex wrap gap={12}>
          {stats.map(([k, count, value]) => (
            <Card key={k} size="small" style={{ minWidth: 150 }} data-testid={`follow-up-${k}`}>
              <Statistic title={t(`events.followUp.${k}`)} value={count} />
              <Typography.Text>{money(value)}</Typography.Text>
            </Card>
          ))}
          <Card size="small" style={{ minWidth: 180 }} data-testid="follow-up-cost">
            <Statistic
              title={t('events.followUp.costPerAttendee', { currency: r.reporting.currency })}
              value={money(r.reporting.costPerAttendeeMinor)}
            />
            <Typography.Text type="secondary">
              {t('events.followUp.cost', { cost: money(r.reporting.costMinor) })}
            </Typography.Text>
          </Card>
        </Flex>
        {f.unconverted > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('events.followUp.unconverted', { count: f.unconverted })}
          />
        )}
        {r.reporting.costUnconverted && (
          <Alert type="warning" showIcon title={t('events.followUp.costUnconverted')} />
        )}
      </Flex>
    </Card>
  );
}
