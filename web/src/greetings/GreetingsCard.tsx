import { GiftOutlined, MailOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flag } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { GreetingMailNote } from './GreetingMailNote.tsx';
import { useGreetings } from './useGreetings.ts';
import { greetingKey, useMailGreeting } from './useMailGreeting.ts';
import { usePlanGreeting } from './usePlanGreeting.ts';

/**
 * Today's page: the next week's occasions to greet, the first few, and a way to all of them. An
 * occasion of one customer is planned from here (follow-up or email); a festival of many is
 * planned customer by customer on the greetings page.
 */
export function GreetingsCard() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const list = useGreetings(7);
  const items = list.data?.items ?? [];
  const { plan, planning } = usePlanGreeting();
  const mail = useMailGreeting();
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
        renderItem={(g) => {
          const only = g.customerCount === 1 ? g.customers[0] : undefined;
          const key = only ? greetingKey(g, only.id) : '';
          const scheduled = only ? mail.scheduled[key] : undefined;
          return (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
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
                {only && (
                  <Flex wrap gap={4}>
                    <Button
                      size="small"
                      loading={planning === key}
                      onClick={() => void plan(g, only.id)}
                      data-testid="greeting-card-plan"
                    >
                      {t('greetings.followUp')}
                    </Button>
                    {!scheduled && (
                      <Button
                        size="small"
                        icon={<MailOutlined />}
                        loading={mail.sending === key}
                        onClick={() => void mail.schedule(g, only.id)}
                        data-testid="greeting-card-mail"
                      >
                        {t('greetings.mail')}
                      </Button>
                    )}
                  </Flex>
                )}
                {scheduled && (
                  <GreetingMailNote
                    mail={scheduled}
                    busy={mail.sending === key}
                    onCancel={() => void mail.cancel(key)}
                  />
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
