import { App, Flex, Select, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { ApiError, client, unwrap } from '../api/client.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { browserTimeZone, timeZoneOptions, zoneLabel } from '../lib/time-zone.ts';

/** The user's own zone: every IANA zone, found by city or country; empty follows the browser. */
export function TimeZoneSetting() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(() => timeZoneOptions(i18n.language), [i18n.language]);
  const browser = browserTimeZone();

  const save = async (zone: string | undefined) => {
    setError(null);
    try {
      await unwrap(client.PATCH('/me', { body: { timeZone: zone ?? null } }));
      void message.success(t('timeZone.saved'));
      // Everything that says "you" in hours reads the zone from the session.
      await qc.invalidateQueries({ queryKey: qk.me() });
      void qc.invalidateQueries({ queryKey: qk.inbox.all() });
      void qc.invalidateQueries({ queryKey: ['contact-windows'] });
    } catch (err) {
      const first = err instanceof ApiError ? err.errors[0] : undefined;
      setError(first ? translateFieldError(first, t) : String(err));
    }
  };

  return (
    <Flex vertical gap={4} style={{ maxWidth: 480 }}>
      <label htmlFor="profile-time-zone">{t('timeZone.label')}</label>
      <Select
        id="profile-time-zone"
        data-testid="profile-time-zone"
        allowClear
        value={user.timeZone ?? undefined}
        placeholder={t('timeZone.browser', {
          zone: `${zoneLabel(browser, i18n.language)} (${browser})`,
        })}
        options={options}
        showSearch={{
          filterOption: (input, option) =>
            (option?.search ?? '').includes(input.trim().toLowerCase()),
        }}
        notFoundContent={t('timeZone.search')}
        onChange={(zone?: string) => void save(zone)}
        status={error ? 'error' : undefined}
      />
      {error ? (
        <Typography.Text type="danger">{error}</Typography.Text>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('timeZone.hint')}
        </Typography.Text>
      )}
    </Flex>
  );
}
