import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_COLORS } from '../customers/useCustomerColumns.tsx';
import { countryName, flag } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import type { PoolItem } from './PoolPage.tsx';

/** The pool on a phone: one card per customer, the claim button within thumb's reach. */
export function PoolCards(props: {
  rows: PoolItem[];
  loading: boolean;
  inPool: (iso: string) => string;
  actions: (r: PoolItem) => ReactNode;
  more: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <List<PoolItem>
      dataSource={props.rows}
      loading={props.loading}
      split={false}
      locale={{ emptyText: t('pool.empty') }}
      renderItem={(r) => (
        <List.Item style={{ padding: '0 0 8px' }}>
          <Card size="small" style={{ width: '100%' }} data-testid="pool-card">
            <Flex justify="space-between" align="start" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {r.name}
                </Typography.Text>
                {r.nativeName && (
                  <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                    {r.nativeName}
                  </Typography.Text>
                )}
                <Typography.Text>
                  {flag(r.country)} {countryName(r.country, i18n.language)}
                </Typography.Text>
              </Flex>
              <Tag color={STAGE_COLORS[r.stage]} style={{ marginInlineEnd: 0, flex: 'none' }}>
                {t(`stages.${r.stage}`)}
              </Tag>
            </Flex>
            <Flex wrap gap={8} style={{ margin: '6px 0' }}>
              <Typography.Text type="secondary">
                {t('pool.labelled', { label: t('pool.inPool'), value: props.inPool(r.pooledAt) })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('pool.labelled', {
                  label: t('pool.lastTouch'),
                  value: r.lastTouchAt ? formatDate(r.lastTouchAt, i18n.language) : t('pool.never'),
                })}
              </Typography.Text>
              <Typography.Text type="secondary">{t(`pool.reasons.${r.reason}`)}</Typography.Text>
            </Flex>
            {props.actions(r)}
          </Card>
        </List.Item>
      )}
      loadMore={
        props.more && (
          <Button block loading={props.loadingMore} onClick={props.onMore}>
            {t('phone.loadMore')}
          </Button>
        )
      }
    />
  );
}
