import { GiftOutlined } from '@ant-design/icons';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flag } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { useGreetings } from './useGreetings.ts';

/** Today's page: the next week's occasions to greet, the first few, and a way to all of them. */
export function GreetingsCard() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const list = useGreetings(7);
  const items = list.data?.items ?? [];
  return (
    <Card
      data-testid="greetings-card"
      title={
        <>
          <GiftOutlined /> {t('greetings.card')}
        </>
      }
      extra={<Link to="/greetings">{t('greetings.all')}</Link>}
      loading={list.isPending}
    >
      <List
        size="small"
        dataSource={items.slice(0, 5)}
        locale={{ emptyText: <Empty description={t('greetings.cardEmpty')} /> }}
        renderItem={(g) => (
          <List.Item>
            <Typography.Text>
              <Tag color={g.greetOn === list.data?.from ? 'red' : 'blue'}>
                {formatDate(g.greetOn, i18n.language)}
              </Tag>
              {flag(g.country)} {zh ? g.title.zh : g.title.en} ·{' '}
              {g.contact?.name ?? g.customers.map((c) => c.name).join(', ')}
              {g.customerCount > g.customers.length
                ? ` +${g.customerCount - g.customers.length}`
                : ''}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
