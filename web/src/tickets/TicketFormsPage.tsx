import { CopyOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Result,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { useSession } from '../auth/session.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { PRIORITIES, TYPES } from './api.ts';

const listForms = () => unwrap(client.GET('/ticket-forms'));
const formsKey = ['ticket-forms'] as const;
type TicketForm = Awaited<ReturnType<typeof listForms>>['items'][number];

interface Values {
  key: string;
  name: string;
  enabled: boolean;
  origins?: string;
  defaultType: (typeof TYPES)[number];
  defaultPriority: (typeof PRIORITIES)[number];
  ownerId?: string;
}

/** Public "new ticket" forms (admins only; the API answers 403 to everyone else). */
export function TicketFormsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;
  return <TicketFormsManager />;
}

function TicketFormsManager() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const users = useUsers().data ?? [];
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<TicketForm | 'new' | null>(null);
  const [saving, setSaving] = useState(false);
  const forms = useQuery({ queryKey: formsKey, queryFn: listForms });
  const refresh = () => void qc.invalidateQueries({ queryKey: formsKey });
  const absolute = (path: string) => `${window.location.origin}${path}`;
  const copy = (text: string) =>
    void navigator.clipboard.writeText(text).then(() => message.success(t('ticketForms.copied')));
  const patch = (id: string, body: { enabled: boolean }) =>
    unwrap(client.PATCH('/ticket-forms/{id}', { params: { path: { id } }, body })).then(refresh);

  const save = async (v: Values) => {
    setSaving(true);
    const body = {
      key: v.key,
      name: v.name,
      enabled: v.enabled,
      defaultType: v.defaultType,
      defaultPriority: v.defaultPriority,
      ...(v.ownerId ? { ownerId: v.ownerId } : {}),
      allowedOrigins: (v.origins ?? '').split(/\s+/).filter(Boolean),
    };
    try {
      if (editing === 'new') await unwrap(client.POST('/ticket-forms', { body }));
      else if (editing)
        await unwrap(
          client.PATCH('/ticket-forms/{id}', { params: { path: { id: editing.id } }, body }),
        );
      setEditing(null);
      refresh();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['key', 'name', 'ownerId', 'defaultType', 'defaultPriority'],
      });
      if (rest.length) void message.error(rest.map((e) => `${e.path} ${e.message}`).join('; '));
    } finally {
      setSaving(false);
    }
  };

  const initial: Partial<Values> =
    editing && editing !== 'new'
      ? {
          key: editing.key,
          name: editing.name,
          enabled: editing.enabled,
          origins: editing.allowedOrigins.join('\n'),
          defaultType: editing.defaultType,
          defaultPriority: editing.defaultPriority,
          ownerId: editing.ownerId,
        }
      : { enabled: true, defaultType: 'question', defaultPriority: 'normal' };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ticketForms.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('ticketForms.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('ticketForms.hint')}
      </Typography.Paragraph>
      <List
        loading={forms.isPending}
        dataSource={forms.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('ticketForms.none')} /> }}
        renderItem={(f) => (
          <Card
            style={{ marginBottom: 12 }}
            title={f.name}
            extra={
              <Space wrap>
                <Switch
                  checked={f.enabled}
                  checkedChildren={t('ticketForms.enabled')}
                  unCheckedChildren={t('ticketForms.disabled')}
                  onChange={(enabled) => void patch(f.id, { enabled })}
                />
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(f)} />
                <Popconfirm
                  title={t('ticketForms.deleteConfirm')}
                  onConfirm={() =>
                    void unwrap(
                      client.DELETE('/ticket-forms/{id}', { params: { path: { id: f.id } } }),
                    ).then(refresh)
                  }
                >
                  <Button danger size="small" icon={<DeleteOutlined />} />
                </Popconfirm>
              </Space>
            }
          >
            <Flex vertical gap={8}>
              <Typography.Text>
                {t('ticketForms.defaultType')}: {t(`tickets.types.${f.defaultType}`)} ·{' '}
                {t('ticketForms.defaultPriority')}: {t(`tickets.priorities.${f.defaultPriority}`)}
              </Typography.Text>
              <Typography.Text>
                {t('ticketForms.origins')}: {f.allowedOrigins.join(', ') || t('common.none')}
              </Typography.Text>
              {(['publicUrl', 'postUrl'] as const).map((k) => (
                <Flex key={k} gap={8} align="center" wrap>
                  <Typography.Text>
                    {t(k === 'publicUrl' ? 'ticketForms.page' : 'ticketForms.postUrl')}:
                  </Typography.Text>
                  <Typography.Text code style={{ wordBreak: 'break-all' }}>
                    {absolute(f[k])}
                  </Typography.Text>
                  <Button
                    size="small"
                    icon={<CopyOutlined />}
                    onClick={() => copy(absolute(f[k]))}
                  />
                  {k === 'publicUrl' && (
                    <a href={f.publicUrl} target="_blank" rel="noreferrer">
                      {t('ticketForms.open')}
                    </a>
                  )}
                </Flex>
              ))}
            </Flex>
          </Card>
        )}
      />
      <FormModal<Values>
        open={editing !== null}
        title={t(editing === 'new' ? 'ticketForms.add' : 'ticketForms.edit')}
        form={form}
        initialValues={initial}
        onFinish={save}
        onClose={() => setEditing(null)}
        saving={saving}
        width={640}
        saveTestId="ticket-form-save"
      >
        <Form.Item name="name" label={t('ticketForms.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('ticketForms.key')}
          extra={t('ticketForms.keyHint')}
          rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{1,39}$/ }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="defaultType" label={t('ticketForms.defaultType')}>
          <Select options={TYPES.map((v) => ({ value: v, label: t(`tickets.types.${v}`) }))} />
        </Form.Item>
        <Form.Item name="defaultPriority" label={t('ticketForms.defaultPriority')}>
          <Select
            options={PRIORITIES.map((v) => ({ value: v, label: t(`tickets.priorities.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="ownerId" label={t('ticketForms.owner')}>
          <Select allowClear options={users.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="enabled" label={t('ticketForms.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="origins"
          label={t('ticketForms.origins')}
          extra={t('ticketForms.originsHint')}
          style={{ gridColumn: '1 / -1' }}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
