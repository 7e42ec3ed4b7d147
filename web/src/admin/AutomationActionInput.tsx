import { Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../api/models.ts';
import { useUsers } from '../api/queries.ts';
import { STAGES, TIERS } from '../../../src/domain/enums.ts';

export type Action = ResponseOf<'/automations/{id}'>['actions'][number];

/** The inputs one action needs next to its type: days and note, a user, a tag, a stage, a tier. */
export function ActionInput({
  action,
  onChange,
}: {
  action: Action;
  onChange: (a: Action) => void;
}) {
  const { t } = useTranslation();
  const users = useUsers();
  switch (action.type) {
    case 'create_follow_up':
      return (
        <Space wrap>
          <InputNumber
            min={0}
            max={365}
            value={action.businessDays}
            onChange={(v) => onChange({ ...action, businessDays: v ?? 0 })}
            aria-label={t('automations.businessDays')}
          />
          <span>{t('automations.businessDays')}</span>
          <Input
            placeholder={t('automations.note')}
            value={action.note ?? ''}
            onChange={(e) => onChange({ ...action, note: e.target.value || undefined })}
            style={{ width: 220 }}
          />
        </Space>
      );
    case 'assign_owner':
      return (
        <Select
          style={{ minWidth: 200 }}
          aria-label={t('automations.owner')}
          value={action.userId}
          onChange={(userId) => onChange({ ...action, userId })}
          options={(users.data ?? [])
            .filter((u) => u.active)
            .map((u) => ({ value: u.id, label: u.name }))}
        />
      );
    case 'add_tag':
      return (
        <Input
          style={{ width: 200 }}
          aria-label={t('automations.tag')}
          value={action.tag ?? ''}
          onChange={(e) => onChange({ ...action, tag: e.target.value })}
        />
      );
    case 'set_stage':
      return (
        <Select
          style={{ minWidth: 160 }}
          value={action.stage}
          onChange={(stage) => onChange({ ...action, stage })}
          options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
        />
      );
    case 'set_tier':
      return (
        <Select
          style={{ minWidth: 100 }}
          value={action.tier}
          onChange={(tier) => onChange({ ...action, tier })}
          options={TIERS.map((s) => ({ value: s, label: s }))}
        />
      );
    case 'call_webhook':
      return null;
  }
}
