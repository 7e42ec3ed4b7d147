import { MailOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flag } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { GreetingMailNote } from './GreetingMailNote.tsx';
import type { Greeting } from './useGreetings.ts';
import { greetingKey, type MailGreeting } from './useMailGreeting.ts';

/** One occasion: what and when, whom it concerns, why (each hint with its source). */
export function GreetingItem(props: {
  g: Greeting;
  today: string;
  planning: string | null;
  onPlan: (g: Greeting, customerId: string) => void;
  mail: MailGreeting;
}) {
  const { g, today, mail } = props;
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const pick = (b: { en: string; zh: string }) => (zh ? b.zh : b.en);
  const more = g.customerCount - g.customers.length;
  return (
    <Card size="small" data-testid="greeting">
      <Flex vertical gap={6}>
        <Flex wrap gap={8} align="center">
          <Tag color={g.greetOn === today ? 'red' : 'blue'}>
            {g.greetOn === today
              ? t('greetings.greetToday')
              : t('greetings.greetOn', { date: formatDate(g.greetOn, i18n.language) })}
          </Tag>
          <Typography.Text strong data-testid="greeting-title">
            {pick(g.title)}
            {g.years ? ` · ${t('greetings.years', { count: g.years })}` : ''}
          </Typography.Text>
          <Typography.Text type="secondary">
            {flag(g.country)} {pick(g.countryName)} ·{' '}
            {t('greetings.occasionOn', { date: formatDate(g.date, i18n.language) })}
          </Typography.Text>
        </Flex>
        <Flex wrap gap={8} align="center">
          {g.customers.map((c) => {
            const key = greetingKey(g, c.id);
            const scheduled = mail.scheduled[key];
            return (
              <Flex key={c.id} vertical gap={4} style={{ minWidth: 0 }}>
                <Flex wrap gap={4} align="center">
                  <Link to={`/customers/${c.id}`}>
                    {c.name}
                    {g.contact ? ` · ${g.contact.name}` : ''}
                  </Link>
                  <Button
                    size="small"
                    loading={props.planning === key}
                    onClick={() => props.onPlan(g, c.id)}
                    data-testid="greeting-plan"
                  >
                    {t('greetings.plan', { name: g.contact?.name ?? c.name })}
                  </Button>
                  {!scheduled && (
                    <Button
                      size="small"
                      icon={<MailOutlined />}
                      loading={mail.sending === key}
                      onClick={() => void mail.schedule(g, c.id)}
                      data-testid="greeting-mail"
                    >
                      {t('greetings.mail')}
                    </Button>
                  )}
                </Flex>
                {scheduled && (
                  <GreetingMailNote
                    mail={scheduled}
                    busy={mail.sending === key}
                    onCancel={() => void mail.cancel(key)}
                  />
                )}
              </Flex>
            );
          })}
          {more > 0 && (
            <Typography.Text type="secondary">
              {t('greetings.more', { count: more, country: pick(g.countryName) })}
            </Typography.Text>
          )}
        </Flex>
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {g.hints.map((h, i) => (
            <li key={i}>
              <Typography.Text>{pick(h.text)}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('greetings.source', { source: pick(h.source) })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      </Flex>
    </Card>
  );
}
