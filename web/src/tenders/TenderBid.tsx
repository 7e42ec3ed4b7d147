import {
  Checkbox,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOptions, toMinor } from '../lib/format.ts';
import {
  LOCAL_CONTENT_RULES,
  localContent,
  localContentProblems,
} from '../../../src/domain/sales/local-content.ts';
import { FieldGrid } from './FieldGrid.tsx';
import type { TenderForm } from './tender-form.ts';

function MoneyFields(props: {
  name: 'bid' | 'bidBond';
  label: string;
  currencies: { value: string; label: string }[];
}) {
  return (
    <Form.Item label={props.label}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name={[props.name, 'currency']} noStyle>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={props.currencies}
            style={{ width: '45%' }}
            placeholder="USD"
          />
        </Form.Item>
        <Form.Item name={[props.name, 'amount']} noStyle>
          <InputNumber min={0} style={{ width: '55%' }} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/**
 * Our bid, the bond, what the buyer requires locally, and our declared local content with the
 * class it reaches, worked out as the user types by the same rule the server applies.
 */
export function TenderBid(props: { form: FormInstance<TenderForm>; country?: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  // A selector keeps the types (a path watch is typed `any` by antd).
  const values = Form.useWatch((v: TenderForm) => v, props.form) as TenderForm | undefined;
  const currency = values?.bid?.currency;
  const declared = values?.localContent?.declared;
  const required = values?.localContent?.requiredPercent;
  const country = values?.country ?? props.country ?? '';
  const preview = useMemo(() => {
    if (!currency || typeof declared?.value !== 'number') return null;
    const input = {
      valueMinor: toMinor(declared.value, currency),
      localTaxesMinor: toMinor(declared.localTaxes ?? 0, currency),
      importedMinor: toMinor(declared.imported ?? 0, currency),
    };
    if (localContentProblems(input).length) return null;
    const bp = typeof required === 'number' ? Math.round(required * 100) : null;
    return localContent(input, country, bp);
  }, [currency, declared, required, country]);
  const rule = LOCAL_CONTENT_RULES[country];

  return (
    <>
      <FieldGrid title={t('tenders.sections.bid')}>
        <MoneyFields name="bid" label={t('tenders.fields.bid')} currencies={currencies} />
        <MoneyFields name="bidBond" label={t('tenders.fields.bidBond')} currencies={currencies} />
        <Form.Item
          name="pricePreferencePercent"
          label={t('tenders.fields.pricePreference')}
          extra={t('tenders.fields.pricePreferenceHint')}
        >
          <InputNumber min={0} max={100} step={0.5} suffix="%" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('tenders.fields.requires')}>
          <Space orientation="vertical" size={0}>
            <Form.Item name="requiresLocalPartner" valuePropName="checked" noStyle>
              <Checkbox>{t('tenders.fields.localPartner')}</Checkbox>
            </Form.Item>
            <Form.Item name="requiresJointVenture" valuePropName="checked" noStyle>
              <Checkbox>{t('tenders.fields.jointVenture')}</Checkbox>
            </Form.Item>
            <Form.Item name="requiresLocalBranch" valuePropName="checked" noStyle>
              <Checkbox>{t('tenders.fields.localBranch')}</Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
      </FieldGrid>
      <FieldGrid title={t('tenders.sections.localContent')}>
        <Form.Item
          name={['localContent', 'requiredPercent']}
          label={t('tenders.fields.lcRequired')}
        >
          <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name={['localContent', 'notes']} label={t('tenders.fields.lcNotes')}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <Typography.Text type="secondary" style={{ gridColumn: '1 / -1', marginBottom: 8 }}>
          {t('tenders.localContent.formula', { currency: currency ?? '—' })}
        </Typography.Text>
        <Form.Item name={['localContent', 'declared', 'value']} label={t('tenders.fields.lcValue')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name={['localContent', 'declared', 'localTaxes']}
          label={t('tenders.fields.lcTaxes')}
        >
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name={['localContent', 'declared', 'imported']}
          label={t('tenders.fields.lcImported')}
        >
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('tenders.localContent.ours')}>
          {preview ? (
            <Space wrap data-testid="local-content">
              <Typography.Text strong>{(preview.percentBp / 100).toFixed(2)} %</Typography.Text>
              {preview.class && rule && (
                <Tag color={preview.class.code === 'non_local' ? 'red' : 'green'}>
                  {zh ? preview.class.name.zh : preview.class.name.en}
                </Tag>
              )}
              {preview.meetsRequirement !== null && (
                <Tag color={preview.meetsRequirement ? 'green' : 'red'}>
                  {t(
                    preview.meetsRequirement
                      ? 'tenders.localContent.meets'
                      : 'tenders.localContent.below',
                  )}
                </Tag>
              )}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('tenders.localContent.none')}</Typography.Text>
          )}
        </Form.Item>
      </FieldGrid>
    </>
  );
}
