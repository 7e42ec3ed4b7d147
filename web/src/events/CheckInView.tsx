import { CheckOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Input, Segmented, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { flag } from '../lib/countries.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { CheckInByCode } from './CheckInByCode.tsx';
import { useInvitations } from './InvitationsTable.tsx';
import { RsvpTag } from './RsvpTag.tsx';
import type { CustomerEvent, Invitation } from './types.ts';

// Who is expected at the door first: confirmed guests, then maybes, then the rest.
const ORDER = ['yes', 'maybe', 'waitlisted', 'invited', 'no'];
const rank = (s: string) => (ORDER.includes(s) ? ORDER.indexOf(s) : ORDER.length);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The door: one column that fits a phone, a search by guest or company name (accents ignored,
 * "Jose" finds "José"), and one large tick per guest. Checking in logs the attendance on the
 * customer's timeline and plans the thank-you follow-up.
 */
export function CheckInView({ event }: { event: CustomerEvent }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useSession();
  const qc = useQueryClient();
  const list = useInvitations(event.id);
  const [q, setQ] = useState('');
  const [show, setShow] = useState<'expected' | 'all'>('expected');
  const checkIn = useMutation({
    mutationFn: (body: { invitationId: string } | { code: string }) =>
      unwrap(client.POST('/events/{id}/check-in', { params: { path: { id: event.id } }, body })),
    onSuccess: (x) => {
      qc.setQueryData<Invitation[]>(qk.events.invitations(event.id), (old) =>
        old?.map((i) => (i.id === x.id ? x : i)),
      );
      void qc.invalidateQueries({ queryKey: qk.events.results(event.id) });
      void qc.invalidateQueries({ queryKey: qk.activities(x.customerId) });
      void qc.invalidateQueries({ queryKey: qk.followUps() });
      void message.success(t('events.checkin.done', { name: x.contactName }));
    },
    onError: (err) => {
      const e = err instanceof ApiError ? err.errors[0] : undefined;
      void message.error(e ? translateFieldError(e, t) : err.message);
    },
  });
  if (list.isPending) return <Spin style={{ display: 'block', margin: '40px auto' }} />;
  const all = list.data ?? [];
  const arrived = all.filter((i) => i.checkedInAt).length;
  const expected = all.filter((i) => i.status === 'yes').length;
  const words = fold(q.trim());
  const shown = all
    .filter((i) => show === 'all' || i.status !== 'no' || i.checkedInAt)
    .filter((i) => !words || fold(`${i.contactName} ${i.customerName}`).includes(words))
    .sort((a, b) => rank(a.status) - rank(b.status) || a.contactName.localeCompare(b.contactName));
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone }).format(new Date(iso));

  return (
    <Flex vertical gap={10} style={{ maxWidth: 560 }} data-testid="checkin-view">
      <Typography.Text data-testid="checkin-count">
        {t('events.checkin.count', { arrived, expected })}
      </Typography.Text>
      <CheckInByCode
        busy={checkIn.isPending && !!checkIn.variables && 'code' in checkIn.variables}
        onCode={(code) => checkIn.mutateAsync({ code }).catch(() => undefined)}
      />
      <Input
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('events.checkin.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="checkin-search"
      />
      <Segmented
        value={show}
        onChange={(v) => setShow(v as 'expected' | 'all')}
        options={[
          { value: 'expected', label: t('events.checkin.notDeclined') },
          { value: 'all', label: t('events.checkin.everyone') },
        ]}
        style={{ alignSelf: 'start' }}
      />
      {shown.length === 0 && <Empty description={t('events.checkin.nobody')} />}
      {shown.map((i) => (
        <Card key={i.id} size="small" data-testid="checkin-card">
          <Flex justify="space-between" align="center" gap={8}>
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text strong style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
                {i.contactName}
                {i.guests > 0 && (
                  <Typography.Text type="secondary">
                    {' '}
                    {t('events.checkin.plusGuests', { count: i.guests })}
                  </Typography.Text>
                )}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {flag(i.country)} {i.customerName}
              </Typography.Text>
              <span>
                <RsvpTag status={i.status} />
                {i.dietary && <Tag>{i.dietary}</Tag>}
              </span>
            </Flex>
            {i.checkedInAt ? (
              <Tag color="green" icon={<CheckOutlined />} data-testid="checkin-arrived">
                {t('events.checkin.arrived', { time: time(i.checkedInAt) })}
              </Tag>
            ) : (
              <Button
                type="primary"
                size="large"
                icon={<CheckOutlined />}
                loading={
                  checkIn.isPending &&
                  !!checkIn.variables &&
                  'invitationId' in checkIn.variables &&
                  checkIn.variables.invitationId === i.id
                }
                onClick={() => checkIn.mutate({ invitationId: i.id })}
                data-testid="checkin-button"
                style={{ minWidth: 96 }}
              >
                {t('events.checkin.tick')}
              </Button>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
