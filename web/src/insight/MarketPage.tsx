import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  List,
  Result,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { flag } from '../lib/countries.ts';
import { formatDay, formatMoney } from '../lib/format.ts';
import { drillDownPath } from './drill-down.ts';
import { MarketSide } from './MarketSide.tsx';
import { filterQuery, InsightFilterBar, useInsightFilters } from './InsightFilters.tsx';
import { measureLabel, periodDates, PERIODS, useFormatValue, type Period } from './useInsight.ts';

/** One market: KPI cards with the period's change, each opening the list it counts. */
export function MarketPage() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const navigate = useNavigate();
  const { country = '' } = useParams();
  const [params] = useSearchParams();
  const period: Period = PERIODS.find((p) => p === params.get('period')) ?? 'd90';
  const dates = periodDates(period);
  const [filters] = useInsightFilters();
  const query = { ...dates, ...filters, lang: zh ? ('zh' as const) : ('en' as const) };
  const exportHref = `/api/v1/insight/markets/${encodeURIComponent(country.toUpperCase())}.xlsx?${new URLSearchParams(query).toString()}`;
  const market = useQuery({
    queryKey: qk.insight.market(country, query),
    queryFn: () =>
      unwrap(client.GET('/insight/markets/{country}', { params: { path: { country }, query } })),
  });
  const formatValue = useFormatValue();
  // A customers list opened from a filtered dashboard keeps the owner, team, tier and segment.
  const drill = (d: Parameters<typeof drillDownPath>[0]) =>
    drillDownPath(d.list === 'customers' ? { ...d, query: { ...filters, ...d.query } } : d);
  if (market.isError) return <Result status="warning" title={String(market.error.message)} />;
  const m = market.data;
  const name = m ? (zh ? m.name.zh : m.name.en) : country;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Link to={`/insight${filterQuery(filters) ? `?${filterQuery(filters)}` : ''}`}>
          <ArrowLeftOutlined /> {t('insight.back')}
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="market-title">
          {flag(country.toUpperCase())} {t('insight.market.title', { name })}
        </Typography.Title>
        <Link to={`/countries/${country.toUpperCase()}`}>{t('insight.market.countryPage')}</Link>
      </Flex>
      <Flex wrap gap={8} align="center">
        <InsightFilterBar exportHref={exportHref} />
      </Flex>
      {!m ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Text type="secondary">
            {formatDay(m.from, i18n.language)} – {formatDay(m.to, i18n.language)} ·{' '}
            {t('insight.market.vsPrevious', {
              from: formatDay(m.previous.from, i18n.language),
              to: formatDay(m.previous.to, i18n.language),
            })}
          </Typography.Text>
          <Row gutter={[12, 12]}>
            {m.kpis.map((k) => {
              const sign = (k.change ?? 0) > 0 ? '+' : '';
              return (
                <Col xs={12} md={8} xl={6} key={k.measure}>
                  <Card
                    size="small"
                    hoverable
                    data-testid={`kpi-${k.measure}`}
                    onClick={() => void navigate(drill(k.drillDown))}
                  >
                    <Statistic
                      title={measureLabel(k, i18n.language)}
                      value={formatValue(k.unit, k.value, m.currency)}
                      valueStyle={{ fontSize: 20 }}
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {k.change === null
                        ? k.previous === null
                          ? t('insight.market.asOfNow')
                          : ''
                        : t(
                            k.changeUnit === 'points'
                              ? 'insight.market.changePoints'
                              : 'insight.market.change',
                            { sign, value: k.change.toLocaleString(i18n.language) },
                          )}
                    </Typography.Text>
                    <div>
                      <Button type="link" size="small" style={{ padding: 0 }}>
                        {t('insight.market.drill')}
                      </Button>
                    </div>
                  </Card>
                </Col>
              );
            })}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('insight.market.tierMix')}>
                <Flex wrap gap={8}>
                  {m.tierMix.length === 0 && <Empty description={t('insight.market.none')} />}
                  {m.tierMix.map((x) => (
                    <Tag
                      key={x.tier ?? 'none'}
                      color={x.tier === 'A' ? 'gold' : x.tier === 'B' ? 'blue' : 'default'}
                      style={{ cursor: 'pointer', fontSize: 14, padding: '4px 8px' }}
                      onClick={() => void navigate(drill(x.drillDown))}
                    >
                      {x.tier ?? t('insight.market.noTier')}: {x.count}
                    </Tag>
                  ))}
                </Flex>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('insight.market.top')}>
                <List
                  size="small"
                  dataSource={m.topCustomers}
                  locale={{ emptyText: <Empty description={t('insight.market.none')} /> }}
                  renderItem={(c) => (
                    <List.Item extra={formatMoney(c.revenueMinor, m.currency, i18n.language)}>
                      <Link to={`/customers/${c.id}`}>{c.name}</Link>
                      {c.tier && <Tag style={{ marginLeft: 8 }}>{c.tier}</Tag>}
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
          </Row>
          <MarketSide market={m} />
        </>
      )}
    </Flex>
  );
}
