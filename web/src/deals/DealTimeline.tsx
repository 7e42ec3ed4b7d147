import { Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNameOf } from '../api/queries.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import type { TimelineEntry } from './types.ts';

const COLOR = { activity: 'blue', created: 'green', stage: 'purple', change: 'gray' } as const;

/** The deal's story: touches with the customer and the deal's own changes, newest first. */
export function DealTimeline({ items, currency }: { items: TimelineEntry[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const names = useNameOf();
  if (!items.length) return <Empty description={t('deals.timelineEmpty')} />;
  const say = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (field === 'amountMinor' && typeof v === 'number')
      return formatMoney(v, currency, i18n.language);
    if (field === 'ownerId' && typeof v === 'string') return names.user(v);
    if (field === 'status' && typeof v === 'string') return t(`deals.statuses.${v}`);
    if (Array.isArray(v)) return String(v.length);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    return JSON.stringify(v);
  };
  return (
    <Timeline
      data-testid="deal-timeline"
      items={items.map((e, i) => {
        const stage = e.changes.find((c) => c.field === 'stage');
        const head =
          e.kind === 'activity' && e.activity
            ? `${t(`relationship.types.${e.activity.type}`)} · ${e.activity.summary}`
            : e.kind === 'created'
              ? t('deals.created')
              : e.kind === 'stage' && stage
                ? t('deals.stageChange', {
                    from: say('stage', stage.before),
                    to: say('stage', stage.after),
                  })
                : t('deals.changed');
        const details =
          e.kind === 'change' || e.kind === 'stage'
            ? e.changes
                .filter((c) => c.field !== 'stage')
                .map(
                  (c) =>
                    `${t(`deals.fields.${c.field}`, c.field)}: ${say(c.field, c.before)} → ${say(c.field, c.after)}`,
                )
            : [];
        return {
          key: `${e.at}-${i}`,
          color: COLOR[e.kind],
          children: (
            <Flex vertical>
              <Typography.Text>{head}</Typography.Text>
              {e.activity?.outcome && (
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {e.activity.outcome}
                </Typography.Paragraph>
              )}
              {details.map((d) => (
                <Typography.Paragraph key={d} type="secondary" style={{ margin: 0, fontSize: 12 }}>
                  {d}
                </Typography.Paragraph>
              ))}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at, i18n.language)}
                {e.actorId ? ` · ${names.user(e.actorId)}` : ''}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}
