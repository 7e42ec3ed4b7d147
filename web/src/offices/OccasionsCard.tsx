import { useQueries } from '@tanstack/react-query';
import { Button, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { teamOccasions, type Occasion } from '../../../src/domain/offices/team-occasions.ts';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { formatDate } from '../lib/format.ts';
import { apiLang, type OfficeDetail } from './api.ts';

const DAYS_AHEAD = 365;
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A link that opens the new-event form with the occasion filled in. */
function planLink(office: OfficeDetail, title: string, date: string) {
  const q = new URLSearchParams({
    plan: '1',
    title: `${office.name}: ${title}`,
    country: office.country,
    zone: office.timeZone,
    date,
  });
  return `/events?${q.toString()}`;
}

/**
 * The office's festivals and occasions over the next year, with how to mark them with the team
 * (an iftar in Ramadan rather than a lunch), and work anniversaries to recognise.
 */
export function OccasionsCard({ office }: { office: OfficeDetail }) {
  const { t, i18n } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const to = addDays(today, DAYS_AHEAD);
  const years = [...new Set([Number(today.slice(0, 4)), Number(to.slice(0, 4))])];
  const lang = apiLang(i18n.language);
  // English names classify the holiday; the reader's names are shown.
  const langs = [...new Set(['en' as const, lang])];
  const results = useQueries({
    queries: years.flatMap((year) =>
      langs.map((l) => ({
        queryKey: qk.offices.holidays(office.country, office.region, year, l),
        queryFn: () =>
          unwrap(
            client.GET('/countries/{code}/holidays', {
              params: {
                path: { code: office.country },
                query: { year, lang: l, ...(office.region ? { region: office.region } : {}) },
              },
            }),
          ),
        staleTime: 3_600_000,
      })),
    ),
  });
  if (results.some((r) => r.isPending)) return <Spin />;
  // The queries are years × languages, in that order.
  const of = (l: string) =>
    results.flatMap((r, i) => (langs[i % langs.length] === l && r.data ? [r.data] : []));
  const english = of('en').flatMap((d) => d.items);
  const shown = new Map(
    of(lang).flatMap((d) => d.items.map((h) => [`${h.date}|${h.localName}`, h.name])),
  );
  const occasions = teamOccasions({
    country: office.country,
    holidays: english,
    people: office.people,
    from: today,
    to,
  });
  const nameOf = (o: Occasion) => {
    if (o.kind === 'ramadan') return t('offices.occasions.kinds.ramadan');
    if (o.kind === 'work-anniversary')
      return t('offices.occasions.anniversary', { name: o.name, years: o.years });
    const h = english.find((x) => x.date === o.date && x.name === o.name);
    return (h && shown.get(`${h.date}|${h.localName}`)) ?? o.name;
  };

  return (
    <Card size="small" title={t('offices.occasions.title')} data-testid="office-occasions">
      <Typography.Paragraph type="secondary">{t('offices.occasions.hint')}</Typography.Paragraph>
      <List
        dataSource={occasions}
        locale={{ emptyText: <Empty description={t('offices.occasions.empty')} /> }}
        renderItem={(o) => (
          <List.Item
            data-testid="occasion-row"
            actions={[
              <Link key="plan" to={planLink(office, nameOf(o), o.date)}>
                <Button size="small">{t('offices.occasions.plan')}</Button>
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  {formatDate(o.date, i18n.language)}
                  {o.end && ` – ${formatDate(o.end, i18n.language)}`}
                  <Typography.Text strong>{nameOf(o)}</Typography.Text>
                  <Tag>{t(`offices.occasions.kinds.${o.kind}`)}</Tag>
                </Space>
              }
              description={t(`offices.occasions.guidance.${o.kind}`)}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
