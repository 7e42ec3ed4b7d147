import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Select,
  Space,
  TimePicker,
  Typography,
  Upload,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { CountryProfile, Dimension, ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { translateRowError } from '../lib/row-problems.ts';

const DIMS: Dimension[] = ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'];

/** Managers and admins fill the gaps: own scores, notes, hours, holidays and make-up days. */
export function CountryOverrides({
  profile,
  dimensionNames,
}: {
  profile: CountryProfile;
  dimensionNames: Record<Dimension, string>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [dayForm] = Form.useForm();
  const [replaceYear, setReplaceYear] = useState(false);
  const [importReport, setImportReport] = useState<ResponseOf<
    '/countries/{code}/calendar-days/import',
    'post'
  > | null>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.country.all(profile.code) });
    void qc.invalidateQueries({ queryKey: qk.countries() });
    void qc.invalidateQueries({ queryKey: qk.compare.all() });
  };
  const own = profile.holidays.filter((h) => h.source === 'workspace');
  const ownScores = Object.fromEntries(
    DIMS.map((d) => [d, profile.hofstedeSources[d] === 'workspace' ? profile.hofstede[d] : null]),
  );

  const saveSettings = async (v: {
    hofstede: Record<Dimension, number | null>;
    notes?: string;
    hours?: [Dayjs, Dayjs] | null;
  }) => {
    try {
      await unwrap(
        client.PUT('/countries/{code}/settings', {
          params: { path: { code: profile.code } },
          body: {
            hofstede: Object.fromEntries(DIMS.map((d) => [d, v.hofstede?.[d] ?? null])),
            notes: v.notes || null,
            businessHours: v.hours
              ? { start: v.hours[0].format('HH:mm'), end: v.hours[1].format('HH:mm') }
              : null,
          },
        }),
      );
      void message.success(t('common.saved'));
      refresh();
    } catch (err) {
      applyFieldErrors(form, err, t, { known: ['hofstede', 'notes', 'businessHours'] });
    }
  };

  const importFile = async (file: File) => {
    const content = await file.text();
    const format = /\.ics$/i.test(file.name) || content.includes('BEGIN:VCALENDAR') ? 'ics' : 'csv';
    const res = await unwrap(
      client.POST('/countries/{code}/calendar-days/import', {
        params: { path: { code: profile.code } },
        body: {
          format,
          content,
          ...(replaceYear ? { replaceLibraryYear: profile.year } : {}),
        },
      }),
    );
    setImportReport(res);
    refresh();
  };

  return (
    <Card title={t('countries.overrides')} data-testid="country-overrides">
      <Typography.Paragraph type="secondary">{t('countries.overridesHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={saveSettings}
        initialValues={{
          hofstede: ownScores,
          notes: profile.notes ?? '',
          hours:
            profile.businessHours.source === 'workspace'
              ? [
                  dayjs(profile.businessHours.start, 'HH:mm'),
                  dayjs(profile.businessHours.end, 'HH:mm'),
                ]
              : null,
        }}
      >
        <Flex wrap gap={12}>
          {DIMS.map((d) => (
            <Form.Item
              key={d}
              name={['hofstede', d]}
              label={dimensionNames[d]}
              style={{ width: 150 }}
            >
              <InputNumber
                min={0}
                max={120}
                style={{ width: '100%' }}
                placeholder={
                  profile.hofstedeSources[d] === 'dataset'
                    ? String(profile.hofstede[d])
                    : t('countries.noScore')
                }
              />
            </Form.Item>
          ))}
        </Flex>
        <Form.Item name="hours" label={t('countries.businessHours')}>
          <TimePicker.RangePicker format="HH:mm" minuteStep={15} />
        </Form.Item>
        <Form.Item name="notes" label={t('countries.notes')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('countries.saveSettings')}
        </Button>
      </Form>

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('countries.ownDays')}
      </Typography.Title>
      <List
        size="small"
        dataSource={own}
        locale={{ emptyText: '—' }}
        renderItem={(h) => (
          <List.Item
            actions={[
              <Popconfirm
                key="d"
                title={t('common.confirmDelete')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={async () => {
                  await unwrap(
                    client.DELETE('/countries/{code}/calendar-days/{id}', {
                      params: { path: { code: profile.code, id: h.id ?? '' } },
                    }),
                  );
                  refresh();
                }}
              >
                <Button type="text" danger size="small" icon={<DeleteOutlined />} />
              </Popconfirm>,
            ]}
          >
            {h.date} · {h.name} ·{' '}
            {h.type === 'working_day'
              ? t('countries.kinds.working_day')
              : t('countries.kinds.holiday')}
          </List.Item>
        )}
      />
      <Form
        form={dayForm}
        layout="inline"
        style={{ marginTop: 12, rowGap: 8 }}
        initialValues={{ kind: 'holiday' }}
        onFinish={async (v: {
          date: Dayjs;
          kind: 'holiday' | 'working_day';
          name: string;
          nameEn?: string;
        }) => {
          try {
            await unwrap(
              client.POST('/countries/{code}/calendar-days', {
                params: { path: { code: profile.code } },
                body: {
                  date: v.date.format('YYYY-MM-DD'),
                  kind: v.kind,
                  name: v.name,
                  nameEn: v.nameEn || null,
                },
              }),
            );
            dayForm.resetFields();
            refresh();
          } catch (err) {
            applyFieldErrors(dayForm, err, t, { known: ['date', 'kind', 'name', 'nameEn'] });
          }
        }}
      >
        <Form.Item name="date" rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker placeholder={t('countries.date')} />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            style={{ width: 200 }}
            options={(['holiday', 'working_day'] as const).map((k) => ({
              value: k,
              label: t(`countries.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, message: t('errors.required') }]}>
          <Input placeholder={t('countries.name')} />
        </Form.Item>
        <Form.Item name="nameEn">
          <Input placeholder={t('countries.nameEn')} />
        </Form.Item>
        <Button htmlType="submit">{t('countries.addDay')}</Button>
      </Form>

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('countries.import')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('countries.importHint')}
      </Typography.Paragraph>
      <Space orientation="vertical">
        <Checkbox checked={replaceYear} onChange={(e) => setReplaceYear(e.target.checked)}>
          {t('countries.replaceYear')} ({profile.year})
        </Checkbox>
        <Upload
          accept=".csv,.ics,.txt"
          showUploadList={false}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('countries.importFile')}</Button>
        </Upload>
        {profile.code === 'CN' && (
          <Space orientation="vertical" size={2}>
            <Button
              onClick={async () => {
                setImportReport(
                  await unwrap(
                    client.POST('/calendar/presets/{preset}', {
                      params: { path: { preset: 'cn-2026' } },
                    }),
                  ),
                );
                refresh();
              }}
              data-testid="preset-cn"
            >
              {t('countries.presetCn')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('countries.presetCnHint')}
            </Typography.Text>
          </Space>
        )}
        {importReport && (
          <Alert
            type={importReport.errors.length ? 'warning' : 'success'}
            showIcon
            title={`${t('countries.importResult', importReport)}${importReport.errors.length ? ` · ${t('countries.importErrors', { count: importReport.errors.length })}` : ''}`}
            description={
              importReport.errors.length
                ? importReport.errors.slice(0, 20).map((e) => (
                    <div key={`${e.row}-${e.field}`}>
                      #{e.row} {t(`messages.fields.${e.field}`, { defaultValue: e.field })}:{' '}
                      {translateRowError(e, t)}
                    </div>
                  ))
                : undefined
            }
          />
        )}
      </Space>
    </Card>
  );
}
