import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useNameOf, useTeams, useUsers } from '../api/queries.ts';
import type { BodyOf, User } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { ROLES } from '../../../src/domain/enums.ts';

function UserModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const teams = useTeams().data ?? [];
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    setSaving(true);
    const body = Object.fromEntries(
      Object.entries(values).filter(
        ([k, v]) =>
          v !== undefined &&
          v !== '' &&
          !(user && k === 'email') &&
          // Revoking tokens goes with a password reset only.
          !(k === 'revokeTokens' && (!values.password || !v)),
      ),
    );
    try {
      // The form's values, less the empty ones: the server checks them field by field.
      if (user)
        await unwrap(
          client.PATCH('/users/{id}', {
            params: { path: { id: user.id } },
            body,
          }),
        );
      else await unwrap(client.POST('/users', { body: body as BodyOf<'/users', 'post'> }));
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.users() });
      void qc.invalidateQueries({ queryKey: qk.teams() });
      onClose();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['email', 'name', 'password', 'role', 'teamIds', 'active'],
        lists: ['teamIds'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={user ? t('users.edit') : t('users.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={user ?? { role: 'rep', teamIds: [] }}
      >
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ required: !user, type: 'email', message: t('errors.email') }]}
        >
          <Input disabled={!!user} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('users.name')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('users.newPassword') : t('users.password')}
          extra={t('users.passwordHint')}
          rules={[{ required: !user, min: 10, message: t('users.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {user && (
          <Form.Item
            name="revokeTokens"
            valuePropName="checked"
            extra={t('users.resetEndsSessions')}
          >
            <Checkbox>{t('users.revokeTokens')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="role" label={t('users.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="teamIds" label={t('users.teams')}>
          <Select mode="multiple" options={teams.map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
        {user && (
          <Form.Item name="active" label={t('users.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const users = useUsers();
  const names = useNameOf();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  if (me.role !== 'admin') return <Result status="403" title={t('users.onlyAdmins')} />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('users.new')}
        </Button>
      </Flex>
      <Table<User>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={false}
        columns={[
          { title: t('users.name'), dataIndex: 'name' },
          { title: t('users.email'), dataIndex: 'email' },
          { title: t('users.role'), render: (_, u) => t(`roles.${u.role}`) },
          {
            title: t('users.teams'),
            render: (_, u) => u.teamIds.map((id) => <Tag key={id}>{names.team(id)}</Tag>),
          },
          {
            title: t('users.active'),
            render: (_, u) =>
              u.active ? (
                <Tag color="green">{t('users.active')}</Tag>
              ) : (
                <Tag>{t('users.inactive')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Button
                type="text"
                icon={<EditOutlined />}
                onClick={() => setEditing(u)}
                aria-label={t('common.edit')}
              />
            ),
          },
        ]}
      />
      {editing && (
        <UserModal
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
