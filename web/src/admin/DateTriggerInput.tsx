import { Checkbox, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomFields } from '../api/queries.ts';
import type { Rule } from './AutomationEditor.tsx';

type Trigger = Rule['trigger'];

/** The date a "date arrives" rule watches, how many days before or after, and whether yearly. */
export function DateTriggerInput(props: { value: Trigger; onChange: (t: Trigger) => void }) {
  const { t } = useTranslation();
  const fields = useCustomFields();
  const v = props.value;
  const offset = v.offsetDays ?? 0;
  const options = [
    { value: 'last_order_date', label: t('automations.dateFields.last_order_date') },
    ...(fields.data ?? [])
      .filter((f) => f.type === 'date')
      .map((f) => ({ value: `custom:${f.key}`, label: f.label })),
  ];
  return (
    <Space wrap>
      <Select
        style={{ minWidth: 200 }}
        aria-label={t('automations.dateField')}
        loading={fields.isLoading}
        value={v.field}
        onChange={(field) => props.onChange({ ...v, field })}
        options={options}
      />
      <InputNumber
        aria-label={t('automations.offsetDays')}
        min={-365}
        max={365}
        precision={0}
        value={offset}
        onChange={(n) => props.onChange({ ...v, offsetDays: n ?? 0 })}
        suffix={t('automations.days')}
      />
      <Typography.Text type="secondary">
        {offset < 0
          ? t('automations.daysBefore', { n: -offset })
          : offset > 0
            ? t('automations.daysAfter', { n: offset })
            : t('automations.onTheDay')}
      </Typography.Text>
      <Checkbox
        checked={v.annual ?? false}
        onChange={(e) => props.onChange({ ...v, annual: e.target.checked })}
      >
        {t('automations.annual')}
      </Checkbox>
    </Space>
  );
}
