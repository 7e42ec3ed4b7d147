import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Switch,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PRODUCT_UNITS } from '../../../src/domain/enums.ts';
import { client, unwrap } from '../api/client.ts';
import type { CustomField, Product, ProductBody } from '../api/models.ts';
import { useProductFields } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors, type FieldError } from '../lib/field-errors.ts';
import { languageOptions } from '../lib/languages.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { useMayEditCatalogue } from './useProducts.ts';

interface Lang {
  lang: string;
  name?: string;
  description?: string;
}
type Values = Omit<ProductBody, 'names' | 'descriptions' | 'customFields'> & {
  langs: Lang[];
  customFields?: Record<string, unknown>;
};

const KNOWN = [
  'sku',
  'unit',
  'hsCode',
  'moq',
  'leadTimeDays',
  'weightKg',
  'volumeM3',
  'active',
  'customFields',
];

function customInput(field: CustomField) {
  if (field.type === 'number') return <InputNumber style={{ width: '100%' }} />;
  if (field.type === 'date') return <DatePicker style={{ width: '100%' }} />;
  if (field.type === 'select')
    return <Select allowClear options={field.options.map((o) => ({ value: o, label: o }))} />;
  return <Input />;
}

function initialValues(p: Product | undefined, fields: CustomField[]): Partial<Values> {
  if (!p) return { unit: 'pcs', active: true, langs: [{ lang: 'zh' }, { lang: 'en' }] };
  const tags = [...new Set([...Object.keys(p.names), ...Object.keys(p.descriptions)])];
  return {
    ...p,
    hsCode: p.hsCode ?? undefined,
    langs: tags.map((lang) => ({ lang, name: p.names[lang], description: p.descriptions[lang] })),
    customFields: Object.fromEntries(
      Object.entries(p.customFields).map(([k, v]) => [
        k,
        fields.find((f) => f.key === k)?.type === 'date' && typeof v === 'string' ? dayjs(v) : v,
      ]),
    ),
  };
}

/** The product editor: names and descriptions per language, units, customs and shipping data. */
export function ProductForm({ product }: { product?: Product }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const phone = useIsPhone();
  const mayEdit = useMayEditCatalogue();
  const fields = useProductFields().data ?? [];
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<FieldError[]>([]);
  const languages = useMemo(() => languageOptions(i18n.language), [i18n.language]);

  const save = async (v: Values) => {
    setSaving(true);
    setProblems([]);
    const pick = (k: 'name' | 'description') =>
      Object.fromEntries(
        v.langs.filter((l) => l.lang && l[k]?.trim()).map((l) => [l.lang, l[k] ?? '']),
      );
    const body: ProductBody = {
      sku: v.sku,
      unit: v.unit,
      names: pick('name'),
      descriptions: pick('description'),
      hsCode: v.hsCode?.trim() || null,
      moq: v.moq ?? null,
      leadTimeDays: v.leadTimeDays ?? null,
      weightKg: v.weightKg ?? null,
      volumeM3: v.volumeM3 ?? null,
      active: v.active,
      customFields: Object.fromEntries(
        Object.entries(v.customFields ?? {}).map(([k, x]) => [
          k,
          dayjs.isDayjs(x) ? x.format('YYYY-MM-DD') : ((x as string | number | undefined) ?? null),
        ]),
      ),
    };
    try {
      const saved = product
        ? await unwrap(
            client.PATCH('/products/{id}', { params: { path: { id: product.id } }, body }),
          )
        : await unwrap(client.POST('/products', { body }));
      void qc.invalidateQueries({ queryKey: qk.products.all() });
      void message.success(product ? t('common.saved') : t('products.created'));
      if (!product) void navigate(`/products/${saved.id}`, { replace: true });
    } catch (err) {
      setProblems(applyFieldErrors(form, err, t, { known: KNOWN }));
      if (!(err instanceof Error && 'errors' in err)) void message.error(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!product) return;
    await unwrap(client.DELETE('/products/{id}', { params: { path: { id: product.id } } }));
    void qc.invalidateQueries({ queryKey: qk.products.all() });
    void message.success(t('products.deleted'));
    void navigate('/products');
  };

  const grid = { display: 'grid', gridTemplateColumns: phone ? '1fr' : '1fr 1fr', columnGap: 16 };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!mayEdit}
      initialValues={initialValues(product, fields)}
      onFinish={save}
    >
      <Flex vertical gap={16}>
        {!mayEdit && <Alert type="info" showIcon title={t('products.readOnly')} />}
        {problems.length > 0 && (
          <Alert type="error" showIcon title={problems.map((p) => p.message).join(' · ')} />
        )}
        <Card title={t('products.details')} size="small">
          <div style={grid}>
            <Form.Item
              name="sku"
              label={t('products.fields.sku')}
              rules={[{ required: true, message: t('errors.required') }]}
            >
              <Input data-testid="product-sku" />
            </Form.Item>
            <Form.Item name="unit" label={t('products.fields.unit')}>
              <Select
                options={PRODUCT_UNITS.map((u) => ({ value: u, label: t(`products.units.${u}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="hsCode"
              label={t('products.fields.hsCode')}
              extra={t('products.hints.hsCode')}
            >
              <Input inputMode="numeric" maxLength={10} data-testid="product-hs" />
            </Form.Item>
            <Form.Item name="moq" label={t('products.fields.moq')} extra={t('products.hints.moq')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="leadTimeDays" label={t('products.fields.leadTimeDays')}>
              <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="active" label={t('products.fields.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </div>
        </Card>
        <Card
          title={t('products.names')}
          size="small"
          extra={phone ? undefined : t('products.namesHint')}
        >
          <Form.List name="langs">
            {(rows, { add, remove: drop }) => (
              <Flex vertical gap={8}>
                {rows.map((row) => (
                  <Flex key={row.key} gap={8} wrap={phone} align="start">
                    <Form.Item
                      name={[row.name, 'lang']}
                      style={{ width: phone ? '100%' : 180, margin: 0 }}
                    >
                      <Select
                        showSearch
                        options={languages}
                        optionFilterProp="search"
                        aria-label={t('products.language')}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'name']}
                      style={{ flex: 1, minWidth: 200, margin: 0 }}
                    >
                      <Input placeholder={t('products.fields.name')} data-testid="product-name" />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'description']}
                      style={{ flex: 2, minWidth: 200, margin: 0 }}
                    >
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        placeholder={t('products.fields.description')}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('products.removeLanguage')}
                      onClick={() => drop(row.name)}
                    />
                  </Flex>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ lang: undefined })}
                  style={{ alignSelf: 'start' }}
                >
                  {t('products.addLanguage')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
        <Card title={t('products.shipping')} size="small">
          <div style={grid}>
            <Form.Item name="weightKg" label={t('products.fields.weightKg')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="volumeM3" label={t('products.fields.volumeM3')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </div>
        </Card>
        <Card title={t('products.customFields')} size="small">
          {fields.length === 0 && <Alert type="info" title={t('products.customFieldsHint')} />}
          <div style={grid}>
            {fields.map((f) => (
              <Form.Item key={f.key} name={['customFields', f.key]} label={f.label}>
                {customInput(f)}
              </Form.Item>
            ))}
          </div>
        </Card>
        {mayEdit && (
          <Flex gap={8} justify="space-between">
            <Button type="primary" htmlType="submit" loading={saving} data-testid="product-save">
              {t('common.save')}
            </Button>
            {product && (
              <Popconfirm
                title={t('products.deleteConfirm')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={remove}
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      </Flex>
    </Form>
  );
}
