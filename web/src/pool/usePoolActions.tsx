import { App, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';

export interface PoolRow {
  customerId: string;
  name: string;
}

/**
 * Claiming and assigning from the pool, with the server's answers said in the reader's words:
 * "taken" and "limit reached" as a message; a look-alike already in the claimant's book as a
 * question whether to claim anyway (which sends `force`).
 */
export function usePoolActions() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.pool.all() });
    void qc.invalidateQueries({ queryKey: qk.customers.all() });
    void qc.invalidateQueries({ queryKey: qk.inbox.all() });
  };
  const fail = (err: unknown) =>
    void message.error(
      err instanceof ApiError && err.errors[0]
        ? translateFieldError(err.errors[0], t)
        : err instanceof Error
          ? err.message
          : String(err),
    );

  /** Asks whether to go on although the book has a look-alike; resolves true to go on. */
  const confirmLookalike = (row: PoolRow, err: unknown): Promise<boolean> | null => {
    const e = err instanceof ApiError ? err.errors[0] : undefined;
    if (e?.code !== 'pool_duplicate') return null;
    const other = { id: String(e.params?.id ?? ''), name: String(e.params?.name ?? '') };
    return new Promise((resolve) => {
      // The dialog renders outside the router: its link navigates through the page's router.
      const open = () => {
        dialog.destroy();
        resolve(false);
        void navigate(`/customers/${other.id}`);
      };
      const dialog = modal.confirm({
        title: t('pool.duplicateTitle'),
        content: (
          <>
            <Typography.Paragraph>
              {t('pool.duplicateText', { name: row.name, other: other.name })}
            </Typography.Paragraph>
            <Typography.Link onClick={open}>
              {t('pool.openTheirs', { name: other.name })}
            </Typography.Link>
          </>
        ),
        okText: t('pool.claimAnyway'),
        cancelText: t('common.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };

  const claim = async (row: PoolRow, force = false): Promise<void> => {
    try {
      await unwrap(
        client.POST('/pool/{customerId}/claim', {
          params: { path: { customerId: row.customerId } },
          body: force ? { force: true } : {},
        }),
      );
      void message.success(t('pool.claimed', { name: row.name }));
      refresh();
    } catch (err) {
      const asked = confirmLookalike(row, err);
      if (asked) {
        if (await asked) await claim(row, true);
        return;
      }
      fail(err);
      refresh();
    }
  };

  const assign = async (row: PoolRow, userId: string, force = false): Promise<boolean> => {
    try {
      await unwrap(
        client.POST('/pool/{customerId}/assign', {
          params: { path: { customerId: row.customerId } },
          body: force ? { userId, force: true } : { userId },
        }),
      );
      void message.success(t('pool.assigned'));
      refresh();
      return true;
    } catch (err) {
      const asked = confirmLookalike(row, err);
      if (asked) return (await asked) ? assign(row, userId, true) : false;
      fail(err);
      return false;
    }
  };

  return { claim, assign, fail, refresh };
}
