import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../lib/Money.tsx';

export const BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
const COLOURS = ['green', 'gold', 'orange', 'volcano', 'red'];

/** The five aging buckets as tags, in the reporting currency; amounts without a rate named. */
export function AgingTags({
  buckets,
  currency,
  unconverted,
}: {
  buckets: Record<(typeof BUCKETS)[number], number>;
  currency: string;
  unconverted: { currency: string; openMinor: number }[];
}) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4} data-testid="aging">
      {BUCKETS.map((b, i) => (
        <Tag key={b} color={buckets[b] ? COLOURS[i] : undefined}>
          {t(`risk.buckets.${b}`)}: <Money minor={buckets[b]} currency={currency} />
        </Tag>
      ))}
      {unconverted.map((u) => (
        <Typography.Text key={u.currency} type="warning">
          {t('risk.unconverted', { currency: u.currency })}{' '}
          <Money minor={u.openMinor} currency={u.currency} />
        </Typography.Text>
      ))}
    </Flex>
  );
}
