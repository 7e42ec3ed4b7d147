import { App, Flex, Select, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { CountryProfile } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';

const UNTIL = ['12:00', '13:00', '14:00', '18:00'];

/**
 * The workspace's business week in a country: for each day of the official weekend, closed (the
 * default) or worked until a time. Only admins and managers change it.
 */
export function BusinessWeekControl({
  profile,
  canEdit,
}: {
  profile: CountryProfile;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();

  const save = async (weekday: number, until: string | null) => {
    const others = profile.workingWeekend.filter((w) => w.weekday !== weekday);
    try {
      await unwrap(
        client.PUT('/countries/{code}/settings', {
          params: { path: { code: profile.code } },
          body: { workingWeekend: until ? [...others, { weekday, until }] : others },
        }),
      );
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.country.all(profile.code) });
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }}>
      <Typography.Text strong>{t('accuracy.businessWeek')}</Typography.Text>
      <Flex gap={12} wrap align="center">
        {profile.weekend.map((d) => (
          <Flex key={d} gap={6} align="center">
            <span>{t(`accuracy.weekday.${d}`)}</span>
            <Select
              size="small"
              style={{ minWidth: 200 }}
              disabled={!canEdit}
              data-testid={`business-week-${d}`}
              value={profile.workingWeekend.find((w) => w.weekday === d)?.until ?? ''}
              onChange={(v: string) => void save(d, v || null)}
              options={[
                { value: '', label: t('accuracy.officialClosed') },
                ...UNTIL.map((u) => ({ value: u, label: t('accuracy.worksUntil', { time: u }) })),
              ]}
            />
          </Flex>
        ))}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('accuracy.businessWeekHint')}
      </Typography.Text>
    </Flex>
  );
}
