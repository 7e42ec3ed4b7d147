import { ArrowLeftOutlined, MailOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { displayName } from '../lib/display-names.ts';
import { formatDateTime } from '../lib/format.ts';
import { Money } from '../lib/Money.tsx';
import { CheckInView } from './CheckInView.tsx';
import { EventActions } from './EventActions.tsx';
import { EventResultsCard } from './EventResultsCard.tsx';
import { EventWhen, Seats } from './EventWhen.tsx';
import { InvitationsTable, useInvitations } from './InvitationsTable.tsx';
import { InviteModal } from './InviteModal.tsx';
import { SendInvitationsModal } from './SendInvitationsModal.tsx';
import { textIn } from './types.ts';

const TABS = ['invitations', 'checkin', 'results'] as const;
type Tab = (typeof TABS)[number];

/** One event: its details, invitations, a check-in view for the door, and results. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const nameOf = useNameOf();
  const [params, setParams] = useSearchParams();
  const [inviting, setInviting] = useState(false);
  const [mailing, setMailing] = useState(false);
  const invitations = useInvitations(id);
  const unsent = (invitations.data ?? []).filter((x) => !x.mail && x.status !== 'no').length;
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'invitations';
  const event = useQuery({
    queryKey: qk.events.one(id),
    queryFn: () => unwrap(client.GET('/events/{id}', { params: { path: { id } } })),
    retry: false,
  });
  if (event.isPending) return <Skeleton active />;
  const e = event.data;
  if (!e)
    return (
      <Result
        status="404"
        title={t('events.notFound')}
        extra={<Link to="/events">{t('events.backToList')}</Link>}
      />
    );
  const others = Object.entries(e.title).filter(([, v]) => v !== textIn(e.title, lang));

  return (
    <Flex vertical gap={12}>
      <Link to="/events">
        <ArrowLeftOutlined /> {t('events.backToList')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Title
            level={3}
            style={{ margin: 0, overflowWrap: 'anywhere' }}
            data-testid="event-title"
          >
            {textIn(e.title, lang)}
          </Typography.Title>
          <span>
            <Tag>{t(`events.types.${e.type as 'meetup'}`)}</Tag>
            <Seats event={e} />
          </span>
        </Flex>
        <Flex gap={8} wrap>
          <EventActions event={e} />
          <Button
            icon={<MailOutlined />}
            onClick={() => setMailing(true)}
            disabled={unsent === 0}
            data-testid="event-mail-invitations"
          >
            {t('events.mail.open', { count: unsent })}
          </Button>
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            onClick={() => setInviting(true)}
            data-testid="event-invite"
          >
            {t('events.invite.open')}
          </Button>
        </Flex>
      </Flex>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('events.fields.when')}>
            <EventWhen event={e} />
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.venue')}>
            {e.onlineUrl && !e.venue ? (
              <Typography.Link href={e.onlineUrl} target="_blank" rel="noreferrer">
                {t('events.online')}
              </Typography.Link>
            ) : (
              <span>
                {e.venue ?? '—'}
                {e.venueCountry &&
                  ` · ${flag(e.venueCountry)} ${countryName(e.venueCountry, lang)}`}
              </span>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.rsvpDeadline')}>
            {e.rsvpDeadline
              ? formatDateTime(e.rsvpDeadline, lang, e.timeZone)
              : t('events.untilStart')}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.maxGuests')}>{e.maxGuests}</Descriptions.Item>
          <Descriptions.Item label={t('events.fields.owner')}>
            {nameOf.user(e.ownerId)}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.budgetCost')}>
            {/* One span: the item lays its children out as flex items, which drop the spaces. */}
            <span>
              {e.budgetMinor !== null ? <Money minor={e.budgetMinor} currency={e.currency} /> : '—'}
              {' / '}
              {e.costMinor !== null ? <Money minor={e.costMinor} currency={e.currency} /> : '—'}
            </span>
          </Descriptions.Item>
          {others.length > 0 && (
            <Descriptions.Item label={t('events.fields.otherTitles')}>
              <Flex vertical>
                {others.map(([l, v]) => (
                  <span key={l} lang={l}>
                    <Typography.Text type="secondary">
                      {displayName('language', l, lang)}:
                    </Typography.Text>{' '}
                    {v}
                  </span>
                ))}
              </Flex>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          {
            key: 'invitations',
            label: <span data-testid="tab-invitations">{t('events.tabs.invitations')}</span>,
            children: <InvitationsTable eventId={e.id} ownerId={e.ownerId} />,
          },
          {
            key: 'checkin',
            label: <span data-testid="tab-checkin">{t('events.tabs.checkin')}</span>,
            children: <CheckInView event={e} />,
          },
          {
            key: 'results',
            label: <span data-testid="tab-results">{t('events.tabs.results')}</span>,
            children: <EventResultsCard event={e} />,
          },
        ]}
      />
      {inviting && <InviteModal eventId={e.id} onClose={() => setInviting(false)} />}
      {mailing && (
        <SendInvitationsModal eventId={e.id} unsent={unsent} onClose={() => setMailing(false)} />
      )}
    </Flex>
  );
}
