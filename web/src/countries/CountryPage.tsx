import { languageNames } from '../lib/format.ts';
import { DIMENSION_NAMES, DIMENSIONS } from '../../../src/domain/culture/dimensions.ts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { Dimension } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { flag } from '../lib/countries.ts';
import { CalendarAccuracyCard } from './CalendarAccuracyCard.tsx';
import { CountryOverrides } from './CountryOverrides.tsx';
import { PlaybookView } from './PlaybookView.tsx';
import { RadarChart } from './RadarChart.tsx';
import { YearCalendar } from './YearCalendar.tsx';

const WEEKDAYS = {
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  zh: ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};

const WRAP_TAG = { whiteSpace: 'normal', maxWidth: '100%', marginInlineEnd: 0 } as const;

export function CountryPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user, workspace } = useSession();
  const zh = i18n.language === 'zh-CN';
  const lang = zh ? 'zh' : 'en';
  const [year, setYear] = useState(new Date().getFullYear());
  const profile = useQuery({
    queryKey: qk.country.profile(code.toUpperCase(), year, lang),
    queryFn: () =>
      unwrap(
        client.GET('/countries/{code}', {
          params: { path: { code }, query: { year, lang } },
        }),
      ),
    retry: false,
  });
  const compare = useQuery({
    queryKey: qk.compare.pair(workspace.homeCountry, code.toUpperCase()),
    queryFn: () =>
      unwrap(
        client.GET('/countries/compare', {
          params: { query: { a: workspace.homeCountry, b: code } },
        }),
      ),
    retry: false,
  });
  const dimensionNames = useMemo(
    () =>
      Object.fromEntries(DIMENSIONS.map((d) => [d, DIMENSION_NAMES[d][lang]])) as Record<
        Dimension,
        string
      >,
    [lang],
  );

  if (profile.isPending) return <Skeleton active />;
  if (profile.isError || !profile.data)
    return (
      <Result
        status="404"
        title={profile.error?.message}
        extra={<Link to="/countries">{t('countries.title')}</Link>}
      />
    );
  const p = profile.data;
  const name = zh ? p.name.zh : p.name.en;
  const home = compare.data?.a;

  return (
    <Flex vertical gap={16}>
      <Space orientation="vertical" size={0}>
        <Link to="/countries">
          <ArrowLeftOutlined /> {t('countries.title')}
        </Link>
        <Typography.Title level={3} style={{ margin: '8px 0 0' }} data-testid="country-title">
          {flag(p.code)} {name} <Typography.Text type="secondary">{p.code}</Typography.Text>
        </Typography.Title>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('countries.weekend')}>
                {p.weekend.map((d) => WEEKDAYS[lang][d]).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label={t('countries.businessHours')}>
                {p.businessHours.start}–{p.businessHours.end}{' '}
                <Tag>
                  {p.businessHours.source === 'workspace'
                    ? t('countries.ownHours')
                    : t('countries.defaultHours')}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('countries.languages')}>
                {languageNames(p.languages, i18n.language) || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('countries.currency')}>
                {p.currency ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('countries.timeZones')}>
                {p.timeZones.join(', ')}
              </Descriptions.Item>
              {Object.keys(p.regions).length > 0 && (
                <Descriptions.Item label={t('countries.regions')}>
                  <Flex wrap gap={4}>
                    {Object.entries(p.regions).map(([k, v]) => (
                      <Tag key={k} title={k} style={{ marginInlineEnd: 0 }}>
                        {v}
                      </Tag>
                    ))}
                  </Flex>
                </Descriptions.Item>
              )}
            </Descriptions>
            {p.notes && (
              <Alert
                type="info"
                showIcon
                title={t('countries.notes')}
                description={<span style={{ whiteSpace: 'pre-line' }}>{p.notes}</span>}
                style={{ marginTop: 12 }}
              />
            )}
          </Card>
          <Card
            title={
              home
                ? t('countries.radarTitle', {
                    country: name,
                    home: zh ? home.name.zh : home.name.en,
                  })
                : t('countries.hofstede')
            }
            style={{ marginTop: 16 }}
          >
            {compare.data && (
              <RadarChart
                noScore={t('countries.noScore')}
                labels={dimensionNames}
                series={[
                  {
                    name: zh ? compare.data.a.name.zh : compare.data.a.name.en,
                    scores: compare.data.a.hofstede,
                  },
                  { name, scores: compare.data.b.hofstede },
                ]}
              />
            )}
            <Flex wrap gap={8}>
              {(Object.keys(dimensionNames) as Dimension[]).map((d) => (
                <Tag
                  key={d}
                  color={
                    p.hofstedeSources[d] === 'workspace'
                      ? 'purple'
                      : p.hofstede[d] === null
                        ? 'default'
                        : 'blue'
                  }
                  data-testid={`score-${d}`}
                  style={WRAP_TAG}
                >
                  {dimensionNames[d]}: {p.hofstede[d] ?? t('countries.noScore')}
                  {p.hofstedeSources[d] === 'workspace' ? ` · ${t('countries.ownScore')}` : ''}
                </Tag>
              ))}
            </Flex>
            <Typography.Paragraph
              type="secondary"
              style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}
            >
              {t('countries.citation')}: {t('messages.hofstedeCitation')}{' '}
              {t('countries.missingNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('playbook.title')}>
            {compare.data ? <PlaybookView playbook={compare.data.playbook} /> : <Skeleton active />}
          </Card>
        </Col>
      </Row>
      <Card
        title={t('countries.calendar', { year })}
        extra={
          <Select
            value={year}
            onChange={setYear}
            options={[year - 1, year, year + 1].map((y) => ({ value: y, label: y }))}
            style={{ width: 100 }}
          />
        }
      >
        {!p.coverage.holidays && p.coverage.workspaceDays === 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('countries.noHolidays')}
            style={{ marginBottom: 12 }}
          />
        )}
        <YearCalendar
          year={p.year}
          weekend={p.weekend}
          holidays={p.holidays}
          seasons={p.slowSeasons}
        />
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          {p.slowSeasons.map((s) => (
            // A season's holidays can make a long tag: it wraps rather than widen a phone's page.
            <Tag key={`${s.kind}-${s.start}`} color="gold" style={WRAP_TAG}>
              {t(`seasons.${s.kind}`)} {s.start} → {s.end}
              {s.names ? ` (${s.names.join('、')})` : ''}
            </Tag>
          ))}
        </Flex>
      </Card>
      <CalendarAccuracyCard
        profile={p}
        canEdit={user.role === 'admin' || user.role === 'manager'}
      />
      {(user.role === 'admin' || user.role === 'manager') && (
        <CountryOverrides profile={p} dimensionNames={dimensionNames} />
      )}
    </Flex>
  );
}
