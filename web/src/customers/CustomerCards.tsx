import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HealthBadge } from '../relationship/HealthBadge.tsx';
import { LeadScoreBadge } from '../insight/LeadScoreBadge.tsx';
import { Link, useNavigate } from 'react-router';
import { useNameOf } from '../api/queries.ts';
import type { Customer } from '../api/models.ts';
import { countryName, flag } from '../lib/countries.ts';
import { useNow } from '../lib/useNow.ts';
import { STAGE_COLORS } from './useCustomerColumns.tsx';
import { Marked } from '../lib/Marked.tsx';

const STEP = 40;

/**
 * The customer list on a phone: one card per customer with what a rep on the road needs — where
 * they are, their clock now, stage and health — instead of a table wider than the screen.
 */
export function CustomerCards(props: {
  rows: Customer[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  empty: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const names = useNameOf();
  const now = useNow();
  // The server sends pages of 200; a phone draws them a few dozen at a time.
  const [shown, setShown] = useState(STEP);
  const more = props.rows.length > shown || props.hasMore;
  const clock = (timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(now);

  return (
    <List<Customer>
      dataSource={props.rows.slice(0, shown)}
      loading={props.loading}
      split={false}
      locale={{ emptyText: props.empty }}
      renderItem={(c) => (
        <List.Item style={{ padding: '0 0 8px' }}>
          <Card
            size="small"
            hoverable
            style={{ width: '100%' }}
            onClick={() => void navigate(`/customers/${c.id}`)}
            data-testid="customer-card"
          >
            <Flex justify="space-between" align="start" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Link
                  to={`/customers/${c.id}`}
                  style={{ fontWeight: 600, overflowWrap: 'anywhere' }}
                  onClick={(e) => e.stopPropagation()}
                  data-testid="customer-link"
                >
                  <Marked text={c.name} ranges={c.highlight?.name} />
                </Link>
                {c.nativeName && (
                  <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                    <Marked text={c.nativeName} ranges={c.highlight?.nativeName} />
                  </Typography.Text>
                )}
                <Typography.Text>
                  {flag(c.country)} {countryName(c.country, i18n.language)}
                  {c.city ? ` · ${c.city}` : ''}
                </Typography.Text>
              </Flex>
              <Flex vertical align="end" gap={4} style={{ flex: 'none' }}>
                <Tag color={STAGE_COLORS[c.stage]} style={{ marginInlineEnd: 0 }}>
                  {t(`stages.${c.stage}`)}
                </Tag>
                <HealthBadge status={c.healthStatus} score={c.healthScore} />
                <LeadScoreBadge score={c.leadScore} withLabel />
              </Flex>
            </Flex>
            <Flex wrap gap={8} style={{ marginTop: 6 }}>
              {c.timeZone && (
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  <ClockCircleOutlined /> {clock(c.timeZone)}
                </Typography.Text>
              )}
              {c.tier && (
                <Typography.Text type="secondary">
                  {t('customers.fields.tier')} {c.tier}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">{names.user(c.ownerId)}</Typography.Text>
            </Flex>
          </Card>
        </List.Item>
      )}
      loadMore={
        more && (
          <Button
            block
            loading={props.loadingMore}
            onClick={() => {
              setShown((n) => n + STEP);
              if (props.rows.length <= shown + STEP && props.hasMore) props.onMore();
            }}
          >
            {t('phone.loadMore')}
          </Button>
        )
      }
    />
  );
}
