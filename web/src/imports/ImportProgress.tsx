import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Flex, Progress, Statistic, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, translateRowError } from '../lib/row-problems.ts';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';

const COUNTS = ['created', 'updated', 'merged', 'unchanged', 'rejected'] as const;

/** Polls an import until it ends: progress, counts and the first problems. */
export function ImportProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const job = useQuery({
    queryKey: qk.import(id),
    queryFn: () => unwrap(client.GET('/imports/{id}', { params: { path: { id } } })),
    refetchInterval: (q) =>
      q.state.data && ['done', 'failed'].includes(q.state.data.status) ? false : 500,
  });
  const finished = job.data && ['done', 'failed'].includes(job.data.status);
  useEffect(() => {
    if (finished) void qc.invalidateQueries({ queryKey: qk.imports() });
  }, [finished, qc]);
  const j = job.data;
  if (!j) return null;
  return (
    <Card title={`${j.source ?? j.fileName} · ${t(`imports.${j.status}`)}`}>
      <Flex vertical gap={16}>
        <Progress
          percent={Math.round(j.progress * 100)}
          status={j.status === 'failed' ? 'exception' : j.status === 'done' ? 'success' : 'active'}
        />
        {j.status === 'failed' && <Alert type="error" showIcon title={j.error} />}
        {j.dryRun && j.status === 'done' && (
          <Alert type="info" showIcon title={t('imports.dryRunDone')} />
        )}
        <Flex gap={32} wrap>
          {COUNTS.map((k) => (
            <Statistic key={k} title={t(`imports.counts.${k}`)} value={j.counts[k]} />
          ))}
        </Flex>
        {j.sanctionsHits && j.sanctionsHits.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('sanctions.importHits', { count: j.sanctionsHits.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {j.sanctionsHits.map((h) => (
                  <li key={h.reviewId}>
                    {h.subjectName} → {h.entryName} ({Math.round(h.score * 100)}%)
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {j.errors.length > 0 && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('imports.errors')}
            </Typography.Title>
            <Table
              size="small"
              rowKey={(e) => `${e.row}:${e.field}`}
              dataSource={j.errors}
              pagination={{ pageSize: 10 }}
              columns={[
                { title: t('imports.row'), dataIndex: 'row', width: 80 },
                {
                  title: t('imports.field'),
                  dataIndex: 'field',
                  width: 160,
                  render: (f: string) => fieldLabel(f, t),
                },
                {
                  title: t('imports.message'),
                  dataIndex: 'message',
                  render: (_: string, e) => translateRowError(e, t),
                },
              ]}
            />
            <a href={`/api/v1/imports/${j.id}/errors.csv`} download>
              {t('imports.downloadErrors')}
            </a>
          </>
        )}
      </Flex>
    </Card>
  );
}
