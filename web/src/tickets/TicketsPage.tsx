import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { browserTimeZone } from '../lib/time-zone.ts';
import { OfficePersonSelect, useOfficePersonOptions } from '../offices/OfficePersonSelect.tsx';
import { CustomerPicker } from '../products/pickers.tsx';
import { CHANNELS, PRIORITIES, TYPES, ticketKeys, type Ticket } from './api.ts';
import { BreachTag, runningTarget, TimeLeft } from './SlaTag.tsx';
import { EscalationNoticesCard } from './EscalationNoticesCard.tsx';
import { DEFAULT_FILTER, TicketFilters, type TicketFilter } from './TicketFilters.tsx';

type Priority = (typeof PRIORITIES)[number];

/** Tickets of the customers you can see, ordered by the time left on their running SLA target. */
export function TicketsPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<TicketFilter>(DEFAULT_FILTER);
  const [creating, setCreating] = useState(false);
  const params = {
    ...filter,
    status: filter.status || undefined,
    sort: 'timeLeft' as const,
    limit: 50,
    timeZone: browserTimeZone(),
  };
  // A page at a time, the most urgent first; "Load more" reads the next (an agent's queue can
  // hold thousands of open tickets).
  const list = useInfiniteQuery({
    queryKey: ticketKeys.pages(params),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(client.GET('/tickets', { params: { query: { ...params, offset: pageParam } } })),
    getNextPageParam: (p) => p.nextOffset ?? undefined,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const subject = (x: Ticket) => (
    <Flex vertical>
      <Link to={`/tickets/${x.id}`} data-testid="ticket-open">
        {x.number} · {x.subject}
      </Link>
      <Typography.Text type="secondary">{x.customerName}</Typography.Text>
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tickets.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="ticket-new"
        >
          {t('tickets.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('tickets.hint')}
      </Typography.Paragraph>
      <EscalationNoticesCard />
      <TicketFilters value={filter} onChange={setFilter} />
      {phone ? (
        <List
          loading={list.isPending}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t('tickets.none')} /> }}
          renderItem={(x) => (
            <Card size="small" style={{ marginBottom: 8 }} data-testid="ticket-card">
              <Flex vertical gap={6}>
                {subject(x)}
                <Space wrap>
                  <span>{t(`tickets.statuses.${x.status}`)}</span>
                  <span>{t(`tickets.priorities.${x.priority}`)}</span>
                  <BreachTag state={x.sla.state} />
                  <TimeLeft target={runningTarget(x.sla)} paused={x.sla.paused} />
                </Space>
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: <Empty description={t('tickets.none')} /> }}
          columns={[
            { title: t('tickets.fields.subject'), render: (_, x) => subject(x) },
            {
              title: t('tickets.fields.timeLeft'),
              render: (_, x) => <TimeLeft target={runningTarget(x.sla)} paused={x.sla.paused} />,
            },
            { title: t('tickets.fields.sla'), render: (_, x) => <BreachTag state={x.sla.state} /> },
            {
              title: t('tickets.fields.status'),
              render: (_, x) => t(`tickets.statuses.${x.status}`),
            },
            {
              title: t('tickets.fields.priority'),
              render: (_, x) => t(`tickets.priorities.${x.priority}`),
            },
            { title: t('tickets.fields.assignee'), render: (_, x) => x.assigneeName ?? '—' },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          data-testid="tickets-more"
        >
          {t('tickets.loadMore')}
        </Button>
      )}
      {creating && (
        <NewTicket
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/tickets/${id}`);
          }}
        />
      )}
    </Flex>
  );
}

interface NewTicketValues {
  customerId: string;
  subject: string;
  description?: string;
  channel: (typeof CHANNELS)[number];
  type: (typeof TYPES)[number];
  priority: Priority;
  assigneeId?: string;
  assigneePersonId?: string | null;
}

/** The "New ticket" form: the SLA policy is chosen by the server from the customer and fields. */
function NewTicket(props: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const users = useUsers();
  const officePeople = useOfficePersonOptions();
  const [form] = Form.useForm<NewTicketValues>();
  const save = useMutation({
    mutationFn: (v: NewTicketValues) => unwrap(client.POST('/tickets', { body: v })),
    onSuccess: (x) => {
      void qc.invalidateQueries({ queryKey: ticketKeys.all() });
      props.onCreated(x.id);
    },
    onError: (err) => {
      const rest = applyFieldErrors(form, err, t, {
        known: [
          'customerId',
          'subject',
          'description',
          'channel',
          'type',
          'priority',
          'assigneeId',
          'assigneePersonId',
        ],
      });
      for (const e of rest) void message.error(e.message);
    },
  });
  return (
    <FormModal
      open
      title={t('tickets.add')}
      form={form}
      initialValues={{ channel: 'email', type: 'question', priority: 'normal' }}
      onFinish={(v) => save.mutate(v)}
      onClose={props.onClose}
      saving={save.isPending}
      width={640}
      saveTestId="ticket-save"
    >
      <Form.Item
        name="customerId"
        label={t('tickets.fields.customer')}
        rules={[{ required: true }]}
        style={{ gridColumn: '1 / -1' }}
      >
        <CustomerPicker />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('tickets.fields.subject')}
        rules={[{ required: true, max: 200 }]}
        style={{ gridColumn: '1 / -1' }}
      >
        <Input />
      </Form.Item>
      <Form.Item name="channel" label={t('tickets.fields.channel')}>
        <Select options={CHANNELS.map((c) => ({ value: c, label: t(`tickets.channels.${c}`) }))} />
      </Form.Item>
      <Form.Item name="type" label={t('tickets.fields.type')}>
        <Select options={TYPES.map((c) => ({ value: c, label: t(`tickets.types.${c}`) }))} />
      </Form.Item>
      <Form.Item name="priority" label={t('tickets.fields.priority')}>
        <Select
          options={PRIORITIES.map((c) => ({ value: c, label: t(`tickets.priorities.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="assigneeId" label={t('tickets.fields.assignee')}>
        <Select
          allowClear
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      {officePeople.length > 0 && (
        <Form.Item name="assigneePersonId" label={t('offices.assignee.label')}>
          <OfficePersonSelect />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={t('tickets.fields.description')}
        style={{ gridColumn: '1 / -1' }}
      >
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}
