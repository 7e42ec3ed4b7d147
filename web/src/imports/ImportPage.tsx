import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
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
  Spin,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, formBody, unwrap } from '../api/client.ts';
import type { ImportPreview } from '../api/models.ts';
import { usePriceLists } from '../api/queries.ts';
import { useSession } from '../auth/session.tsx';
import { qk } from '../api/query-keys.ts';
import { uploadProblem } from '../lib/row-problems.ts';
import { countryOptions } from '../lib/countries.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { RecentImports } from './RecentImports.tsx';

type Entity = 'customers' | 'orders' | 'products';

/**
 * Drop a file → its columns and first rows appear at once with a mapping to adjust → dry run or
 * import, with live progress.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [entity, setEntity] = useState<Entity>('customers');
  const [priceListId, setPriceListId] = useState<string | undefined>();
  const catalogue = useSession().user.role !== 'rep';
  const priceLists = usePriceLists().data ?? [];
  const [source, setSource] = useState('');
  const [country, setCountry] = useState<string | undefined>();
  const [tags, setTags] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  // The source the shown preview was read with, and which read is the latest: a slower earlier
  // answer must not replace a newer one.
  const [readWith, setReadWith] = useState('');
  const reads = useRef(0);

  const form = (extra: Record<string, string>, upload: File | null = file) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(extra)) if (v) f.append(k, v);
    if (upload) f.append('file', upload);
    return f;
  };
  const fail = (err: unknown) => void message.error(uploadProblem(err, t));

  // Choosing or dropping a file reads it straight away: one step to the columns and first rows.
  // A new entity or source reads it again (a source may have a saved mapping).
  const read = async (
    upload: File | null = file,
    opts: { entity?: typeof entity; source?: string } = {},
  ) => {
    if (!upload) return;
    const n = ++reads.current;
    const withSource = opts.source ?? source;
    setReading(true);
    try {
      const p = await unwrap(
        client.POST(
          '/imports/preview',
          formBody(form({ source: withSource, entity: opts.entity ?? entity }, upload)),
        ),
      );
      if (n !== reads.current) return;
      setPreview(p);
      setMapping(p.mapping);
      setReadWith(withSource);
    } catch (err) {
      if (n !== reads.current) return;
      setPreview(null);
      fail(err);
    } finally {
      if (n === reads.current) setReading(false);
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
              priceListId: entity === 'products' ? (priceListId ?? '') : '',
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
              const next = e.target.value as Entity;
              setEntity(next);
              setPreview(null);
              void read(file, { entity: next });
            }}
            options={[
              { value: 'customers', label: t('imports.entityCustomers') },
              { value: 'orders', label: t('imports.entityOrders') },
              // The catalogue is written by admins and managers only.
              ...(catalogue ? [{ value: 'products', label: t('imports.entityProducts') }] : []),
            ]}
          />
          <Upload.Dragger
            accept=".csv,.txt,.tsv,.xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setPreview(null);
              setJobId(null);
              void read(f);
              return false;
            }}
            onRemove={() => {
              reads.current++;
              setFile(null);
              setPreview(null);
              setReading(false);
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
              onBlur={() => {
                // Only a changed source can bring a saved mapping; keep the user's edits otherwise.
                if (preview && source !== readWith) void read();
              }}
            />
            {entity === 'products' ? (
              <Select
                allowClear
                style={{ width: 320 }}
                placeholder={t('imports.priceList')}
                value={priceListId}
                onChange={setPriceListId}
                options={priceLists.map((l) => ({
                  value: l.id,
                  label: `${l.name} · ${l.currency}`,
                }))}
                data-testid="import-price-list"
              />
            ) : (
              <>
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
              </>
            )}
          </Space>
          {entity === 'products' && (
            <Typography.Text type="secondary">{t('imports.priceListHint')}</Typography.Text>
          )}
          {reading && !preview && (
            <Typography.Text type="secondary" data-testid="import-reading">
              <Spin size="small" /> {t('imports.reading')}
            </Typography.Text>
          )}
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
              <Button loading={reading} onClick={() => void read()}>
                {t('imports.reread')}
              </Button>
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

      <RecentImports onOpen={setJobId} />
    </Flex>
  );
}
