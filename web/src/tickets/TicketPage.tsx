import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  Input,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { client, unwrap, ApiError } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { OfficePersonSelect } from '../offices/OfficePersonSelect.tsx';
import { formatDateTime } from '../lib/format.ts';
import { browserTimeZone } from '../lib/time-zone.ts';
import {
  fetchTicket,
  PRIORITIES,
  STATUSES,
  ticketKeys,
  type Target,
  type TicketDetail,
} from './api.ts';
import { AttachmentsCard, CommentFiles } from './AttachmentsCard.tsx';
import { PortalLinkCard } from './PortalLinkCard.tsx';
import { LinkedMailCard } from '../mail/LinkedMailCard.tsx';
import { BreachTag, Minutes, TimeLeft } from './SlaTag.tsx';
import { TicketCsat } from '../feedback/TicketCsat.tsx';

/** One ticket: properties, SLA clocks and the conversation with public replies and internal notes. */
export function TicketPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ticketKeys.one(id), queryFn: () => fetchTicket(id) });
  if (q.isPending) return <Card loading />;
  if (!q.data) return <Empty description={t('tickets.notFound')} />;
  const x = q.data;
  return (
    <Flex vertical gap={12}>
      <Flex vertical>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {x.number} · {x.subject}
        </Typography.Title>
        <Link to={`/customers/${x.customerId}`}>{x.customerName}</Link>
      </Flex>
      <Properties ticket={x} />
      <SlaClocks ticket={x} />
      <PortalLinkCard ticketId={x.id} />
      <TicketCsat ticketId={x.id} status={x.status} />
      <Conversation ticket={x} />
      <AttachmentsCard ticket={x} />
      <LinkedMailCard
        about={{ ticketId: x.id }}
        label={t('mail.linked.aboutTicket', { number: x.number, subject: x.subject })}
        customerId={x.customerId}
        contactId={x.contactId ?? undefined}
      />
    </Flex>
  );
}

function useSave(id: string) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: {
      status?: (typeof STATUSES)[number];
      priority?: (typeof PRIORITIES)[number];
      assigneeId?: string | null;
      assigneePersonId?: string | null;
    }) => unwrap(client.PATCH('/tickets/{id}', { params: { path: { id } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ticketKeys.all() }),
    onError: (err) => {
      if (err instanceof ApiError && err.errors.length)
        for (const e of err.errors) void message.error(translateFieldError(e, t));
      else void message.error(err.message);
    },
  });
}

function Properties({ ticket: x }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const users = useUsers();
  const save = useSave(x.id);
  const closed = x.status === 'closed';
  return (
    <Card size="small">
      <Space wrap size="middle">
        <Space direction="vertical" size={2}>
          <Typography.Text type="secondary">{t('tickets.fields.status')}</Typography.Text>
          <Select
            style={{ width: 190 }}
            value={x.status}
            disabled={closed}
            data-testid="ticket-status"
            onChange={(status) => save.mutate({ status })}
            options={STATUSES.map((s) => ({ value: s, label: t(`tickets.statuses.${s}`) }))}
          />
        </Space>
        <Space direction="vertical" size={2}>
          <Typography.Text type="secondary">{t('tickets.fields.priority')}</Typography.Text>
          <Select
            style={{ width: 140 }}
            value={x.priority}
            disabled={closed}
            onChange={(priority) => save.mutate({ priority })}
            options={PRIORITIES.map((p) => ({ value: p, label: t(`tickets.priorities.${p}`) }))}
          />
        </Space>
        <Space direction="vertical" size={2}>
          <Typography.Text type="secondary">{t('tickets.fields.assignee')}</Typography.Text>
          <Select
            style={{ width: 200 }}
            allowClear
            value={x.assigneeId ?? undefined}
            disabled={closed}
            onChange={(v?: string) => save.mutate({ assigneeId: v ?? null })}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Space>
        <OfficePersonSelect
          labelled
          style={{ width: 200 }}
          value={x.assigneePersonId}
          disabled={closed}
          onChange={(assigneePersonId) => save.mutate({ assigneePersonId })}
        />
        <Space direction="vertical" size={2}>
          <Typography.Text type="secondary">{t('tickets.fields.type')}</Typography.Text>
          <span>
            {t(`tickets.types.${x.type}`)} · {t(`tickets.channels.${x.channel}`)}
          </span>
        </Space>
      </Space>
      {x.description && (
        <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
          {x.description}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function SlaClocks({ ticket: x }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const s = x.sla;
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          {t('tickets.sla.title')}
          <BreachTag state={s.state} />
          {s.paused && <Tag>{t('tickets.paused')}</Tag>}
        </Space>
      }
      data-testid="ticket-sla"
    >
      <Typography.Paragraph type="secondary">
        {t('tickets.sla.policy', {
          name: s.policyName,
          calendar: t(`tickets.calendars.${s.calendar}`),
          hours: `${s.hours.start}–${s.hours.end}`,
          zone: s.timeZone,
        })}
      </Typography.Paragraph>
      <Flex wrap gap={12}>
        <TargetCard
          label={t('tickets.sla.firstResponse')}
          target={s.firstResponse}
          paused={s.paused}
        />
        <TargetCard label={t('tickets.sla.resolution')} target={s.resolution} paused={s.paused} />
        {s.nextResponse && (
          <TargetCard
            label={t('tickets.sla.nextResponse')}
            target={s.nextResponse}
            startedAt={s.nextResponse.startedAt}
            paused={s.paused}
          />
        )}
      </Flex>
    </Card>
  );
}

function TargetCard(props: {
  label: string;
  target: Target;
  paused: boolean;
  /** the next-response cycle's start: when the customer wrote */
  startedAt?: string;
}) {
  const { t, i18n } = useTranslation();
  const x = props.target;
  const local = (l: Target['dueCustomer']) => (l ? `${l.date} ${l.time} (${l.timeZone})` : '—');
  return (
    <Card
      size="small"
      style={{ minWidth: 280, flex: 1 }}
      title={props.label}
      extra={<BreachTag state={x.state} />}
    >
      <Descriptions size="small" column={1}>
        {props.startedAt && (
          <Descriptions.Item label={t('tickets.sla.nextStarted')}>
            {formatDateTime(props.startedAt, i18n.language, browserTimeZone())}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('tickets.sla.target')}>
          <Minutes value={x.minutes} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.sla.dueCustomer')}>
          {local(x.dueCustomer)}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.sla.dueYou')}>{local(x.dueViewer)}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.fields.timeLeft')}>
          <TimeLeft target={x} paused={props.paused} />
        </Descriptions.Item>
        {x.metAt && (
          <Descriptions.Item label={t('tickets.sla.metAt')}>
            {formatDateTime(x.metAt, i18n.language, browserTimeZone())}
          </Descriptions.Item>
        )}
        {x.pausedMinutes > 0 && (
          <Descriptions.Item label={t('tickets.sla.pausedFor')}>
            <Minutes value={x.pausedMinutes} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {x.skipped.length > 0 && (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary">{t('tickets.sla.skipped')}</Typography.Text>
          {x.skipped.map((d) => (
            <Typography.Text key={d.date} data-testid="sla-skipped">
              {d.date}:{' '}
              {d.reasons
                .map((r) => (r.kind === 'weekend' ? t('tickets.weekend') : r.name))
                .join(', ')}
            </Typography.Text>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function Conversation({ ticket: x }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const [isPublic, setPublic] = useState(true);
  const [fromCustomer, setFromCustomer] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/tickets/{id}/comments', {
          params: { path: { id: x.id } },
          body: {
            body,
            public: isPublic || fromCustomer,
            from: fromCustomer ? 'customer' : 'staff',
          },
        }),
      ),
    onSuccess: () => {
      setBody('');
      void qc.invalidateQueries({ queryKey: ticketKeys.all() });
    },
    onError: (err) => void message.error(err.message),
  });
  return (
    <Card size="small" title={t('tickets.conversation')}>
      <Flex vertical gap={8}>
        {x.comments.length === 0 && <Empty description={t('tickets.noComments')} />}
        {x.comments.map((c) => (
          <div
            key={c.id}
            data-testid={c.public ? 'comment-public' : 'comment-internal'}
            style={{
              padding: 10,
              borderRadius: 6,
              background: c.public ? (c.from === 'customer' ? '#f0f5ff' : '#f6ffed') : '#fffbe6',
              border: c.public ? '1px solid #d9d9d9' : '1px dashed #faad14',
              marginLeft: c.from === 'customer' ? 0 : 24,
              marginRight: c.from === 'customer' ? 24 : 0,
            }}
          >
            <Space wrap size={4}>
              <Typography.Text strong>
                {c.from === 'customer' ? t('tickets.customerSaid') : (c.authorName ?? '—')}
              </Typography.Text>
              {c.public ? (
                <Tag color="green">{t('tickets.public')}</Tag>
              ) : (
                <Tag color="gold">{t('tickets.internal')}</Tag>
              )}
              <Typography.Text type="secondary">
                {formatDateTime(c.createdAt, i18n.language, browserTimeZone())}
              </Typography.Text>
            </Space>
            <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Typography.Paragraph>
            <CommentFiles ticketId={x.id} commentId={c.id} />
          </div>
        ))}
        {x.status !== 'closed' && (
          <Flex vertical gap={6}>
            <Radio.Group
              value={isPublic ? 'public' : 'internal'}
              onChange={(e) => setPublic(e.target.value === 'public')}
              disabled={fromCustomer}
            >
              <Radio.Button value="public">{t('tickets.reply')}</Radio.Button>
              <Radio.Button value="internal">{t('tickets.note')}</Radio.Button>
            </Radio.Group>
            <Input.TextArea
              rows={4}
              value={body}
              maxLength={20000}
              onChange={(e) => setBody(e.target.value)}
              data-testid="comment-body"
            />
            <Flex justify="space-between" wrap gap={8}>
              <Checkbox checked={fromCustomer} onChange={(e) => setFromCustomer(e.target.checked)}>
                {t('tickets.fromCustomer')}
              </Checkbox>
              <Button
                type="primary"
                disabled={!body.trim()}
                loading={send.isPending}
                onClick={() => send.mutate()}
                data-testid="comment-send"
              >
                {t('tickets.send')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
