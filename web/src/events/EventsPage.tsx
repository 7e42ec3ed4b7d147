import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Segmented, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { countryName, flag } from '../lib/countries.ts';
import { EventFormModal } from './EventFormModal.tsx';
import { EventWhen, Seats } from './EventWhen.tsx';
import type { EventForm } from './event-form.ts';
import { textIn, type CustomerEvent } from './types.ts';

/** Trade shows, meetups, factory visits and webinars: upcoming soonest first, or past ones. */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const nameOf = useNameOf();
  const [past, setPast] = useState(false);
  // An office's occasion arrives as ?plan=1&title=…&country=…&zone=…&date=…: the form opens
  // with it filled in (a team event at 18:00 local on that day).
  const [params] = useSearchParams();
  const [creating, setCreating] = useState(params.get('plan') === '1');
  const preset = params.get('plan') === '1' ? presetFrom(params) : undefined;
  const list = useQuery({
    queryKey: qk.events.list(past),
    queryFn: () =>
      unwrap(client.GET('/events', { params: { query: { past, limit: 200 } } })).then(
        (r) => r.items,
      ),
  });
  const rows = list.data ?? [];
  const title = (e: CustomerEvent) => (
    <Flex vertical gap={2} align="start">
      <Link to={`/events/${e.id}`} data-testid="event-open">
        {textIn(e.title, i18n.language)}
      </Link>
      <Tag>{t(`events.types.${e.type as 'meetup'}`)}</Tag>
    </Flex>
  );
  const place = (e: CustomerEvent) =>
    e.onlineUrl && !e.venue ? (
      t('events.online')
    ) : (
      <span>
        {e.venue ?? '—'}
        {e.venueCountry && (
          <Typography.Text type="secondary">
            {' '}
            · {flag(e.venueCountry)} {countryName(e.venueCountry, i18n.language)}
          </Typography.Text>
        )}
      </span>
    );
  const empty = <Empty description={past ? t('events.nonePast') : t('events.none')} />;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('events.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="event-new"
        >
          {t('events.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('events.hint')}
      </Typography.Paragraph>
      <Segmented
        value={past ? 'past' : 'upcoming'}
        onChange={(v) => setPast(v === 'past')}
        options={[
          { value: 'upcoming', label: t('events.upcoming') },
          { value: 'past', label: t('events.past') },
        ]}
        style={{ alignSelf: 'start' }}
        data-testid="event-when-filter"
      />
      {phone ? (
        <Flex vertical gap={8}>
          {list.isPending && <Spin />}
          {!list.isPending && rows.length === 0 && empty}
          {rows.map((e) => (
            <Card key={e.id} size="small" data-testid="event-card">
              <Flex vertical gap={6}>
                {title(e)}
                <EventWhen event={e} />
                <span>{place(e)}</span>
                <Flex justify="space-between" wrap gap={8}>
                  <Seats event={e} />
                  <Typography.Text type="secondary">{nameOf.user(e.ownerId)}</Typography.Text>
                </Flex>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<CustomerEvent>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: empty }}
          columns={[
            {
              title: t('events.fields.when'),
              width: 300,
              render: (_, e) => <EventWhen event={e} />,
            },
            { title: t('events.fields.event'), render: (_, e) => title(e) },
            { title: t('events.fields.venue'), render: (_, e) => place(e) },
            { title: t('events.fields.seats'), width: 150, render: (_, e) => <Seats event={e} /> },
            {
              title: t('events.fields.owner'),
              width: 140,
              render: (_, e) => nameOf.user(e.ownerId),
            },
          ]}
        />
      )}
      {creating && <EventFormModal preset={preset} onClose={() => setCreating(false)} />}
    </Flex>
  );
}

function presetFrom(params: URLSearchParams): Partial<EventForm> {
  const date = params.get('date');
  const zone = params.get('zone');
  return {
    type: 'meetup',
    titles: [{ language: 'en', text: params.get('title') ?? '' }, { language: 'zh-CN' }],
    ...(params.get('country') ? { venueCountry: params.get('country') ?? undefined } : {}),
    ...(zone ? { timeZone: zone } : {}),
    ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? { startsAt: dayjs(`${date}T18:00`), endsAt: dayjs(`${date}T21:00`) }
      : {}),
  };
}
