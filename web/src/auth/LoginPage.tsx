import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, setCsrfToken, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import type { MeData } from './session.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const res = await unwrap(client.POST('/auth/login', { body: values }));
      setCsrfToken(res.csrfToken);
      qc.setQueryData<MeData>(qk.me(), { user: res.user, workspace: res.workspace });
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 429
          ? t('login.tooMany')
          : err instanceof ApiError && err.status === 401
            ? t('login.incorrect')
            : t('errors.generic'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f4f8' }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {error && (
          <Alert
            type="error"
            title={error}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="email"
            label={t('login.email')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}
        >
          {t('login.demo')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
