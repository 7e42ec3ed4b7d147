import { Card, Col, Descriptions, Empty, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, languageNames } from '../lib/format.ts';
import type { Market } from './useInsight.ts';

const weekdays = (days: number[], locale: string) =>
  days
    .map((d) =>
      new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
        // 2024-01-01 was a Monday (ISO weekday 1)
        new Date(Date.UTC(2024, 0, d)),
      ),
    )
    .join(', ');

/** A market's going-cold customers, holidays and slow seasons, and culture in brief. */
export function MarketSide({ market: m }: { market: Market }) {
  const { t, i18n } = useTranslation();
  const loc = i18n.language;
  const none = <Empty description={t('insight.market.none')} />;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={8}>
        <Card
          size="small"
          title={t('insight.market.cold', { count: m.goingCold.count, days: m.goingCold.days })}
        >
          <List
            size="small"
            dataSource={m.goingCold.items}
            locale={{ emptyText: none }}
            renderItem={(c) => (
              <List.Item
                extra={
                  <Typography.Text type="secondary">
                    {c.lastTouchAt
                      ? formatDay(c.lastTouchAt.slice(0, 10), loc)
                      : t('insight.market.neverTouched')}
                  </Typography.Text>
                }
              >
                <Link to={`/customers/${c.id}`}>{c.name}</Link>
                {c.tier && <Tag style={{ marginLeft: 8 }}>{c.tier}</Tag>}
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('insight.market.holidays')}>
          <List
            size="small"
            dataSource={m.holidays}
            locale={{ emptyText: none }}
            renderItem={(h) => <List.Item extra={formatDay(h.date, loc)}>{h.name}</List.Item>}
          />
          {m.slowSeasons.length > 0 && (
            <>
              <Typography.Text strong>{t('insight.market.slow')}</Typography.Text>
              {m.slowSeasons.map((s) => (
                <div key={`${s.kind}${s.start}`}>
                  <Tag>{t(`seasons.${s.kind}`)}</Tag>
                  {formatDay(s.start, loc)} – {formatDay(s.end, loc)}
                </div>
              ))}
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('insight.market.culture')}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('insight.market.languages')}>
              {languageNames(m.culture.languages, loc) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('insight.market.weekend')}>
              {weekdays(m.culture.weekend, loc)}
            </Descriptions.Item>
            <Descriptions.Item label={t('insight.market.hofstede')}>
              {Object.entries(m.culture.hofstede)
                .filter(([, v]) => v !== null)
                .map(([k, v]) => `${k.toUpperCase()} ${v}`)
                .join(' · ') || '—'}
            </Descriptions.Item>
            {m.culture.notes && (
              <Descriptions.Item label={t('insight.market.notes')}>
                {m.culture.notes}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      </Col>
    </Row>
  );
}
