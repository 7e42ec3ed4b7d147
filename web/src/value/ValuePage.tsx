import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrdersTab } from './OrdersTab.tsx';
import { RatesTab } from './RatesTab.tsx';
import { TiersTab } from './TiersTab.tsx';

const TABS = ['orders', 'rates', 'tiers'] as const;
type Tab = (typeof TABS)[number];

/** The order book, the exchange-rate table and value tiers; the tab is kept in the address. */
export function ValuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((x) => x === asked) ?? 'orders';
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('value.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('value.hint')}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'orders', label: t('value.tabs.orders'), children: <OrdersTab /> },
          { key: 'rates', label: t('value.tabs.rates'), children: <RatesTab /> },
          { key: 'tiers', label: t('value.tabs.tiers'), children: <TiersTab /> },
        ]}
      />
    </Flex>
  );
}
