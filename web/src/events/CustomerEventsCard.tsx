import { CheckCircleTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { flag } from '../lib/countries.ts';
import { RsvpTag } from './RsvpTag.tsx';
import { textIn } from './types.ts';

// The day on the venue's calendar: a Canton Fair opening at 09:00 in Guangzhou is that day there.
const dayAtVenue = (instant: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(instant));

/**
 * The customer's events on their page: who was invited to what, their answer and whether they
 * came, latest first. Attendance also shows on the timeline; this is the list at a glance.
 */
export function CustomerEventsCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: [...qk.events.all(), 'customer', customerId],
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/event-invitations', { params: { path: { id: customerId } } }),
      ).then((r) => r.items),
  });
  const items = q.data ?? [];
  return (
    <Card size="small" title={t('events.customerCard.title')} data-testid="customer-events">
      {q.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.customerCard.none')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(x) => (
            <List.Item key={x.invitationId} data-testid="customer-event">
              <Flex vertical style={{ minWidth: 0 }}>
                <Link to={`/events/${x.event.id}`}>{textIn(x.event.title, i18n.language)}</Link>
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {t(`events.types.${x.event.type}`)} ·{' '}
                  {dayAtVenue(x.event.startsAt, x.event.timeZone, i18n.language)}
                  {x.event.venueCountry && ` · ${flag(x.event.venueCountry)}`} · {x.contactName}
                </Typography.Text>
              </Flex>
              {x.checkedInAt ? (
                <Typography.Text>
                  <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('events.customerCard.came')}
                </Typography.Text>
              ) : (
                <RsvpTag status={x.status} />
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
