import { CheckCircleTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { flag } from '../lib/countries.ts';
import { displayName } from '../lib/display-names.ts';
import { formatDateTime, formatDay } from '../lib/format.ts';
import { zoneLabel } from '../lib/time-zone.ts';
import { VisaLetterButton } from './VisaLetterModal.tsx';
import { RsvpTag } from './RsvpTag.tsx';
import type { Invitation } from './types.ts';

export const useInvitations = (eventId: string) =>
  useQuery({
    queryKey: qk.events.invitations(eventId),
    queryFn: () =>
      unwrap(client.GET('/events/{id}/invitations', { params: { path: { id: eventId } } })).then(
        (r) => r.items,
      ),
  });

const MAIL_COLORS: Record<string, string> = {
  queued: 'blue',
  sent: 'green',
  failed: 'red',
  skipped: 'default',
};

/** Where the invitation mail and its reminder stand; a failure names its reason. */
function MailState({ invitation: x }: { invitation: Invitation }) {
  const { t } = useTranslation();
  if (!x.mail)
    return <Typography.Text type="secondary">{t('events.mail.notSent')}</Typography.Text>;
  const state = (s: string) => t(`events.mail.states.${s as 'sent'}`);
  return (
    <Flex vertical gap={2} data-testid="invitation-mail">
      <span>
        <Tag color={MAIL_COLORS[x.mail.status]}>
          {t('events.mail.invitation')}: {state(x.mail.status)}
        </Tag>
      </span>
      {x.mail.reminderStatus && (
        <span>
          <Tag color={MAIL_COLORS[x.mail.reminderStatus]}>
            {t('events.mail.reminder')}: {state(x.mail.reminderStatus)}
          </Tag>
        </span>
      )}
      {x.mail.error && (
        <Typography.Text type="danger">
          {t(`errors.${x.mail.error as 'mail_no_smtp'}`)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Who is invited, in which language, their answer and needs, and whether they came. */
export function InvitationsTable({ eventId, ownerId }: { eventId: string; ownerId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { timeZone, user } = useSession();
  // Passport data is the event owner's and the admins' alone (the server says the same).
  const passports = user.role === 'admin' || user.id === ownerId;
  const list = useInvitations(eventId);
  return (
    <Table<Invitation>
      rowKey="id"
      size="small"
      loading={list.isPending}
      dataSource={list.data ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('events.noInvitations')} /> }}
      onRow={() => ({ 'data-testid': 'invitation-row' }) as object}
      columns={[
        { title: t('events.fields.contact'), dataIndex: 'contactName' },
        {
          title: t('events.fields.customer'),
          render: (_, x) => (
            <Link to={`/customers/${x.customerId}`}>
              {flag(x.country)} {x.customerName}
            </Link>
          ),
        },
        {
          title: t('common.language'),
          render: (_, x) => displayName('language', x.language, lang),
        },
        { title: t('events.fields.rsvp'), render: (_, x) => <RsvpTag status={x.status} /> },
        { title: t('events.fields.guests'), dataIndex: 'guests', align: 'right' },
        {
          title: t('events.fields.needs'),
          render: (_, x) => (
            <Flex vertical gap={2}>
              {x.dietary && <span>{x.dietary}</span>}
              {x.visaLetter && <Tag color="purple">{t('events.visaLetter')}</Tag>}
              {x.visaLetter && passports && (
                <VisaLetterButton eventId={eventId} invitationId={x.id} />
              )}
              {!x.dietary && !x.visaLetter && '—'}
            </Flex>
          ),
        },
        {
          title: t('events.fields.theirTime'),
          render: (_, x) => (
            <span>
              {formatDay(x.invitee.date, lang)} {x.invitee.time}{' '}
              <Typography.Text type="secondary">
                ({zoneLabel(x.invitee.timeZone, lang)})
              </Typography.Text>
            </span>
          ),
        },
        {
          title: t('events.fields.reminder'),
          render: (_, x) =>
            x.reminderAt ? formatDateTime(x.reminderAt, lang, x.invitee.timeZone) : '—',
        },
        {
          title: t('events.fields.mail'),
          render: (_, x) => <MailState invitation={x} />,
        },
        {
          title: t('events.fields.checkedIn'),
          render: (_, x) =>
            x.checkedInAt ? (
              <span data-testid="invitation-checked-in">
                <CheckCircleTwoTone twoToneColor="#52c41a" />{' '}
                {formatDateTime(x.checkedInAt, lang, timeZone)}
              </span>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
