import { Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import type { Customer } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { HealthBadge } from '../relationship/HealthBadge.tsx';
import { Money } from '../lib/Money.tsx';
import { Marked } from '../lib/Marked.tsx';
import { LeadScoreBadge } from '../insight/LeadScoreBadge.tsx';

export const STAGE_COLORS: Record<string, string> = {
  lead: 'default',
  prospect: 'blue',
  customer: 'green',
  partner: 'purple',
  churned: 'red',
};
/** The columns a user may hide; the others are always shown. */
export const OPTIONAL = [
  'nativeName',
  'city',
  'industry',
  'tier',
  'health',
  'leadScore',
  'tags',
  'owner',
  'team',
  'timeZone',
  'source',
  'revenue',
  'lastOrder',
  'createdAt',
] as const;
export const COLUMNS_KEY = 'chuhai.customers.columns';

export function savedColumns(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') as unknown;
    return Array.isArray(v)
      ? (v as string[])
      : ['nativeName', 'city', 'tier', 'health', 'tags', 'owner'];
  } catch {
    return ['nativeName', 'city', 'tier', 'health', 'tags', 'owner'];
  }
}

/**
 * Every column of the customer list, in order; the page shows those not hidden. The default
 * columns add up to 1,160 px, so they fit beside the menu on a 1440-px screen (1,172 px); more
 * columns scroll inside the table.
 */
export function useCustomerColumns(): ColumnsType<Customer> {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const names = useNameOf();
  // Revenue is kept in the reporting currency's minor units.
  const reporting = useQuery({
    queryKey: qk.exchangeRates(),
    queryFn: () => unwrap(client.GET('/exchange-rates')),
    staleTime: 60_000,
  }).data?.reportingCurrency;

  return [
    {
      key: 'name',
      title: t('customers.fields.name'),
      width: 230,
      ellipsis: true,
      fixed: 'left',
      render: (_, c) => (
        <Typography.Link
          onClick={() => void navigate(`/customers/${c.id}`)}
          data-testid="customer-link"
        >
          <Marked text={c.name} ranges={c.highlight?.name} />
        </Typography.Link>
      ),
    },
    {
      key: 'nativeName',
      title: t('customers.fields.nativeName'),
      width: 160,
      ellipsis: true,
      render: (_, c) =>
        c.nativeName ? <Marked text={c.nativeName} ranges={c.highlight?.nativeName} /> : '',
    },
    {
      key: 'country',
      title: t('customers.fields.country'),
      width: 150,
      ellipsis: true,
      render: (_, c) => `${flag(c.country)} ${countryName(c.country, i18n.language)}`,
    },
    {
      key: 'city',
      title: t('customers.fields.city'),
      width: 120,
      ellipsis: true,
      render: (_, c) => c.city ?? '',
    },
    {
      key: 'stage',
      title: t('customers.fields.stage'),
      width: 100,
      render: (_, c) => <Tag color={STAGE_COLORS[c.stage]}>{t(`stages.${c.stage}`)}</Tag>,
    },
    { key: 'tier', title: t('customers.fields.tier'), width: 60, render: (_, c) => c.tier ?? '' },
    {
      key: 'health',
      title: t('relationship.healthColumn'),
      width: 90,
      render: (_, c) => <HealthBadge status={c.healthStatus} score={c.healthScore} />,
    },
    {
      // Leads and prospects only: the API answers null for the other stages, shown as nothing.
      key: 'leadScore',
      title: t('insight.leadScore.column'),
      width: 100,
      render: (_, c) => <LeadScoreBadge score={c.leadScore} />,
    },
    {
      key: 'industry',
      title: t('customers.fields.industry'),
      width: 180,
      render: (_, c) => c.industry ?? '',
    },
    {
      key: 'tags',
      title: t('customers.fields.tags'),
      width: 150,
      render: (_, c) => c.tags.map((x) => <Tag key={x}>{x}</Tag>),
    },
    {
      key: 'owner',
      title: t('customers.fields.owner'),
      width: 110,
      ellipsis: true,
      render: (_, c) => names.user(c.ownerId),
    },
    {
      key: 'team',
      title: t('customers.fields.team'),
      width: 180,
      render: (_, c) => names.team(c.teamId),
    },
    {
      key: 'timeZone',
      title: t('customers.fields.timeZone'),
      width: 170,
      render: (_, c) => c.timeZone ?? '',
    },
    {
      key: 'source',
      title: t('customers.fields.source'),
      width: 160,
      render: (_, c) => c.source ?? '',
    },
    {
      key: 'revenue',
      title: t('value.tiers.revenue'),
      width: 150,
      align: 'right',
      render: (_, c) =>
        c.revenueMinor === null || !reporting ? (
          ''
        ) : (
          <Money minor={c.revenueMinor} currency={reporting} />
        ),
    },
    {
      key: 'lastOrder',
      title: t('value.customer.lastOrder'),
      width: 120,
      render: (_, c) => c.lastOrderDate ?? '',
    },
    {
      key: 'createdAt',
      title: t('customers.fields.createdAt'),
      width: 120,
      render: (_, c) => c.createdAt.slice(0, 10),
    },
  ];
}
