import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Result, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import type { Reason } from './types.ts';

interface Names {
  nameEn: string;
  nameZh: string;
}

/** Admin page: the win/loss reasons, named in English and Chinese; switched off, never deleted. */
export function TenderReasonsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const qc = useQueryClient();
  const [form] = Form.useForm<Names>();
  const [editing, setEditing] = useState<Reason | 'new' | null>(null);
  const reasons = useQuery({
    queryKey: qk.tenders.reasons(true),
    queryFn: () =>
      unwrap(client.GET('/tender-reasons', { params: { query: { includeInactive: true } } })).then(
        (r) => r.items,
      ),
    enabled: user.role === 'admin',
  });
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.tenders.allReasons() });
    void qc.invalidateQueries({ queryKey: qk.tenders.all() });
  };
  const toggle = async (r: Reason, active: boolean) => {
    await unwrap(
      client.PATCH('/tender-reasons/{id}', { params: { path: { id: r.id } }, body: { active } }),
    );
    refresh();
  };
  const save = async (v: Names) => {
    try {
      if (editing === 'new') await unwrap(client.POST('/tender-reasons', { body: v }));
      else if (editing)
        await unwrap(
          client.PATCH('/tender-reasons/{id}', { params: { path: { id: editing.id } }, body: v }),
        );
      void message.success(t('common.saved'));
      setEditing(null);
      refresh();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: ['nameEn', 'nameZh'] });
      if (rest.length) void message.error(rest.map((e) => e.message).join('; '));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tenders.reasonsAdmin.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('tenders.reasonsAdmin.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('tenders.reasonsAdmin.hint')}
      </Typography.Paragraph>
      <Table<Reason>
        rowKey="id"
        size="small"
        loading={reasons.isPending}
        dataSource={reasons.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('tenders.reasonsAdmin.active'),
            width: 80,
            render: (_, r) => (
              <Switch
                checked={r.active}
                aria-label={t('tenders.reasonsAdmin.active')}
                onChange={(on) => void toggle(r, on)}
              />
            ),
          },
          { title: t('tenders.reasonsAdmin.nameEn'), render: (_, r) => r.name.en },
          { title: t('tenders.reasonsAdmin.nameZh'), render: (_, r) => r.name.zh },
          {
            key: 'edit',
            width: 90,
            render: (_, r) => (
              <Button size="small" onClick={() => setEditing(r)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('tenders.reasonsAdmin.add') : t('common.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form<Names>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={
            editing && editing !== 'new' ? { nameEn: editing.name.en, nameZh: editing.name.zh } : {}
          }
          onFinish={(v) => void save(v)}
        >
          <Form.Item
            name="nameEn"
            label={t('tenders.reasonsAdmin.nameEn')}
            rules={[{ required: true }]}
          >
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item
            name="nameZh"
            label={t('tenders.reasonsAdmin.nameZh')}
            rules={[{ required: true }]}
          >
            <Input maxLength={80} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
