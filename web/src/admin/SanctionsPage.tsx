import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  Result,
  Select,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, formBody, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { formatDateTime } from '../lib/format.ts';
import { uploadProblem } from '../lib/row-problems.ts';
import { SanctionsReviews } from './SanctionsReviews.tsx';

type Upload = ResponseOf<'/sanctions/lists', 'post'>;
type Format = Upload['list']['format'];
const FORMATS: Format[] = ['ofac-sdn-xml', 'ofac-sdn-csv', 'eu-xml', 'un-xml', 'csv'];

/** The admin's sanctions page: import lists, see what is held, decide the hits. */
export function SanctionsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const phone = useIsPhone();
  const qc = useQueryClient();
  const [format, setFormat] = useState<Format>('ofac-sdn-xml');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Upload | null>(null);
  const lists = useQuery({
    queryKey: qk.sanctionsLists(),
    queryFn: () => unwrap(client.GET('/sanctions/lists')),
    enabled: user.role === 'admin',
  });
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;

  const upload = async (file: File) => {
    const form = new FormData();
    form.append('format', format);
    if (name.trim()) form.append('name', name.trim());
    form.append('file', file);
    setBusy(true);
    try {
      const r = await unwrap(client.POST('/sanctions/lists', formBody(form)));
      setResult(r);
      void qc.invalidateQueries({ queryKey: ['sanctions'] });
    } catch (err) {
      void message.error(uploadProblem(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3}>{t('sanctions.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sanctions.intro')}</Typography.Paragraph>
      <Card title={t('sanctions.upload')} size="small">
        <Flex vertical={phone} gap={8} wrap>
          <Select
            aria-label={t('sanctions.format')}
            value={format}
            onChange={setFormat}
            style={{ minWidth: phone ? '100%' : 320 }}
            options={FORMATS.map((f) => ({ value: f, label: t(`sanctions.formats.${f}`) }))}
          />
          <Input
            placeholder={t('sanctions.listName')}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            style={{ width: phone ? '100%' : 220 }}
          />
          <Upload
            accept=".xml,.csv,.txt"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} block={phone}>
              {t('sanctions.chooseFile')}
            </Button>
          </Upload>
        </Flex>
        {result && (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            message={t('sanctions.imported', {
              name: result.list.name,
              version: result.list.version,
              ...result.report,
            })}
          />
        )}
      </Card>
      <Card title={t('sanctions.lists')} size="small">
        <Table
          rowKey="id"
          size="small"
          loading={lists.isLoading}
          dataSource={lists.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('sanctions.noLists') }}
          columns={[
            { title: t('sanctions.lists'), dataIndex: 'name' },
            {
              title: t('sanctions.format'),
              dataIndex: 'format',
              render: (f: Format) => t(`sanctions.formats.${f}`),
              responsive: ['md'],
            },
            {
              title: t('sanctions.published'),
              dataIndex: 'publishedAt',
              render: (d: string | null) => d ?? '—',
            },
            { title: t('sanctions.entries'), dataIndex: 'entryCount', align: 'right' },
            {
              title: t('sanctions.version'),
              dataIndex: 'version',
              align: 'right',
              responsive: ['md'],
            },
            {
              title: t('sanctions.uploadedAt'),
              dataIndex: 'uploadedAt',
              render: (d: string) => formatDateTime(d, i18n.language),
              responsive: ['md'],
            },
          ]}
        />
      </Card>
      <SanctionsReviews />
    </Flex>
  );
}
