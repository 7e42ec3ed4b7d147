import { Alert, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GreetingItem } from './GreetingItem.tsx';
import { useGreetings } from './useGreetings.ts';
import { useMailGreeting } from './useMailGreeting.ts';
import { usePlanGreeting } from './usePlanGreeting.ts';

const PERIODS = [14, 30, 60] as const;

/** The greetings calendar: who to greet, when, and why, for the customers the user can see. */
export function GreetingsPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState<number>(30);
  const list = useGreetings(days);
  const { plan, planning } = usePlanGreeting();
  const mail = useMailGreeting();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('greetings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('greetings.intro')}
      </Typography.Paragraph>
      <Segmented
        value={days}
        onChange={(v) => setDays(Number(v))}
        options={PERIODS.map((n) => ({ value: n, label: t('greetings.days', { count: n }) }))}
      />
      {list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} />
      ) : list.data.items.length === 0 ? (
        <Empty description={t('greetings.empty')} />
      ) : (
        <>
          {list.data.truncated && <Alert type="info" showIcon title={t('greetings.truncated')} />}
          {list.data.items.map((g) => (
            <GreetingItem
              key={`${g.key}:${g.date}:${g.country}:${g.contact?.id ?? g.customers[0]?.id ?? ''}`}
              g={g}
              today={list.data.from}
              planning={planning}
              onPlan={(item, customerId) => void plan(item, customerId)}
              mail={mail}
            />
          ))}
        </>
      )}
    </Flex>
  );
}
