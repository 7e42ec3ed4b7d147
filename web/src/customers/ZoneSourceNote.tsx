import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../api/models.ts';

/** "São Paulo" for America/Sao_Paulo: the zone's city as the reader's language names it. */
export function useZoneCity(): (zone: string) => string {
  const { t } = useTranslation();
  return (zone) => {
    const names = t('zones.cities', { returnObjects: true }) as Record<string, string>;
    return names[zone] ?? (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  };
}

/**
 * How the customer's zone was chosen. An assumed zone says so plainly and what to fill in to be
 * sure: the state, or the city when the state spans several zones (Texas, New South Wales).
 */
export function ZoneSourceNote({
  customer,
}: {
  customer: Pick<Customer, 'timeZone' | 'timeZoneSource' | 'region'>;
}) {
  const { t } = useTranslation();
  const city = useZoneCity();
  const { timeZone, timeZoneSource: source } = customer;
  if (!timeZone || !source) return null;
  if (source === 'assumed')
    return (
      <Typography.Text type="warning" data-testid="zone-assumed">
        {t(customer.region ? 'zones.assumedInRegion' : 'zones.assumed', { city: city(timeZone) })}
      </Typography.Text>
    );
  return (
    <Typography.Text type="secondary" data-testid="zone-source">
      {t(`zones.source.${source}`)}
    </Typography.Text>
  );
}
