import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { PRIORITIES } from './api.ts';

const rulesKey = () => ['escalation-rules'] as const;
const fetchRules = () => unwrap(client.GET('/escalation-rules'));
type Rule = Awaited<ReturnType<typeof fetchRules>>['items'][number];
const TRIGGERS = ['warning', 'breach'] as const;
const TARGETS = ['any', 'first_response', 'resolution', 'next_response'] as const;

interface Values {
  name: string;
  enabled: boolean;
  trigger: Rule['trigger'];
  target: Rule['target'];
  priorities: Rule['priorities'];
  teamIds: string[];
  reassignToId: string;
  raisePriority: boolean;
  notify: boolean;
}

/** Admin → Escalation rules: what happens when a ticket nears or passes its SLA. Cards fit a phone. */
export function EscalationRulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: rulesKey(), queryFn: fetchRules });
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: rulesKey() });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(client.DELETE('/escalation-rules/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void message.success(t('escalations.deleted'));
      refresh();
    },
    onError: (err) => void message.error(err.message),
  });
  const toggle = useMutation({
    mutationFn: (r: Rule) =>
      unwrap(
        client.PATCH('/escalation-rules/{id}', {
          params: { path: { id: r.id } },
          body: { enabled: !r.enabled },
        }),
      ),
    onSuccess: refresh,
    onError: (err) => void message.error(err.message),
  });
  const items = q.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('escalations.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('escalations.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('escalations.intro')}
      </Typography.Paragraph>
      {q.isPending && <Card loading />}
      {!q.isPending && items.length === 0 && <Empty description={t('escalations.empty')} />}
      {items.map((r) => (
        <Card
          key={r.id}
          size="small"
          title={
            <Space wrap>
              <span>{r.name}</span>
              <Tag color={r.trigger === 'breach' ? 'red' : 'orange'}>
                {t(`escalations.triggers.${r.trigger}`)}
              </Tag>
              <Tag>{t(`escalations.targets.${r.target}`)}</Tag>
            </Space>
          }
          extra={
            <Space>
              <Switch
                size="small"
                checked={r.enabled}
                onChange={() => toggle.mutate(r)}
                aria-label={r.enabled ? t('escalations.enabled') : t('escalations.disabled')}
              />
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} />
              <Popconfirm
                title={t('escalations.deleteConfirm')}
                onConfirm={() => remove.mutate(r.id)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} />
              </Popconfirm>
            </Space>
          }
        >
          <Flex vertical gap={2}>
            <span>
              {t('escalations.priorities')}:{' '}
              {r.priorities.length
                ? r.priorities.map((p) => t(`tickets.priorities.${p}`)).join(', ')
                : t('escalations.any')}
            </span>
            <span>
              {t('escalations.actions')}:{' '}
              {[
                r.reassignToName ? `${t('escalations.reassignTo')} ${r.reassignToName}` : null,
                r.raisePriority ? t('escalations.raisePriority') : null,
                r.notify ? t('escalations.notify') : null,
              ]
                .filter(Boolean)
                .join(' · ') || '—'}
            </span>
          </Flex>
        </Card>
      ))}
      {editing && (
        <RuleEditor rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}

function RuleEditor(props: { rule: Rule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const users = useUsers().data ?? [];
  const teams = useQuery({
    queryKey: ['support-teams'],
    queryFn: () => unwrap(client.GET('/support-teams')),
  });
  const r = props.rule;
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { ...v, reassignToId: v.reassignToId || null };
      return r
        ? unwrap(client.PATCH('/escalation-rules/{id}', { params: { path: { id: r.id } }, body }))
        : unwrap(client.POST('/escalation-rules', { body }));
    },
    onSuccess: () => {
      void message.success(t('escalations.saved'));
      void qc.invalidateQueries({ queryKey: rulesKey() });
      props.onClose();
    },
    onError: (err) => {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'reassignToId', 'teamIds'],
        lists: ['teamIds'],
      });
      for (const e of rest) void message.error(e.message);
    },
  });
  const initial: Partial<Values> = r
    ? { ...r, reassignToId: r.reassignToId ?? '' }
    : {
        enabled: true,
        trigger: 'breach',
        target: 'any',
        priorities: [],
        teamIds: [],
        reassignToId: '',
        raisePriority: true,
        notify: true,
      };
  const full = { gridColumn: '1 / -1' };
  return (
    <FormModal
      open
      title={r ? t('escalations.edit') : t('escalations.add')}
      form={form}
      initialValues={initial}
      onFinish={(v) => save.mutate(v)}
      onClose={props.onClose}
      saving={save.isPending}
      width={640}
      saveTestId="escalation-save"
    >
      <Form.Item
        name="name"
        label={t('escalations.name')}
        rules={[{ required: true }]}
        style={full}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="trigger" label={t('escalations.trigger')}>
        <Select
          options={TRIGGERS.map((v) => ({ value: v, label: t(`escalations.triggers.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="target" label={t('escalations.target')}>
        <Select
          options={TARGETS.map((v) => ({ value: v, label: t(`escalations.targets.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="priorities" label={t('escalations.priorities')}>
        <Select
          mode="multiple"
          placeholder={t('escalations.any')}
          options={PRIORITIES.map((v) => ({ value: v, label: t(`tickets.priorities.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="teamIds" label={t('escalations.teams')}>
        <Select
          mode="multiple"
          placeholder={t('escalations.any')}
          options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
      </Form.Item>
      <Form.Item name="reassignToId" label={t('escalations.reassignTo')} style={full}>
        <Select
          showSearch
          optionFilterProp="label"
          options={[
            { value: '', label: t('escalations.noReassign') },
            ...users.map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
      </Form.Item>
      <Form.Item name="raisePriority" valuePropName="checked">
        <Checkbox>{t('escalations.raisePriority')}</Checkbox>
      </Form.Item>
      <Form.Item name="notify" valuePropName="checked">
        <Checkbox>{t('escalations.notify')}</Checkbox>
      </Form.Item>
      <Form.Item name="enabled" valuePropName="checked">
        <Checkbox>{t('escalations.enabled')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
