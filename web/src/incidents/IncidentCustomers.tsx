import { Button, Card, Empty, Flex, List, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { flag } from '../lib/countries.ts';
import { CustomerPicker } from '../products/pickers.tsx';
import type { IncidentDetail } from './api.ts';

/**
 * The customers linked to an incident by hand, beyond its markets' customers: their owners get
 * the activation follow-up too. Its owner and admins link a customer they may see or unlink one;
 * linked customers of other teams are only counted.
 */
export function IncidentCustomers(props: {
  incident: IncidentDetail;
  run: (call: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const i = props.incident;
  const [picked, setPicked] = useState<string | undefined>();
  const path = (customerId: string) => ({ params: { path: { id: i.id, customerId } } });
  return (
    <Card size="small" title={t('incidents.customers')} data-testid="incident-customers">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('incidents.customersHint')}
      </Typography.Paragraph>
      {i.customers.length === 0 && i.hiddenCustomers === 0 ? (
        <Empty description={t('incidents.noCustomers')} />
      ) : (
        <List
          dataSource={i.customers}
          footer={
            i.hiddenCustomers > 0 && (
              <Typography.Text type="secondary" data-testid="incident-customers-hidden">
                {t('incidents.hiddenCustomers', { count: i.hiddenCustomers })}
              </Typography.Text>
            )
          }
          renderItem={(c) => (
            <List.Item
              data-testid="incident-customer"
              actions={
                i.canEdit
                  ? [
                      <Popconfirm
                        key="unlink"
                        title={t('incidents.unlinkCustomerConfirm')}
                        onConfirm={() =>
                          void props.run(() =>
                            unwrap(
                              client.DELETE('/incidents/{id}/customers/{customerId}', path(c.id)),
                            ),
                          )
                        }
                      >
                        <Button size="small" data-testid="incident-customer-unlink">
                          {t('incidents.unlink')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex vertical style={{ overflowWrap: 'anywhere' }}>
                <Link to={`/customers/${c.id}`}>
                  {flag(c.country)} {c.name}
                </Link>
                <Typography.Text type="secondary">
                  {t('incidents.customerOwner', { name: c.ownerName ?? '—' })}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {i.canEdit && (
        <Flex gap={8} wrap style={{ marginTop: 8 }} data-testid="incident-customer-pick">
          <CustomerPicker value={picked} onChange={setPicked} style={{ flex: 1, minWidth: 200 }} />
          <Button
            disabled={!picked}
            data-testid="incident-customer-link"
            onClick={() =>
              picked &&
              void props
                .run(() =>
                  unwrap(client.PUT('/incidents/{id}/customers/{customerId}', path(picked))),
                )
                .then((ok) => ok && setPicked(undefined))
            }
          >
            {t('incidents.link')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
