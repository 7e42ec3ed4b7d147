import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useCustomFields, useProductFields } from '../api/queries.ts';
import type { BodyOf, CustomField } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

const TYPES = ['text', 'number', 'date', 'select'] as const;

export function CustomFieldsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  // Customers' fields, or (a tab away) products'.
  const [entity, setEntity] = useState<'customer' | 'product'>('customer');
  const customerFields = useCustomFields();
  const productFields = useProductFields();
  const fields = entity === 'customer' ? customerFields : productFields;
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const type = Form.useWatch<string | undefined>('type', form);
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.customFields() });

  const submit = async (values: Record<string, unknown>) => {
    try {
      await unwrap(
        client.POST('/custom-fields', {
          body: { ...values, entity } as BodyOf<'/custom-fields', 'post'>,
        }),
      );
      setOpen(false);
      refresh();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['key', 'label', 'type', 'options'],
        lists: ['options'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('customFields.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('customFields.new')}
        </Button>
      </Flex>
      <Segmented
        value={entity}
        onChange={setEntity}
        options={(['customer', 'product'] as const).map((v) => ({
          value: v,
          label: t(`products.fieldEntity.${v}`),
        }))}
      />
      <Table<CustomField>
        rowKey="id"
        loading={fields.isPending}
        dataSource={fields.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('customFields.empty')} /> }}
        columns={[
          { title: t('customFields.label'), dataIndex: 'label' },
          { title: t('customFields.key'), render: (_, f) => <code>{f.key}</code> },
          { title: t('customFields.type'), render: (_, f) => t(`customFields.types.${f.type}`) },
          {
            title: t('customFields.options'),
            render: (_, f) => f.options.map((o) => <Tag key={o}>{o}</Tag>),
          },
          {
            title: t('common.actions'),
            render: (_, f) => (
              <Popconfirm
                title={t('customFields.deleteConfirm')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={async () => {
                  await unwrap(
                    client.DELETE('/custom-fields/{id}', { params: { path: { id: f.id } } }),
                  );
                  refresh();
                }}
              >
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                />
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('customFields.new')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={{ type: 'text', options: [] }}
        >
          <Form.Item
            name="label"
            label={t('customFields.label')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="key"
            label={t('customFields.key')}
            extra={t('customFields.keyHint')}
            rules={[
              {
                required: true,
                pattern: /^[a-z][a-z0-9_]{0,39}$/,
                message: t('customFields.keyHint'),
              },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="type" label={t('customFields.type')}>
            <Select
              options={TYPES.map((x) => ({ value: x, label: t(`customFields.types.${x}`) }))}
            />
          </Form.Item>
          {type === 'select' && (
            <Form.Item
              name="options"
              label={t('customFields.options')}
              rules={[{ required: true, type: 'array', min: 1, message: t('errors.required') }]}
            >
              <Select mode="tags" tokenSeparators={[',']} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
