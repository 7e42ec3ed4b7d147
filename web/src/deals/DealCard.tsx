import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNameOf } from '../api/queries.ts';
import { flag } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { Money } from '../lib/Money.tsx';
import { nameOf } from './labels.ts';
import type { Deal, PipelineStage } from './types.ts';

/**
 * One deal on the board. It can be dragged to another column, and moved without a mouse: the
 * stage picker and the previous/next buttons do the same from the keyboard or a phone.
 */
export function DealCard(props: {
  deal: Deal;
  stages: PipelineStage[];
  rottingDays: number | null;
  onMove: (deal: Deal, stageId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const names = useNameOf();
  const { deal, stages } = props;
  const at = stages.findIndex((s) => s.id === deal.stageId);
  const step = (by: number) => {
    const to = stages[at + by];
    if (to) props.onMove(deal, to.id);
  };
  return (
    <Card
      size="small"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/deal-id', deal.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      data-testid="deal-card"
      style={{ cursor: 'grab', borderColor: deal.rotting ? '#ff7875' : undefined }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex vertical gap={4}>
        <Link to={`/deals/${deal.id}`} style={{ fontWeight: 500 }}>
          {deal.title}
        </Link>
        <Typography.Text type="secondary" ellipsis>
          {flag(deal.customerCountry)} {deal.customerName}
        </Typography.Text>
        <Flex justify="space-between" wrap gap={4}>
          <Money minor={deal.amountMinor} currency={deal.currency} />
          <Typography.Text type="secondary">{deal.probability} %</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDate(deal.expectedCloseDate, i18n.language)} · {names.user(deal.ownerId)}
        </Typography.Text>
        <Flex gap={4} wrap align="center">
          {deal.status === 'open' && (
            <Tag>{t('deals.daysInStage', { count: deal.daysInStage })}</Tag>
          )}
          {deal.rotting && (
            <Tooltip title={t('deals.rottingHint', { days: props.rottingDays ?? 0 })}>
              <Tag color="red">{t('deals.rotting')}</Tag>
            </Tooltip>
          )}
        </Flex>
        <Flex gap={4} align="center">
          <Button
            size="small"
            icon={<LeftOutlined />}
            aria-label={t('deals.moveLeft')}
            disabled={at <= 0}
            onClick={() => step(-1)}
          />
          <Select
            size="small"
            aria-label={t('deals.moveTo')}
            value={deal.stageId}
            style={{ flex: 1, minWidth: 0 }}
            onChange={(stageId: string) => props.onMove(deal, stageId)}
            options={stages.map((s) => ({ value: s.id, label: nameOf(t, s) }))}
            data-testid="deal-stage-select"
          />
          <Button
            size="small"
            icon={<RightOutlined />}
            aria-label={t('deals.moveRight')}
            disabled={at < 0 || at >= stages.length - 1}
            onClick={() => step(1)}
          />
        </Flex>
      </Flex>
    </Card>
  );
}
