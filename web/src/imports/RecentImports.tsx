import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { ImportJob } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { formatDateTime } from '../lib/format.ts';

/** The latest imports: when, who, dry run or real, and what each did. A click opens its progress. */
export function RecentImports({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const recent = useQuery({
    queryKey: qk.imports(),
    queryFn: () => unwrap(client.GET('/imports')),
  });
  return (
    <Card title={t('imports.recent')}>
      <Table<ImportJob>
        size="small"
        rowKey="id"
        data-testid="recent-imports"
        loading={recent.isPending}
        dataSource={recent.data?.items ?? []}
        locale={{ emptyText: t('imports.none') }}
        pagination={false}
        scroll={{ x: true }}
        onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('imports.when'),
            render: (_, r) => formatDateTime(r.createdAt, i18n.language),
          },
          { title: t('imports.who'), render: (_, r) => r.createdByName ?? t('common.none') },
          { title: t('imports.file'), render: (_, r) => r.source ?? r.fileName },
          {
            title: t('imports.kind'),
            render: (_, r) =>
              r.dryRun ? (
                <Tag color="gold">{t('imports.dryRun')}</Tag>
              ) : (
                <Tag color="blue">{t('imports.realRun')}</Tag>
              ),
          },
          {
            title: t('imports.counts.created'),
            align: 'right',
            render: (_, r) => r.counts.created,
          },
          {
            title: t('imports.counts.updated'),
            align: 'right',
            render: (_, r) => r.counts.updated,
          },
          { title: t('imports.counts.merged'), align: 'right', render: (_, r) => r.counts.merged },
          {
            title: t('imports.counts.rejected'),
            align: 'right',
            render: (_, r) => r.counts.rejected,
          },
          {
            title: t('imports.status'),
            render: (_, r) => t(`imports.${r.status}` as 'imports.done'),
          },
        ]}
      />
    </Card>
  );
}
