import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, List, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../lib/format.ts';
import { Money } from '../lib/Money.tsx';
import { tierName, useProgramme, type CustomerLoyalty } from './api.ts';
import { LoyaltyMoveModal } from './LoyaltyMoveModal.tsx';
import { LoyaltyReferralModal } from './LoyaltyReferralModal.tsx';
import { LoyaltyStatementModal } from './LoyaltyStatementModal.tsx';

/** A customer's points: balance, tier and the way to the next, what expires soon, the ledger. */
export function CustomerLoyaltyCard({
  customerId,
  readOnly,
}: {
  customerId: string;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [limit, setLimit] = useState(20);
  const [move, setMove] = useState<'redeem' | 'adjust' | null>(null);
  const [statement, setStatement] = useState(false);
  const [referral, setReferral] = useState(false);
  const referralPoints = useProgramme().data?.bonuses.referral ?? 0;
  const q = useQuery({
    queryKey: [...qk.loyalty.customer(customerId), limit],
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/loyalty', {
          params: { path: { id: customerId }, query: { limit } },
        }),
      ),
  });
  const d = q.data;
  const canAdjust = user.role === 'admin' || user.role === 'manager';
  return (
    <Card
      size="small"
      title={t('loyalty.card.title')}
      loading={q.isPending}
      data-testid="loyalty-card"
      extra={
        d &&
        (d.enabled || d.ledger.items.length > 0) && (
          <Space wrap size={4}>
            <Button size="small" onClick={() => setStatement(true)} data-testid="loyalty-statement">
              {t('loyalty.card.statement')}
            </Button>
            {d.enabled && !readOnly && (
              <Button size="small" onClick={() => setMove('redeem')} disabled={!d.balance}>
                {t('loyalty.card.redeem')}
              </Button>
            )}
            {d.enabled && !readOnly && referralPoints > 0 && (
              <Button size="small" onClick={() => setReferral(true)} data-testid="loyalty-referral">
                {t('loyalty.referral.button')}
              </Button>
            )}
            {d.enabled && !readOnly && canAdjust && (
              <Button size="small" onClick={() => setMove('adjust')} data-testid="loyalty-adjust">
                {t('loyalty.card.adjust')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {d && !d.enabled && !d.ledger.items.length ? (
        <Typography.Text type="secondary">{t('loyalty.card.off')}</Typography.Text>
      ) : (
        d && <Body d={d} lang={i18n.language} more={() => setLimit((n) => n + 50)} />
      )}
      <LoyaltyMoveModal
        customerId={customerId}
        kind={move}
        balance={d?.balance ?? 0}
        onClose={() => setMove(null)}
      />
      <LoyaltyReferralModal
        customerId={customerId}
        points={referralPoints}
        open={referral}
        onClose={() => setReferral(false)}
      />
      <LoyaltyStatementModal
        customerId={customerId}
        open={statement}
        onClose={() => setStatement(false)}
      />
    </Card>
  );
}

function Body({ d, lang, more }: { d: CustomerLoyalty; lang: string; more: () => void }) {
  const { t } = useTranslation();
  const revenue = d.basis === 'revenue';
  const value = (n: number) =>
    revenue ? (
      <Money minor={n * 100} currency={d.reportingCurrency} />
    ) : (
      t('loyalty.card.points', { count: n })
    );
  const from = d.tier?.threshold ?? 0;
  const pct = d.nextTier
    ? Math.floor(((d.basisValue - from) / (d.nextTier.threshold - from)) * 100)
    : 100;
  const left = d.nextTier ? d.nextTier.threshold - d.basisValue : 0;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          <Typography.Text type="secondary">{t('loyalty.card.balance')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 24 }} data-testid="loyalty-balance">
            {t('loyalty.card.points', { count: d.balance })}
          </Typography.Text>
        </Flex>
        <Tag color={d.tier ? 'gold' : undefined} data-testid="loyalty-tier">
          {d.tier ? tierName(d.tier, lang) : t('loyalty.card.noTier')}
        </Tag>
      </Flex>
      <div>
        <Progress percent={Math.max(0, Math.min(100, pct))} size="small" showInfo={false} />
        <Typography.Text type="secondary">
          {d.nextTier
            ? revenue
              ? t('loyalty.card.toNextRevenue', {
                  left: String(left),
                  tier: tierName(d.nextTier, lang),
                })
              : t('loyalty.card.toNext', { left, tier: tierName(d.nextTier, lang) })
            : t('loyalty.card.top')}
          {' · '}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('loyalty.card.last12', { value: '' })}
        </Typography.Text>
        <Typography.Text type="secondary">{value(d.basisValue)}</Typography.Text>
      </div>
      {d.expiringSoon.map((e) => (
        <Alert
          key={e.lotSeq}
          type="warning"
          showIcon
          title={t('loyalty.card.expiring', {
            points: e.points,
            date: formatDate(e.expiresOn, lang),
          })}
        />
      ))}
      {d.lots.length > 0 && (
        <details>
          <summary>{t('loyalty.card.lots')}</summary>
          <List
            size="small"
            dataSource={d.lots}
            renderItem={(l) => (
              <List.Item>
                {t('loyalty.card.lotLine', {
                  remaining: l.remaining,
                  points: l.points,
                  date: formatDate(l.expiresOn, lang),
                })}
              </List.Item>
            )}
          />
        </details>
      )}
      <Typography.Text strong>{t('loyalty.card.ledger')}</Typography.Text>
      <List
        size="small"
        dataSource={d.ledger.items}
        locale={{ emptyText: <Empty description={t('loyalty.card.empty')} /> }}
        renderItem={(e) => (
          <List.Item data-testid="loyalty-entry">
            <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text>
                  {e.bonus
                    ? t(`loyalty.card.bonuses.${e.bonus}`)
                    : t(`loyalty.card.kinds.${e.kind}`)}
                  {e.orderNumber ? ` · ${t('loyalty.card.order', { number: e.orderNumber })}` : ''}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {formatDate(e.date, lang)}
                  {e.reason ? ` · ${e.reason}` : ''}
                  {e.shortfall > 0
                    ? ` · ${t('loyalty.card.shortfall', { count: e.shortfall })}`
                    : ''}
                </Typography.Text>
              </Flex>
              <Typography.Text strong type={e.points < 0 ? 'danger' : 'success'}>
                {e.points > 0 ? `+${e.points.toLocaleString()}` : e.points.toLocaleString()}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {d.ledger.nextBefore !== null && (
        <Button type="link" onClick={more} style={{ alignSelf: 'start' }}>
          {t('loyalty.card.more')}
        </Button>
      )}
    </Flex>
  );
}
