import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';

export interface RegionName {
  code: string;
  name: string;
}

/**
 * The states and regions the holiday data knows for a country, named in the reader's language
 * (GB: SCT → 苏格兰 / Scotland). Empty for a country without regions or before it loads.
 */
export function useRegions(country: string | null | undefined): RegionName[] {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh' : 'en';
  const code = (country ?? '').toUpperCase();
  const regions = useQuery({
    queryKey: qk.country.regions(code, lang),
    queryFn: () =>
      unwrap(
        client.GET('/countries/{code}/regions', {
          params: { path: { code }, query: { lang } },
        }),
      ),
    enabled: /^[A-Z]{2}$/.test(code),
    // Region names come from the holiday data shipped with the server: they do not change.
    staleTime: Infinity,
  });
  return regions.data?.items ?? [];
}

/** "苏格兰 (SCT)"; a free-text region the data does not know is shown as typed. */
export function regionLabel(regions: RegionName[], code: string): string {
  const known = regions.find((r) => r.code === code);
  return known ? `${known.name} (${known.code})` : code;
}
