import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { countryOptions } from '../lib/countries.ts';
import { CALENDARS, PRIORITIES, STATUSES, TYPES, ticketKeys } from './api.ts';
import { Minutes } from './SlaTag.tsx';

const fetchPolicies = () => unwrap(client.GET('/sla-policies'));
type Policy = Awaited<ReturnType<typeof fetchPolicies>>['items'][number];

interface PolicyValues {
  name: string;
  position?: number;
  priorities: (typeof PRIORITIES)[number][];
  types: (typeof TYPES)[number][];
  countries: string[];
  tiers: ('A' | 'B' | 'C')[];
  calendar: (typeof CALENDARS)[number];
  hoursStart: string;
  hoursEnd: string;
  breakStart?: string;
  breakEnd?: string;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  nextResponseMinutes?: number | null;
  warnPercent: number;
  pauseStatuses: (typeof STATUSES)[number][];
}

const bodyOf = (v: PolicyValues) => ({
  name: v.name,
  position: v.position,
  priorities: v.priorities ?? [],
  types: v.types ?? [],
  countries: v.countries ?? [],
  tiers: v.tiers ?? [],
  calendar: v.calendar,
  hours: { start: v.hoursStart, end: v.hoursEnd },
  breaks: v.breakStart && v.breakEnd ? [{ start: v.breakStart, end: v.breakEnd }] : [],
  firstResponseMinutes: v.firstResponseMinutes,
  resolutionMinutes: v.resolutionMinutes,
  nextResponseMinutes: v.nextResponseMinutes ?? null,
  warnPercent: v.warnPercent,
  pauseStatuses: v.pauseStatuses ?? [],
});

/** The workspace's SLA policies (admin): the first matching one applies to a new ticket. */
export function SlaPoliciesPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ticketKeys.policies(), queryFn: fetchPolicies });
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(client.DELETE('/sla-policies/{id}', { params: { path: { id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ticketKeys.policies() }),
  });
  const list = (xs: string[], prefix: string) =>
    xs.length
      ? xs.map((x) => (prefix ? t(`${prefix}.${x}`) : x)).join(', ')
      : t('tickets.policies.any');
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tickets.policies.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="policy-new"
        >
          {t('tickets.policies.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('tickets.policies.hint')}
      </Typography.Paragraph>
      {q.data && (
        <Alert
          type="info"
          showIcon
          message={t('tickets.policies.fallback', {
            calendar: t(`tickets.calendars.${q.data.fallback.calendar}`),
            hours: `${q.data.fallback.hours.start}–${q.data.fallback.hours.end}`,
            first: q.data.fallback.firstResponseMinutes,
            resolution: q.data.fallback.resolutionMinutes,
          })}
        />
      )}
      <Table
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('tickets.policies.none')} /> }}
        columns={[
          { title: '#', dataIndex: 'position' },
          { title: t('tickets.policies.name'), dataIndex: 'name' },
          {
            title: t('tickets.policies.conditions'),
            render: (_, p) => (
              <Flex vertical>
                <span>
                  {t('tickets.fields.priority')}: {list(p.priorities, 'tickets.priorities')}
                </span>
                <span>
                  {t('tickets.fields.type')}: {list(p.types, 'tickets.types')}
                </span>
                <span>
                  {t('tickets.policies.countries')}: {list(p.countries, '')}
                </span>
                <span>
                  {t('tickets.policies.tiers')}: {list(p.tiers, '')}
                </span>
              </Flex>
            ),
          },
          {
            title: t('tickets.policies.calendar'),
            render: (_, p) =>
              `${t(`tickets.calendars.${p.calendar}`)} · ${p.hours.start}–${p.hours.end}`,
          },
          {
            title: t('tickets.sla.firstResponse'),
            render: (_, p) => <Minutes value={p.firstResponseMinutes} />,
          },
          {
            title: t('tickets.sla.resolution'),
            render: (_, p) => <Minutes value={p.resolutionMinutes} />,
          },
          {
            title: t('tickets.sla.nextResponse'),
            render: (_, p) =>
              p.nextResponseMinutes ? (
                <Minutes value={p.nextResponseMinutes} />
              ) : (
                t('tickets.policies.none_')
              ),
          },
          {
            title: '',
            render: (_, p) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} />
                <Popconfirm
                  title={t('tickets.policies.deleteConfirm')}
                  onConfirm={() => remove.mutate(p.id)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <PolicyEditor
          policy={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}

function PolicyEditor(props: { policy: Policy | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<PolicyValues>();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const p = props.policy;
  const save = useMutation({
    mutationFn: (v: PolicyValues) =>
      p
        ? unwrap(
            client.PATCH('/sla-policies/{id}', { params: { path: { id: p.id } }, body: bodyOf(v) }),
          )
        : unwrap(client.POST('/sla-policies', { body: bodyOf(v) })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ticketKeys.policies() });
      props.onClose();
    },
    onError: (err) => {
      const rest = applyFieldErrors(form, err, t, {
        known: [
          'name',
          'countries',
          'firstResponseMinutes',
          'resolutionMinutes',
          'nextResponseMinutes',
          'warnPercent',
        ],
        lists: ['countries'],
      });
      for (const e of rest) void message.error(e.message);
    },
  });
  const initial: Partial<PolicyValues> = p
    ? {
        name: p.name,
        position: p.position,
        priorities: p.priorities as PolicyValues['priorities'],
        types: p.types as PolicyValues['types'],
        countries: p.countries,
        tiers: p.tiers as PolicyValues['tiers'],
        calendar: p.calendar,
        hoursStart: p.hours.start,
        hoursEnd: p.hours.end,
        breakStart: p.breaks[0]?.start,
        breakEnd: p.breaks[0]?.end,
        firstResponseMinutes: p.firstResponseMinutes,
        resolutionMinutes: p.resolutionMinutes,
        nextResponseMinutes: p.nextResponseMinutes,
        warnPercent: p.warnPercent,
        pauseStatuses: p.pauseStatuses as PolicyValues['pauseStatuses'],
      }
    : {
        calendar: 'customer',
        hoursStart: '09:00',
        hoursEnd: '17:00',
        firstResponseMinutes: 240,
        resolutionMinutes: 2400,
        warnPercent: 80,
        pauseStatuses: ['pending_customer', 'on_hold'],
      };
  const hhmm = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' };
  const multi = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <FormModal
      open
      title={p ? p.name : t('tickets.policies.add')}
      form={form}
      initialValues={initial}
      onFinish={(v) => save.mutate(v)}
      onClose={props.onClose}
      saving={save.isPending}
      width={760}
      saveTestId="policy-save"
    >
      <Form.Item
        name="name"
        label={t('tickets.policies.name')}
        rules={[{ required: true, max: 120 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="position" label={t('tickets.policies.position')}>
        <InputNumber min={0} max={10000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="priorities" label={t('tickets.fields.priority')}>
        <Select
          mode="multiple"
          placeholder={t('tickets.policies.any')}
          options={multi(PRIORITIES, 'tickets.priorities')}
        />
      </Form.Item>
      <Form.Item name="types" label={t('tickets.fields.type')}>
        <Select
          mode="multiple"
          placeholder={t('tickets.policies.any')}
          options={multi(TYPES, 'tickets.types')}
        />
      </Form.Item>
      <Form.Item name="countries" label={t('tickets.policies.countries')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('tickets.policies.any')}
          options={countries}
        />
      </Form.Item>
      <Form.Item name="tiers" label={t('tickets.policies.tiers')}>
        <Select
          mode="multiple"
          placeholder={t('tickets.policies.any')}
          options={['A', 'B', 'C'].map((x) => ({ value: x, label: x }))}
        />
      </Form.Item>
      <Form.Item name="calendar" label={t('tickets.policies.calendar')}>
        <Select options={multi(CALENDARS, 'tickets.calendars')} />
      </Form.Item>
      <Form.Item label={t('tickets.policies.hours')}>
        <Space.Compact>
          <Form.Item name="hoursStart" noStyle rules={[{ required: true }, hhmm]}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="hoursEnd" noStyle rules={[{ required: true }, hhmm]}>
            <Input style={{ width: 90 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label={t('tickets.policies.break')}>
        <Space.Compact>
          <Form.Item name="breakStart" noStyle rules={[hhmm]}>
            <Input style={{ width: 90 }} placeholder="12:00" />
          </Form.Item>
          <Form.Item name="breakEnd" noStyle rules={[hhmm]}>
            <Input style={{ width: 90 }} placeholder="13:00" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="warnPercent" label={t('tickets.policies.warnPercent')}>
        <InputNumber min={1} max={99} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="firstResponseMinutes"
        label={t('tickets.policies.firstMinutes')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={525600} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="resolutionMinutes"
        label={t('tickets.policies.resolutionMinutes')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={525600} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="nextResponseMinutes"
        label={t('tickets.policies.nextMinutes')}
        tooltip={t('tickets.policies.nextHint')}
      >
        <InputNumber
          min={1}
          max={525600}
          style={{ width: '100%' }}
          placeholder={t('tickets.policies.none_')}
        />
      </Form.Item>
      <Form.Item
        name="pauseStatuses"
        label={t('tickets.policies.pauses')}
        style={{ gridColumn: '1 / -1' }}
      >
        <Select mode="multiple" options={multi(STATUSES, 'tickets.statuses')} />
      </Form.Item>
      <div style={{ gridColumn: '1 / -1' }}>
        <Preview form={form} />
      </div>
    </FormModal>
  );
}

/** Live preview: when a ticket opened at a chosen instant would be due, through POST /sla/due. */
function Preview({ form }: { form: ReturnType<typeof Form.useForm<PolicyValues>>[0] }) {
  const { t } = useTranslation();
  const [country, setCountry] = useState('DE');
  const [start, setStart] = useState('2026-12-24T15:00:00Z');
  const calendar = Form.useWatch('calendar', form);
  const hoursStart = Form.useWatch('hoursStart', form);
  const hoursEnd = Form.useWatch('hoursEnd', form);
  const minutes = Form.useWatch('resolutionMinutes', form);
  const { i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const body = {
    country,
    calendar: calendar ?? 'customer',
    start,
    minutes: minutes ?? 0,
    hours: hoursStart && hoursEnd ? { start: hoursStart, end: hoursEnd } : undefined,
  };
  const q = useQuery({
    queryKey: ['sla-due', body],
    queryFn: () => unwrap(client.POST('/sla/due', { body })),
    retry: false,
  });
  return (
    <Card size="small" title={t('tickets.preview.title')} data-testid="sla-preview">
      <Space wrap>
        <Select
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={country}
          onChange={setCountry}
          options={countries}
        />
        <Input style={{ width: 240 }} value={start} onChange={(e) => setStart(e.target.value)} />
      </Space>
      <div style={{ marginTop: 8 }}>
        {q.isError ? (
          <Typography.Text type="danger">{t('tickets.preview.invalid')}</Typography.Text>
        ) : q.data ? (
          <Flex vertical>
            <Typography.Text strong data-testid="sla-preview-due">
              {t('tickets.preview.due', {
                local: q.data.dueLocal
                  ? `${q.data.dueLocal.date} ${q.data.dueLocal.time} (${q.data.dueLocal.timeZone})`
                  : q.data.due,
              })}
            </Typography.Text>
            {q.data.explanation.skipped.map((d) => (
              <Typography.Text key={d.date} type="secondary">
                {d.date}:{' '}
                {d.reasons
                  .map((r) => (r.kind === 'weekend' ? t('tickets.weekend') : r.name))
                  .join(', ')}
              </Typography.Text>
            ))}
          </Flex>
        ) : null}
      </div>
    </Card>
  );
}
