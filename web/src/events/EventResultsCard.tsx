import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { formatMoney } from '../lib/format.ts';
import { EventFollowUpCard } from './EventFollowUpCard.tsx';
import type { CustomerEvent, EventResults } from './types.ts';

type Row = EventResults['byCountry'][number];

/** Invited, answered, confirmed and attended per country, and what each attendee cost. */
export function EventResultsCard({ event }: { event: CustomerEvent }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const results = useQuery({
    queryKey: qk.events.results(event.id),
    queryFn: () =>
      unwrap(client.GET('/events/{id}/results', { params: { path: { id: event.id } } })),
  });
  const r = results.data;
  const sum = (k: keyof Omit<Row, 'country'>) => (r?.byCountry ?? []).reduce((n, x) => n + x[k], 0);
  const money = (minor: number | null) =>
    minor === null ? '—' : formatMoney(minor, event.currency, lang);
  return (
    <Flex vertical gap={12} data-testid="event-results">
      <Flex wrap gap={12}>
        {(
          [
            ['invited', sum('invited')],
            ['responded', sum('responded')],
            ['confirmed', sum('confirmed')],
            ['attended', r?.attended ?? 0],
          ] as const
        ).map(([k, v]) => (
          <Card key={k} size="small" style={{ minWidth: 120 }} data-testid={`result-${k}`}>
            <Statistic title={t(`events.results.${k}`)} value={v} />
          </Card>
        ))}
        <Card size="small" style={{ minWidth: 160 }} data-testid="result-cost-per-attendee">
          <Statistic
            title={t('events.results.costPerAttendee')}
            value={money(r?.costPerAttendeeMinor ?? null)}
          />
        </Card>
      </Flex>
      <Table<Row>
        rowKey="country"
        size="small"
        loading={results.isPending}
        dataSource={r?.byCountry ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('events.noInvitations')} /> }}
        columns={[
          {
            title: t('events.fields.country'),
            render: (_, x) => `${flag(x.country)} ${countryName(x.country, lang)}`,
          },
          { title: t('events.results.invited'), dataIndex: 'invited', align: 'right' },
          { title: t('events.results.responded'), dataIndex: 'responded', align: 'right' },
          { title: t('events.results.confirmed'), dataIndex: 'confirmed', align: 'right' },
          { title: t('events.results.attended'), dataIndex: 'attended', align: 'right' },
        ]}
      />
      {r && <EventFollowUpCard results={r} />}
      <Card size="small">
        {t('events.results.costNote', {
          budget: money(event.budgetMinor),
          cost: money(event.costMinor),
        })}
      </Card>
    </Flex>
  );
}
