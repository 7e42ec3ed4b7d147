import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Empty,
  Flex,
  Input,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, formBody, unwrap } from '../api/client.ts';
import type { RatesImport } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { currencyOptions } from '../lib/format.ts';
import type { FieldError } from '../lib/field-errors.ts';
import { translateRowError, uploadProblem } from '../lib/row-problems.ts';
import type { Rates } from './types.ts';

type Row = Rates['items'][number] & { key: number };

/** The reporting currency and the rates by date: edited in place by admins, or imported. */
export function RatesTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const admin = user.role === 'admin';
  const qc = useQueryClient();
  const rates = useQuery({
    queryKey: qk.exchangeRates(),
    queryFn: () => unwrap(client.GET('/exchange-rates')),
  });
  const [reporting, setReporting] = useState('USD');
  const [rows, setRows] = useState<Row[]>([]);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [result, setResult] = useState<RatesImport | null>(null);
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  const load = (r: Rates) => {
    setReporting(r.reportingCurrency);
    setRows(r.items.map((x, key) => ({ ...x, key })));
  };
  useEffect(() => {
    if (rates.data) load(rates.data);
  }, [rates.data]);
  const edit = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    setSaving(true);
    setProblems([]);
    try {
      const saved = await unwrap(
        client.PUT('/exchange-rates', {
          body: {
            reportingCurrency: reporting,
            items: rows.map(({ currency, validFrom, rate }) => ({ currency, validFrom, rate })),
          },
        }),
      );
      load(saved);
      qc.setQueryData<Rates>(qk.exchangeRates(), saved);
      void message.success(t('value.rates.saved'));
    } catch (err) {
      if (err instanceof ApiError)
        setProblems(err.errors.length ? err.errors : [{ path: '', message: err.message }]);
      else void message.error(String(err));
    } finally {
      setSaving(false);
    }
  };
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    try {
      const r = await unwrap(client.POST('/imports/exchange-rates', formBody(form)));
      setResult(r);
      load(r);
      qc.setQueryData<Rates>(qk.exchangeRates(), {
        reportingCurrency: r.reportingCurrency,
        items: r.items,
      });
    } catch (err) {
      void message.error(uploadProblem(err, t));
    }
  };
  const problemAt = (key: number, field: string) => {
    const p = problems.find(
      (p) => p.path === `/items/${rows.findIndex((r) => r.key === key)}/${field}`,
    );
    return p && translateRowError(p, t);
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 900 }}>
      <Space wrap align="start">
        <Flex vertical>
          <Typography.Text strong>{t('value.rates.reporting')}</Typography.Text>
          <Select
            disabled={!admin}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 260 }}
            value={reporting}
            onChange={setReporting}
            options={currencies}
          />
          <Typography.Text type="secondary">{t('value.rates.reportingHint')}</Typography.Text>
        </Flex>
      </Space>
      {!admin && <Alert type="info" showIcon title={t('value.rates.adminOnly')} />}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={problems.map((p) => `${p.path} ${translateRowError(p, t)}`).join('; ')}
        />
      )}
      <Table
        rowKey="key"
        size="small"
        loading={rates.isPending}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: <Empty description={t('value.rates.none')} /> }}
        columns={[
          {
            title: t('value.rates.currency'),
            render: (_, r) => (
              <Select
                disabled={!admin}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 220 }}
                status={problemAt(r.key, 'currency') ? 'error' : undefined}
                value={r.currency || undefined}
                onChange={(v: string) => edit(r.key, { currency: v })}
                options={currencies}
              />
            ),
          },
          {
            title: t('value.rates.validFrom'),
            render: (_, r) => (
              <DatePicker
                disabled={!admin}
                status={problemAt(r.key, 'validFrom') ? 'error' : undefined}
                value={r.validFrom ? dayjs(r.validFrom) : null}
                onChange={(d) => edit(r.key, { validFrom: d ? d.format('YYYY-MM-DD') : '' })}
              />
            ),
          },
          {
            title: `${t('value.rates.rate')} (${t('value.rates.rateHint')})`,
            render: (_, r) => (
              <Input
                disabled={!admin}
                status={problemAt(r.key, 'rate') ? 'error' : undefined}
                style={{ width: 160 }}
                value={r.rate}
                onChange={(e) => edit(r.key, { rate: e.target.value })}
              />
            ),
          },
          {
            key: 'remove',
            render: (_, r) =>
              admin && (
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                />
              ),
          },
        ]}
      />
      {admin && (
        <Space wrap>
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setRows((rs) => [
                ...rs,
                {
                  key: Date.now(),
                  currency: '',
                  validFrom: dayjs().format('YYYY-MM-DD'),
                  rate: '',
                },
              ])
            }
          >
            {t('value.rates.add')}
          </Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('value.rates.save')}
          </Button>
          <Upload
            accept=".csv,.txt,.tsv,.xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('value.rates.import')}</Button>
          </Upload>
        </Space>
      )}
      {admin && <Typography.Text type="secondary">{t('value.rates.importHint')}</Typography.Text>}
      {result && (
        <Alert
          type={result.rejected ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setResult(null) }}
          title={t('value.rates.imported', {
            added: result.added,
            replaced: result.replaced,
            rejected: result.rejected,
          })}
          description={
            result.errors.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {result.errors.slice(0, 20).map((e) => (
                  <li key={`${e.row}${e.field}`}>
                    {t('imports.row')} {e.row} · {t(`value.rates.${e.field}`, e.field)}:{' '}
                    {translateRowError(e, t)}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Flex>
  );
}
