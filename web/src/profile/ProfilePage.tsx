import {
  App,
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { ApiToken } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { TimeZoneSetting } from './TimeZoneSetting.tsx';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const qc = useQueryClient();
  const [pwForm] = Form.useForm();
  const [newToken, setNewToken] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: qk.tokens(),
    queryFn: () => unwrap(client.GET('/me/tokens')).then((r) => r.items),
  });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('profile.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph>
          {user.name} · {user.email} · {t(`roles.${user.role}`)}
        </Typography.Paragraph>
        <Flex gap={12} align="center">
          {t('profile.language')} <LanguageSwitch signedIn />
        </Flex>
        <div style={{ marginTop: 16 }}>
          <TimeZoneSetting />
        </div>
      </Card>
      <Card size="small">
        <Link to="/profile/mailboxes" data-testid="profile-mailboxes">
          {t('mail.profileLink')}
        </Link>
      </Card>
      <Card title={t('profile.changePassword')}>
        <Form
          form={pwForm}
          layout="vertical"
          style={{ maxWidth: 360 }}
          onFinish={async (v: {
            currentPassword: string;
            newPassword: string;
            revokeTokens?: boolean;
          }) => {
            try {
              await unwrap(client.PATCH('/me', { body: v }));
              void message.success(t('profile.passwordChanged'));
              pwForm.resetFields();
            } catch (err) {
              applyFieldErrors(pwForm, err, t, { known: ['currentPassword', 'newPassword'] });
            }
          }}
        >
          <Form.Item
            name="currentPassword"
            label={t('profile.currentPassword')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('profile.newPassword')}
            extra={t('users.passwordHint')}
            rules={[{ required: true, min: 10, message: t('users.passwordHint') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="revokeTokens"
            valuePropName="checked"
            extra={t('profile.otherSessionsEnd')}
          >
            <Checkbox>{t('profile.revokeTokens')}</Checkbox>
          </Form.Item>
          <Button htmlType="submit">{t('common.save')}</Button>
        </Form>
      </Card>
      <Card title={t('profile.tokens')}>
        <Typography.Paragraph type="secondary">{t('profile.tokensHint')}</Typography.Paragraph>
        {newToken && (
          <Alert
            type="success"
            showIcon
            title={t('profile.tokenCreated')}
            description={
              <Typography.Text copyable code>
                {newToken}
              </Typography.Text>
            }
            style={{ marginBottom: 16 }}
            closable
            onClose={() => setNewToken(null)}
          />
        )}
        <Form
          layout="inline"
          style={{ marginBottom: 16 }}
          onFinish={async (v: { name: string }) => {
            const res = await unwrap(client.POST('/me/tokens', { body: v }));
            setNewToken(res.token);
            void qc.invalidateQueries({ queryKey: qk.tokens() });
          }}
        >
          <Form.Item name="name" rules={[{ required: true, message: t('errors.required') }]}>
            <Input placeholder={t('profile.tokenName')} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('profile.createToken')}
          </Button>
        </Form>
        <Table<ApiToken>
          rowKey="id"
          size="small"
          pagination={false}
          loading={tokens.isPending}
          dataSource={tokens.data ?? []}
          columns={[
            { title: t('profile.tokenName'), dataIndex: 'name' },
            {
              title: t('customers.fields.createdAt'),
              render: (_, x) => formatDateTime(x.createdAt, i18n.language),
            },
            {
              title: t('profile.lastUsed'),
              render: (_, x) =>
                x.lastUsedAt ? formatDateTime(x.lastUsedAt, i18n.language) : t('profile.never'),
            },
            {
              title: t('common.actions'),
              render: (_, x) =>
                x.revokedAt ? (
                  <Tag>{t('profile.revoked')}</Tag>
                ) : (
                  <Popconfirm
                    title={t('profile.revoke')}
                    okText={t('common.yes')}
                    cancelText={t('common.no')}
                    onConfirm={async () => {
                      await unwrap(
                        client.DELETE('/me/tokens/{id}', { params: { path: { id: x.id } } }),
                      );
                      void qc.invalidateQueries({ queryKey: qk.tokens() });
                    }}
                  >
                    <Button danger size="small">
                      {t('profile.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
