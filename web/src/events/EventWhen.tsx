import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { formatDateTime, formatDay } from '../lib/format.ts';
import { zoneLabel } from '../lib/time-zone.ts';
import type { CustomerEvent } from './types.ts';

/**
 * When an event is, first on the venue's clock (what the invitation says), then on the viewer's
 * when it differs: a rep in Shenzhen planning a Hamburg meetup sees both without converting.
 */
export function EventWhen({ event }: { event: CustomerEvent }) {
  const { t, i18n } = useTranslation();
  const { timeZone: mine } = useSession();
  const lang = i18n.language;
  const l = event.local;
  const sameDay = l.startDate === l.endDate;
  const venue = `${formatDay(l.startDate, lang)} ${l.startTime}–${sameDay ? '' : `${formatDay(l.endDate, lang)} `}${l.endTime}`;
  const own = formatDateTime(event.startsAt, lang, mine);
  const differs =
    formatDateTime(event.startsAt, 'en', event.timeZone) !==
    formatDateTime(event.startsAt, 'en', mine);
  return (
    <Flex vertical data-testid="event-when">
      <Typography.Text>
        {venue}{' '}
        <Typography.Text type="secondary">({zoneLabel(event.timeZone, lang)})</Typography.Text>
      </Typography.Text>
      {differs && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="event-when-mine">
          {t('events.yourTime', { time: own })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** "12 / 40 seats", "12 confirmed" when there is no limit. */
export function Seats({ event }: { event: CustomerEvent }) {
  const { t } = useTranslation();
  const full = event.capacity !== null && event.seatsTaken >= event.capacity;
  return (
    <Typography.Text type={full ? 'danger' : undefined} data-testid="event-seats">
      {event.capacity === null
        ? t('events.seatsNoLimit', { taken: event.seatsTaken })
        : t('events.seats', { taken: event.seatsTaken, capacity: event.capacity })}
    </Typography.Text>
  );
}
