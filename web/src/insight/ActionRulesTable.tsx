import { Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../api/models.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';

export type ActionRule = ResponseOf<'/next-actions/rules'>['items'][number];

/** A rule's text with its placeholders ({days}, {order}…) shown as an ellipsis. */
export const ruleText = (r: ActionRule, lang: string) =>
  (lang === 'zh-CN' ? r.text.zh : r.text.en).replace(/\{\w+\}/g, '…');

/**
 * The next-action rules with an on/off switch each (a form control: `value` is the list of rules
 * switched off, as `disabledRules` is saved) and how reps answered each rule's suggestions —
 * dismissals are counted per rule and shown here, so they teach nothing silently.
 */
export function ActionRulesTable({
  rules,
  loading,
  value = [],
  onChange,
}: {
  rules: ActionRule[];
  loading: boolean;
  value?: string[];
  onChange?: (disabled: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const toggle = (id: string, on: boolean) =>
    onChange?.(on ? value.filter((x) => x !== id) : [...value, id]);
  const count = (key: 'done' | 'dismissed' | 'snoozed') => ({
    key,
    title: t(`insight.settings.${key}`),
    width: 90,
    align: 'right' as const,
    render: (_: unknown, r: ActionRule) => <span data-testid={`rule-${key}`}>{r[key]}</span>,
  });
  return (
    <Table<ActionRule>
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={rules}
      locale={{ emptyText: t('insight.settings.noRules') }}
      onRow={(r) => ({ 'data-testid': `rule-row-${r.id}` }) as never}
      columns={[
        {
          key: 'text',
          title: t('insight.settings.rule'),
          render: (_, r) => (
            <>
              <div>{ruleText(r, i18n.language)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {phone
                  ? `${t('insight.settings.priority')} ${r.priority} · ${t('insight.settings.done')} ${r.done} · ${t('insight.settings.dismissed')} ${r.dismissed} · ${t('insight.settings.snoozed')} ${r.snoozed}`
                  : r.id}
              </Typography.Text>
            </>
          ),
        },
        ...(phone
          ? []
          : [
              {
                key: 'priority',
                title: t('insight.settings.priority'),
                width: 80,
                align: 'right' as const,
                render: (_: unknown, r: ActionRule) => r.priority,
              },
              count('done'),
              count('dismissed'),
              count('snoozed'),
            ]),
        {
          key: 'enabled',
          title: t('insight.settings.enabled'),
          width: 70,
          render: (_, r) => (
            <Switch
              size="small"
              checked={!value.includes(r.id)}
              onChange={(on) => toggle(r.id, on)}
              aria-label={ruleText(r, i18n.language)}
              data-testid={`rule-switch-${r.id}`}
            />
          ),
        },
      ]}
    />
  );
}
