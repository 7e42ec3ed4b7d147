import { DownloadOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSegments, useTeams, useUsers } from '../api/queries.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { TIERS } from '../../../src/domain/enums.ts';

export const FILTER_KEYS = ['ownerId', 'teamId', 'tier', 'segmentId'] as const;
export type InsightFilterValues = Partial<
  Record<Exclude<(typeof FILTER_KEYS)[number], 'tier'>, string>
> & { tier?: (typeof TIERS)[number] };

/** The owner, team, tier and segment filters, kept in the page's address (shared with markets). */
export function useInsightFilters(): [InsightFilterValues, (f: InsightFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const values: InsightFilterValues = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) Object.assign(values, { [k]: v });
  }
  const set = (f: InsightFilterValues) => {
    const next = new URLSearchParams(params);
    for (const k of FILTER_KEYS) {
      const v = f[k];
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return [values, set];
}

/** The filters as query string parameters (for links and exports). */
export function filterQuery(f: InsightFilterValues): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) q.set(k, f[k]);
  return q.toString();
}

/** Owner, team, tier and segment selects; an XLSX download of what is shown. */
export function InsightFilterBar({ exportHref }: { exportHref: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [filters, set] = useInsightFilters();
  const users = useUsers().data ?? [];
  const teams = useTeams().data ?? [];
  const segments = useSegments().data ?? [];
  const style = { minWidth: phone ? '100%' : 160 };
  return (
    <>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={style}
        placeholder={t('insight.filters.owner')}
        value={filters.ownerId}
        onChange={(v?: string) => set({ ...filters, ownerId: v })}
        options={users.map((u) => ({ value: u.id, label: u.name }))}
        data-testid="insight-owner"
      />
      <Select
        allowClear
        style={style}
        placeholder={t('insight.filters.team')}
        value={filters.teamId}
        onChange={(v?: string) => set({ ...filters, teamId: v })}
        options={teams.map((x) => ({ value: x.id, label: x.name }))}
        data-testid="insight-team"
      />
      <Select
        allowClear
        style={{ minWidth: phone ? '100%' : 100 }}
        placeholder={t('insight.filters.tier')}
        value={filters.tier}
        onChange={(v?: (typeof TIERS)[number]) => set({ ...filters, tier: v })}
        options={TIERS.map((x) => ({ value: x, label: x }))}
        data-testid="insight-tier"
      />
      <Select
        allowClear
        style={style}
        placeholder={t('insight.filters.segment')}
        value={filters.segmentId}
        onChange={(v?: string) => set({ ...filters, segmentId: v })}
        options={segments.map((x) => ({ value: x.id, label: x.name }))}
        data-testid="insight-segment"
      />
      <Button icon={<DownloadOutlined />} href={exportHref} download data-testid="insight-export">
        {t('insight.filters.export')}
      </Button>
    </>
  );
}
