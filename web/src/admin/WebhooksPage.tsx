import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Result,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES } from '../../../src/domain/events.ts';
import { client, unwrap } from '../api/client.ts';
import type { WebhookEventType } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { WebhookCard } from './WebhookCard.tsx';

interface Values {
  url: string;
  description?: string;
  eventTypes: WebhookEventType[];
  allowPrivateNetwork?: boolean;
}

/** Outbound webhooks: endpoints, their status and delivery log (admins only, as the API). */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;
  return <WebhooksManager />;
}

function WebhooksManager() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const hooks = useQuery({
    queryKey: qk.webhooks(),
    queryFn: () => unwrap(client.GET('/webhooks')),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.webhooks() });

  const create = async (v: Values) => {
    setSaving(true);
    try {
      const made = await unwrap(
        client.POST('/webhooks', {
          body: {
            url: v.url.trim(),
            eventTypes: v.eventTypes,
            ...(v.description ? { description: v.description } : {}),
            allowPrivateNetwork: Boolean(v.allowPrivateNetwork),
          },
        }),
      );
      setAdding(false);
      setSecret(made.secret);
      refresh();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['url', 'description', 'eventTypes', 'allowPrivateNetwork'],
      });
      if (rest.length) void message.error(rest.map((e) => `${e.path} ${e.message}`).join('; '));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('webhooks.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('webhooks.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('webhooks.hint')}
      </Typography.Paragraph>
      <List
        loading={hooks.isPending}
        dataSource={hooks.data?.items ?? []}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('webhooks.empty')} /> }}
        renderItem={(h) => <WebhookCard hook={h} onChanged={refresh} onSecret={setSecret} />}
      />
      <Modal
        open={adding}
        title={t('webhooks.add')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        okButtonProps={{ 'data-testid': 'webhook-save' }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ eventTypes: ['customer.created'] }}
          onFinish={create}
          preserve={false}
        >
          <Form.Item
            name="url"
            label={t('webhooks.url')}
            extra={t('webhooks.urlHint')}
            rules={[{ required: true }]}
          >
            <Input maxLength={2000} placeholder="https://" inputMode="url" />
          </Form.Item>
          <Form.Item name="description" label={t('webhooks.description')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="eventTypes" label={t('webhooks.events')} rules={[{ required: true }]}>
            <Checkbox.Group
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
              }}
              options={EVENT_TYPES.map((e) => ({ value: e, label: t(`webhooks.eventTypes.${e}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="allowPrivateNetwork"
            valuePropName="checked"
            extra={t('webhooks.allowPrivateHint')}
          >
            <Checkbox>{t('webhooks.allowPrivate')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={secret !== null}
        title={t('webhooks.secretTitle')}
        onCancel={() => setSecret(null)}
        footer={<Button onClick={() => setSecret(null)}>{t('webhooks.secretDone')}</Button>}
      >
        <Flex vertical gap={12}>
          <Alert type="warning" showIcon message={t('webhooks.secretOnce')} />
          <Typography.Text
            code
            copyable={{ text: secret ?? '', tooltips: [undefined, t('webhooks.copied')] }}
            style={{ wordBreak: 'break-all' }}
            data-testid="webhook-secret"
          >
            {secret}
          </Typography.Text>
        </Flex>
      </Modal>
    </Flex>
  );
}
