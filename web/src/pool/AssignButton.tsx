import { Button, Popover, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../api/queries.ts';
import { usePoolActions, type PoolRow } from './usePoolActions.tsx';

/** An admin's "give this pooled customer to …": active users to pick from. */
export function AssignButton({ row }: { row: PoolRow }) {
  const { t } = useTranslation();
  const users = (useUsers().data ?? []).filter((u) => u.active);
  const { assign } = usePoolActions();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('pool.assignTo', { name: row.name })}
      content={
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          options={users.map((u) => ({ value: u.id, label: u.name }))}
          onChange={async (userId: string) => {
            if (await assign(row, userId)) setOpen(false);
          }}
          data-testid="pool-assign-user"
        />
      }
    >
      <Button size="small">{t('pool.assign')}</Button>
    </Popover>
  );
}
