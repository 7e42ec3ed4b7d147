import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { FieldGrid } from './FieldGrid.tsx';
import type { TenderForm } from './tender-form.ts';
import { TENDER_RESULTS, type Tender } from './types.ts';

/** How it ended and why: several reasons from the workspace's list. */
export function TenderResultFields(props: { form: FormInstance<TenderForm>; existing?: Tender }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const result = Form.useWatch('result', props.form);
  const reasons = useQuery({
    queryKey: qk.tenders.reasons(false),
    queryFn: () => unwrap(client.GET('/tender-reasons')).then((r) => r.items),
  });
  // A reason switched off since stays selectable on the tender that already has it.
  const kept = (props.existing?.reasons ?? []).filter(
    (r) => !(reasons.data ?? []).some((x) => x.id === r.id),
  );
  return (
    <FieldGrid title={t('tenders.sections.result')}>
      <Form.Item name="result" label={t('tenders.fields.result')}>
        <Select
          allowClear
          placeholder={t('tenders.results.none')}
          options={TENDER_RESULTS.map((r) => ({ value: r, label: t(`tenders.results.${r}`) }))}
          data-testid="tender-result"
        />
      </Form.Item>
      <Form.Item name="resultDate" label={t('tenders.fields.resultDate')}>
        <DatePicker style={{ width: '100%' }} disabled={!result} />
      </Form.Item>
      <Form.Item
        name="reasonIds"
        label={t('tenders.fields.reasons')}
        style={{ gridColumn: '1 / -1' }}
      >
        <Select
          mode="multiple"
          disabled={!result}
          loading={reasons.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={[...(reasons.data ?? []), ...kept].map((r) => ({
            value: r.id,
            label: zh ? r.name.zh : r.name.en,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="resultNote"
        label={t('tenders.fields.resultNote')}
        style={{ gridColumn: '1 / -1' }}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} disabled={!result} />
      </Form.Item>
    </FieldGrid>
  );
}
