import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  ConfigProvider,
  Flex,
  QRCode,
  Descriptions,
  Input,
  InputNumber,
  Radio,
  Result,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';

type Answer = 'yes' | 'no' | 'maybe';
const rsvpKey = (token: string) => ['rsvp', token] as const;

/**
 * The page an invitee opens from an RSVP link, without an account: the event in their language
 * (right to left for Arabic), when it is on the venue's clock and on theirs, and their answer.
 * It shows nothing of the workspace, the other guests or the budget.
 */
export function PublicRsvpPage() {
  const { token = '' } = useParams();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: rsvpKey(token),
    queryFn: () => unwrap(client.GET('/public/rsvp/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [guests, setGuests] = useState<number | null>(null);
  const [dietary, setDietary] = useState<string | null>(null);
  const [visa, setVisa] = useState<boolean | null>(null);
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/public/rsvp/{token}', {
          params: { path: { token } },
          body: {
            answer: answer ?? 'yes',
            guests: guests ?? q.data?.invitation.guests ?? 0,
            dietary: dietary ?? q.data?.invitation.dietary ?? null,
            visaLetter: visa ?? q.data?.invitation.visaLetter ?? false,
          },
        }),
      ),
    onSuccess: (data) => qc.setQueryData(rsvpKey(token), data),
  });
  if (q.isPending) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  const r = q.data;
  if (!r) return <Result status="404" title="404" subTitle="This invitation link is not valid." />;
  const L = r.labels;
  const status = r.invitation.status;
  const chosen: Answer | null =
    answer ?? (status === 'yes' || status === 'no' || status === 'maybe' ? status : null);
  const clock = (c: { date: string; time: string; timeZone: string }) =>
    `${c.date} ${c.time} (${c.timeZone})`;
  const error =
    send.error instanceof ApiError
      ? send.error.status === 409
        ? L.closed
        : (send.error.errors[0]?.message ?? send.error.message)
      : null;
  return (
    <ConfigProvider direction={r.dir}>
      <div dir={r.dir} lang={r.language} style={{ maxWidth: 640, margin: '0 auto', padding: 16 }}>
        <Card data-testid="public-rsvp">
          <Typography.Title level={3}>{r.event.title}</Typography.Title>
          {r.event.description && (
            <Typography.Paragraph>{r.event.description}</Typography.Paragraph>
          )}
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={L.when}>{clock(r.event.venueClock)}</Descriptions.Item>
            <Descriptions.Item label={L.yourTime}>{clock(r.event.yourClock)}</Descriptions.Item>
            <Descriptions.Item label={L.where}>
              {r.event.online ? L.online : (r.event.venue ?? '—')}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{L.question}</Typography.Title>
          <Radio.Group
            value={chosen}
            onChange={(e) => setAnswer(e.target.value as Answer)}
            disabled={!r.event.open}
            style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 16 }}
            options={(['yes', 'no', 'maybe'] as const).map((a) => ({ value: a, label: L[a] }))}
            data-testid="rsvp-answer"
          />
          {chosen === 'yes' && r.event.maxGuests > 0 && (
            <div style={{ marginBottom: 12 }}>
              <Typography.Text>{L.guests}</Typography.Text>{' '}
              <InputNumber
                min={0}
                max={r.event.maxGuests}
                value={guests ?? r.invitation.guests}
                onChange={(v) => setGuests(v ?? 0)}
              />
            </div>
          )}
          <Typography.Text>{L.dietary}</Typography.Text>
          <Input
            maxLength={500}
            value={dietary ?? r.invitation.dietary ?? ''}
            onChange={(e) => setDietary(e.target.value)}
            disabled={!r.event.open}
            style={{ margin: '8px 0 12px' }}
          />
          <Checkbox
            checked={visa ?? r.invitation.visaLetter}
            onChange={(e) => setVisa(e.target.checked)}
            disabled={!r.event.open}
            style={{ marginBottom: 16 }}
          >
            {L.visaLetter}
          </Checkbox>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          {!r.event.open && <Alert type="info" showIcon title={L.closed} />}
          {r.event.open && status !== 'invited' && !send.isPending && (
            <Alert
              type={status === 'waitlisted' ? 'warning' : 'success'}
              showIcon
              style={{ marginBottom: 12 }}
              title={status === 'waitlisted' ? L.waitlisted : L.thanks}
              data-testid="rsvp-status"
            />
          )}
          {status === 'yes' && !send.isPending && (
            // The guest's pass: the door scans this page's own link (CheckInByCode), so the code
            // works on paper, on a phone and typed by hand.
            <Flex
              vertical
              align="center"
              gap={4}
              style={{ marginBottom: 12 }}
              data-testid="rsvp-pass"
            >
              <QRCode value={`${window.location.origin}/rsvp/${token}`} size={160} />
              <Typography.Text type="secondary">{L.entryCode}</Typography.Text>
            </Flex>
          )}
          {r.event.open && (
            <Button
              type="primary"
              block
              disabled={chosen === null}
              loading={send.isPending}
              onClick={() => send.mutate()}
              data-testid="rsvp-send"
            >
              {L.send}
            </Button>
          )}
        </Card>
      </div>
    </ConfigProvider>
  );
}
