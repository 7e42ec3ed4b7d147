import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, ConfigProvider, Input, Radio, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { fetchPublicSurvey } from './api.ts';

/**
 * The page a contact opens from a survey link, without an account: the question in their
 * language (right to left for Arabic), the scale, a comment, and their answer while it can still
 * change. It shows nothing of the workspace but the ticket's subject.
 */
export function PublicSurveyPage() {
  const { token = '' } = useParams();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: qk.feedback.survey(token),
    queryFn: () => fetchPublicSurvey(token),
    retry: false,
  });
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/public/surveys/{token}', {
          params: { path: { token } },
          body: { score: score ?? 0, comment: comment ?? q.data?.answer?.comment ?? null },
        }),
      ),
    onSuccess: (data) => qc.setQueryData(qk.feedback.survey(token), data),
  });
  if (q.isPending) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  const s = q.data;
  if (!s) return <Result status="404" title="404" subTitle="This survey link is not valid." />;
  const L = s.labels;
  const chosen = score ?? s.answer?.score ?? null;
  const values = Array.from({ length: s.scale.max - s.scale.min + 1 }, (_, i) => s.scale.min + i);
  const locked = s.answer?.locked ?? false;
  const error =
    send.error instanceof ApiError && send.error.status === 409 ? L.closed : send.error?.message;
  return (
    <ConfigProvider direction={s.rtl ? 'rtl' : 'ltr'}>
      <div
        dir={s.rtl ? 'rtl' : 'ltr'}
        lang={s.language}
        style={{ maxWidth: 640, margin: '0 auto', padding: 16 }}
      >
        <Card data-testid="public-survey">
          {s.subject && (
            <Typography.Paragraph type="secondary">
              {L.request}: <Typography.Text strong>{s.subject}</Typography.Text>
            </Typography.Paragraph>
          )}
          <Typography.Title level={4}>
            {s.kind === 'nps' ? L.npsQuestion : L.csatQuestion}
          </Typography.Title>
          <Radio.Group
            value={chosen}
            onChange={(e) => setScore(e.target.value as number)}
            disabled={locked}
            optionType="button"
            buttonStyle="solid"
            style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
            options={values.map((v) => ({ value: v, label: String(v) }))}
            data-testid="survey-scale"
          />
          <div style={{ display: 'flex', justifyContent: 'space-between', margin: '4px 0 16px' }}>
            <Typography.Text type="secondary">{L.low}</Typography.Text>
            <Typography.Text type="secondary">{L.high}</Typography.Text>
          </div>
          <Typography.Text>{s.kind === 'nps' ? L.npsComment : L.csatComment}</Typography.Text>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            disabled={locked}
            value={comment ?? s.answer?.comment ?? ''}
            onChange={(e) => setComment(e.target.value)}
            style={{ margin: '8px 0 16px' }}
            data-testid="survey-comment"
          />
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          {s.answer && !send.isPending && (
            <Alert
              type={locked ? 'info' : 'success'}
              showIcon
              style={{ marginBottom: 12 }}
              title={locked ? L.closed : L.thanks}
              description={
                locked
                  ? undefined
                  : `${L.changeUntil} ${new Date(s.answer.changeableUntil).toLocaleString(s.language)}`
              }
            />
          )}
          <Button
            type="primary"
            block
            disabled={chosen === null || locked}
            loading={send.isPending}
            onClick={() => send.mutate()}
            data-testid="survey-send"
          >
            {L.submit}
          </Button>
        </Card>
      </div>
    </ConfigProvider>
  );
}
