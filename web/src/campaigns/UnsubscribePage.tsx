import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, ConfigProvider, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';

const key = (token: string) => ['unsubscribe', token] as const;

/**
 * The page a contact opens from a campaign mail's unsubscribe link, without an account: its words
 * come from the server in the contact's language (right to left for Arabic). Opening it changes
 * nothing (mail scanners follow links); only the button unsubscribes.
 */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: key(token),
    queryFn: () =>
      unwrap(client.GET('/public/unsubscribe/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: () =>
      unwrap(client.POST('/public/unsubscribe/{token}', { params: { path: { token } } })),
    onSuccess: (data) => qc.setQueryData(key(token), data),
  });
  if (q.isPending) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  const r = q.data;
  if (!r)
    return (
      <Result
        status="404"
        title={t('campaigns.unsubscribe.notFoundTitle')}
        subTitle={t('campaigns.unsubscribe.notFound')}
        data-testid="unsubscribe-404"
      />
    );
  const L = r.labels;
  return (
    <ConfigProvider direction={r.dir}>
      <div dir={r.dir} lang={r.language} style={{ maxWidth: 560, margin: '0 auto', padding: 16 }}>
        <Card data-testid="unsubscribe-page">
          <Typography.Title level={3}>{L.title}</Typography.Title>
          {r.unsubscribed ? (
            <Alert type="success" showIcon title={L.done} data-testid="unsubscribe-done" />
          ) : (
            <>
              <Typography.Paragraph>{L.question}</Typography.Paragraph>
              {confirm.error && (
                <Alert
                  type="error"
                  showIcon
                  title={confirm.error.message}
                  style={{ marginBottom: 12 }}
                />
              )}
              <Button
                type="primary"
                danger
                block
                loading={confirm.isPending}
                onClick={() => confirm.mutate()}
                data-testid="unsubscribe-confirm"
              >
                {L.confirm}
              </Button>
            </>
          )}
        </Card>
      </div>
    </ConfigProvider>
  );
}
