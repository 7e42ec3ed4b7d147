import { InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  Radio,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, formBody, unwrap } from '../api/client.ts';
import type { ImportJob, ImportPreview } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { uploadProblem } from '../lib/row-problems.ts';
import { countryOptions } from '../lib/countries.ts';
import { ImportProgress } from './ImportProgress.tsx';

/** Upload → check the column mapping → dry run or import, with live progress. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [entity, setEntity] = useState<'customers' | 'orders'>('customers');
  const [source, setSource] = useState('');
  const [country, setCountry] = useState<string | undefined>();
  const [tags, setTags] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const recent = useQuery({
    queryKey: qk.imports(),
    queryFn: () => unwrap(client.GET('/imports')),
  });

  const form = (extra: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(extra)) if (v) f.append(k, v);
    if (file) f.append('file', file);
    return f;
  };
  const fail = (err: unknown) => void message.error(uploadProblem(err, t));

  const read = async () => {
    setBusy(true);
    try {
      const p = await unwrap(client.POST('/imports/preview', formBody(form({ source, entity }))));
      setPreview(p);
      setMapping(p.mapping);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const start = async (dryRun: boolean) => {
    setBusy(true);
    try {
      const job = await unwrap(
        client.POST(
          '/imports',
          formBody(
            form({
              entity,
              dryRun: String(dryRun),
              mapping: JSON.stringify(mapping),
              source,
              country: country ?? '',
              tags,
            }),
          ),
        ),
      );
      setJobId(job.id);
      void qc.invalidateQueries({ queryKey: qk.imports() });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const targetOptions = [
    { value: '', label: t('imports.skip') },
    ...(preview?.targets ?? []).map((x) => ({
      value: x,
      label: t(`imports.targets.${x}` as 'imports.targets.name', { defaultValue: x }),
    })),
  ];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('imports.hint')}
      </Typography.Paragraph>
      <Card>
        <Flex vertical gap={12}>
          <Radio.Group
            value={entity}
            onChange={(e) => {
              setEntity(e.target.value as 'customers' | 'orders');
              setPreview(null);
            }}
            options={[
              { value: 'customers', label: t('imports.entityCustomers') },
              { value: 'orders', label: t('imports.entityOrders') },
            ]}
          />
          <Upload.Dragger
            accept=".csv,.txt,.tsv,.xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setPreview(null);
              setJobId(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setPreview(null);
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('imports.drop')}</p>
          </Upload.Dragger>
          <Space wrap>
            <Input
              style={{ width: 320 }}
              placeholder={t('imports.sourceHint')}
              addonBefore={t('imports.source')}
              value={source}
              onChange={(e) => setSource(e.target.value)}
            />
            <Select
              allowClear
              showSearch
              style={{ width: 260 }}
              placeholder={t('imports.country')}
              value={country}
              onChange={setCountry}
              options={countryOptions(i18n.language)}
              optionFilterProp="label"
            />
            <Input
              style={{ width: 260 }}
              placeholder={t('imports.tags')}
              value={tags}
              onChange={(e) => setTags(e.target.value)}
            />
            <Button disabled={!file} loading={busy && !preview} onClick={() => void read()}>
              {t('imports.preview')}
            </Button>
          </Space>
        </Flex>
      </Card>

      {preview && (
        <Card title={t('imports.mapping')}>
          <Flex vertical gap={12}>
            <Alert
              type={preview.mappingFrom === 'saved' ? 'success' : 'info'}
              showIcon
              title={
                preview.mappingFrom === 'saved'
                  ? t('imports.mappingSaved')
                  : t('imports.mappingGuessed')
              }
              description={`${preview.format.toUpperCase()}${preview.encoding ? ` · ${preview.encoding}` : ''}`}
            />
            <Table
              size="small"
              pagination={false}
              scroll={{ x: true }}
              rowKey={(_, i) => String(i)}
              dataSource={preview.sample}
              columns={preview.headers.map((h, i) => ({
                key: h,
                title: (
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{h}</Typography.Text>
                    <Select
                      size="small"
                      style={{ minWidth: 150 }}
                      value={mapping[h] ?? ''}
                      options={targetOptions}
                      onChange={(v: string) => setMapping({ ...mapping, [h]: v || null })}
                    />
                  </Flex>
                ),
                render: (_: unknown, row: string[]) => row[i] ?? '',
              }))}
            />
            <Space>
              <Button loading={busy} onClick={() => void start(true)}>
                {t('imports.dryRun')}
              </Button>
              <Button type="primary" loading={busy} onClick={() => void start(false)}>
                {t('imports.run')}
              </Button>
            </Space>
          </Flex>
        </Card>
      )}

      {jobId && <ImportProgress id={jobId} />}

      <Card title={t('imports.recent')}>
        <Table<ImportJob>
          size="small"
          rowKey="id"
          loading={recent.isPending}
          dataSource={recent.data?.items ?? []}
          locale={{ emptyText: t('imports.none') }}
          pagination={false}
          onRow={(r) => ({ onClick: () => setJobId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('imports.source'), render: (_, r) => r.source ?? r.fileName },
            {
              title: t('imports.counts.created'),
              render: (_, r) => r.counts.created,
            },
            { title: t('imports.counts.merged'), render: (_, r) => r.counts.merged },
            { title: t('imports.counts.rejected'), render: (_, r) => r.counts.rejected },
            {
              title: '',
              render: (_, r) =>
                r.dryRun ? t('imports.dryRun') : t(`imports.${r.status}` as 'imports.done'),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
