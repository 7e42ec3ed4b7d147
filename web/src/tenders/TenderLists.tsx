import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOptions } from '../lib/format.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { FieldGrid } from './FieldGrid.tsx';
import { weightSum, type TenderForm } from './tender-form.ts';

/** One editable list: its rows, an add button, a remove button per row. */
function Rows(props: {
  name: 'evaluationCriteria' | 'requiredDocuments' | 'competitors';
  add: string;
  blank: object;
  row: (field: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Form.List name={props.name}>
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4} style={{ gridColumn: '1 / -1' }}>
          {fields.map((f) => (
            <Flex key={f.key} gap={8} align="baseline" wrap={phone}>
              {props.row(f.name)}
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => remove(f.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(props.blank)}>
            {props.add}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** Evaluation criteria with their weights, the documents to hand in, and the competitors' bids. */
export function TenderLists(props: { form: FormInstance<TenderForm> }) {
  const { t, i18n } = useTranslation();
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  const criteria = Form.useWatch('evaluationCriteria', props.form);
  const sum = weightSum(criteria);
  const result = Form.useWatch('result', props.form);
  return (
    <>
      <FieldGrid title={t('tenders.sections.criteria')}>
        <Rows
          name="evaluationCriteria"
          add={t('tenders.criteria.add')}
          blank={{ name: '', weight: 0 }}
          row={(n) => (
            <>
              <Form.Item
                name={[n, 'name']}
                style={{ flex: 1, margin: 0 }}
                rules={[{ required: true }]}
              >
                <Input placeholder={t('tenders.criteria.name')} maxLength={120} />
              </Form.Item>
              <Form.Item name={[n, 'weight']} style={{ width: 130, margin: 0 }}>
                <InputNumber min={0} max={100} suffix="%" />
              </Form.Item>
            </>
          )}
        />
        {(criteria?.length ?? 0) > 0 && (
          <Typography.Text type={sum === 100 ? 'success' : 'danger'} data-testid="weight-sum">
            {t('tenders.criteria.sum', { sum })}
          </Typography.Text>
        )}
      </FieldGrid>
      <FieldGrid title={t('tenders.sections.documents')}>
        <Rows
          name="requiredDocuments"
          add={t('tenders.documents.add')}
          blank={{ name: '', done: false }}
          row={(n) => (
            <>
              <Form.Item name={[n, 'done']} valuePropName="checked" style={{ margin: 0 }}>
                <Checkbox aria-label={t('tenders.documents.done')} />
              </Form.Item>
              <Form.Item
                name={[n, 'name']}
                style={{ flex: 1, margin: 0 }}
                rules={[{ required: true }]}
              >
                <Input placeholder={t('tenders.documents.name')} maxLength={200} />
              </Form.Item>
            </>
          )}
        />
      </FieldGrid>
      <FieldGrid title={t('tenders.sections.competitors')}>
        <Rows
          name="competitors"
          add={t('tenders.competitors.add')}
          blank={{ name: '', localPresence: false, awarded: false }}
          row={(n) => (
            <>
              <Form.Item
                name={[n, 'name']}
                style={{ flex: 2, minWidth: 140, margin: 0 }}
                rules={[{ required: true }]}
              >
                <Input placeholder={t('tenders.competitors.name')} maxLength={160} />
              </Form.Item>
              <Form.Item name={[n, 'currency']} style={{ width: 110, margin: 0 }}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={currencies}
                  placeholder="USD"
                  allowClear
                />
              </Form.Item>
              <Form.Item name={[n, 'amount']} style={{ width: 130, margin: 0 }}>
                <InputNumber min={0} placeholder={t('tenders.competitors.amount')} />
              </Form.Item>
              <Form.Item name={[n, 'localPresence']} valuePropName="checked" style={{ margin: 0 }}>
                <Checkbox>{t('tenders.competitors.local')}</Checkbox>
              </Form.Item>
              <Form.Item name={[n, 'awarded']} valuePropName="checked" style={{ margin: 0 }}>
                <Checkbox disabled={result !== 'lost'}>{t('tenders.competitors.awarded')}</Checkbox>
              </Form.Item>
            </>
          )}
        />
      </FieldGrid>
    </>
  );
}
