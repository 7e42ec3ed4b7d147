import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { formatDate, formatMoney } from '../lib/format.ts';
import { STATUS_COLOR } from '../quotes/types.ts';

/** The quotes and proforma invoices made under one deal, and a button to make the next. */
export function DealQuotes({ dealId }: { dealId: string }) {
  const { t, i18n } = useTranslation();
  const quotes = useQuery({
    queryKey: qk.quotes.list({ dealId }),
    queryFn: () => unwrap(client.GET('/quotes', { params: { query: { dealId, limit: 50 } } })),
  });
  const items = quotes.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('deals.quotes')}
      extra={
        <Link to={`/quotes/new?dealId=${dealId}`} data-testid="deal-new-quote">
          <Button size="small" icon={<PlusOutlined />}>
            {t('deals.newQuote')}
          </Button>
        </Link>
      }
    >
      <List
        loading={quotes.isPending}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('deals.noQuotes')} /> }}
        renderItem={(q) => (
          <List.Item
            extra={
              <Typography.Text strong>
                {formatMoney(q.totalMinor, q.currency, i18n.language)}
              </Typography.Text>
            }
          >
            <Link to={`/quotes/${q.id}`} data-testid="deal-quote">
              {q.number} · {q.revision}
            </Link>
            <Tag color={STATUS_COLOR[q.status]} style={{ marginInlineStart: 8 }}>
              {t(`quotes.statuses.${q.status}`)}
            </Tag>
            <Typography.Text type="secondary">
              {formatDate(q.quoteDate, i18n.language)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
