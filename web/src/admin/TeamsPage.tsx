import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useNameOf, useTeams, useUsers } from '../api/queries.ts';
import type { Team } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

export function TeamsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const teams = useTeams();
  const users = useUsers().data ?? [];
  const names = useNameOf();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [form] = Form.useForm();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.teams() });
    void qc.invalidateQueries({ queryKey: qk.users() });
  };
  const submit = async (values: { name: string; memberIds: string[] }) => {
    try {
      if (editing && editing !== 'new')
        await unwrap(
          client.PATCH('/teams/{id}', { params: { path: { id: editing.id } }, body: values }),
        );
      else await unwrap(client.POST('/teams', { body: values }));
      void message.success(t('common.saved'));
      setEditing(null);
      refresh();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'memberIds'],
        lists: ['memberIds'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('teams.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('teams.new')}
        </Button>
      </Flex>
      <Table<Team>
        rowKey="id"
        loading={teams.isPending}
        dataSource={teams.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('teams.empty')} /> }}
        columns={[
          { title: t('teams.name'), dataIndex: 'name' },
          {
            title: t('teams.members'),
            render: (_, team) => team.memberIds.map((id) => <Tag key={id}>{names.user(id)}</Tag>),
          },
          {
            title: t('common.actions'),
            render: (_, team) => (
              <Space>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(team)}
                  aria-label={t('common.edit')}
                />
                <Popconfirm
                  title={t('teams.deleteConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={async () => {
                    try {
                      await unwrap(
                        client.DELETE('/teams/{id}', { params: { path: { id: team.id } } }),
                      );
                      refresh();
                    } catch (err) {
                      void message.error(err instanceof Error ? err.message : t('errors.generic'));
                    }
                  }}
                >
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                  />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <Modal
          open
          title={editing === 'new' ? t('teams.new') : t('teams.edit')}
          onCancel={() => setEditing(null)}
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
            initialValues={editing === 'new' ? { memberIds: [] } : editing}
          >
            <Form.Item
              name="name"
              label={t('teams.name')}
              rules={[{ required: true, message: t('errors.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="memberIds" label={t('teams.members')}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={users.map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Flex>
  );
}
