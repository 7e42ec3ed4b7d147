import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Grid,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { flag } from '../lib/countries.ts';
import { ActivitiesCard, FollowUpsCard, HealthCard } from '../relationship/RelationshipCard.tsx';
import { ContactsCard } from './ContactsCard.tsx';
import { CustomerCalendarCard } from './CustomerCalendarCard.tsx';
import { CustomerFormModal } from './CustomerFormModal.tsx';
import { CustomerValueCard } from '../value/CustomerValueCard.tsx';
import { CustomerLoyaltyCard } from '../loyalty/CustomerLoyaltyCard.tsx';
import { CustomerRiskCard } from '../risk/CustomerRiskCard.tsx';
import { RequirementsCard } from '../sustainability/RequirementsCard.tsx';
import { CustomerEventsCard } from '../events/CustomerEventsCard.tsx';
import { LocalTimeCard } from './LocalTimeCard.tsx';
import { ZoneSourceNote } from './ZoneSourceNote.tsx';
import { CustomerProfileCard } from './CustomerProfileCard.tsx';
import { CustomerMailCard } from '../mail/CustomerMailCard.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { QuickLog } from '../relationship/QuickLog.tsx';
import { ReleaseButton } from '../pool/ReleaseButton.tsx';
import { ServiceCard } from '../service-visits/ServiceCard.tsx';
import { LeadScoreCard, SCORED_STAGES } from '../insight/LeadScoreCard.tsx';

export function CustomerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const phone = useIsPhone();
  const wide = Grid.useBreakpoint().xl === true;
  const key = qk.customer(id);
  const customer = useQuery({
    queryKey: key,
    // Opens from the trash too, where the customer can be restored.
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}', {
          params: { path: { id: id ?? '' }, query: { includeDeleted: true } },
        }),
      ),
    retry: false,
  });

  if (customer.isPending) return <Skeleton active />;
  if (customer.isError || !customer.data) {
    return (
      <Result
        status="404"
        title={t('customers.notFound')}
        extra={<Link to="/customers">{t('customers.backToList')}</Link>}
      />
    );
  }
  const c = customer.data;
  const deleted = !!c.deletedAt;
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: key });
    void qc.invalidateQueries({ queryKey: qk.customers.all() });
  };
  const localTime = <LocalTimeCard customer={c} note={<ZoneSourceNote customer={c} />} />;
  const followUps = !deleted && <FollowUpsCard customerId={c.id} />;
  const contacts = <ContactsCard customerId={c.id} readOnly={deleted} />;
  const value = <CustomerValueCard customer={c} readOnly={deleted} />;
  const loyalty = <CustomerLoyaltyCard customerId={c.id} readOnly={deleted} />;
  const risk = !deleted && <CustomerRiskCard customerId={c.id} />;
  const events = !deleted && <CustomerEventsCard customerId={c.id} />;
  const sustainability = !deleted && <RequirementsCard customerId={c.id} />;
  const service = !deleted && <ServiceCard customerId={c.id} />;
  // On a phone the touch buttons sit near the top (below), not inside the activities card.
  const activities = <ActivitiesCard customerId={c.id} readOnly={deleted} quickLog={!phone} />;
  const profile = <CustomerProfileCard customer={c} />;
  const mail = <CustomerMailCard customerId={c.id} customer={deleted ? undefined : c} />;
  const health = !deleted && <HealthCard customerId={c.id} />;
  const leadScore = !deleted && SCORED_STAGES.includes(c.stage) && (
    <LeadScoreCard customerId={c.id} />
  );
  const calendar = !deleted && <CustomerCalendarCard customer={c} />;

  return (
    <Flex vertical gap={16}>
      {/* On a phone the buttons keep their corner and the name takes the rest of the row. */}
      <Flex justify="space-between" align="start" wrap={!phone} gap={12}>
        <Space
          orientation="vertical"
          size={0}
          style={{ flex: phone ? '1 1 0' : undefined, minWidth: 0 }}
        >
          <Link to="/customers">
            <ArrowLeftOutlined /> {t('customers.backToList')}
          </Link>
          <Typography.Title
            level={3}
            style={{ margin: '8px 0 0', overflowWrap: 'anywhere' }}
            data-testid="customer-title"
          >
            {flag(c.country)} {c.name}
          </Typography.Title>
          {c.nativeName && (
            <Typography.Text type="secondary" style={{ fontSize: 16 }}>
              {c.nativeName}
            </Typography.Text>
          )}
          <Space wrap size={[0, 4]} style={{ marginTop: 8 }}>
            <Tag color="blue">{t(`stages.${c.stage}`)}</Tag>
            {c.tier && (
              <Tag color="gold">
                {t('customers.fields.tier')} {c.tier}
              </Tag>
            )}
            {c.tags.map((x) => (
              <Tag key={x}>{x}</Tag>
            ))}
          </Space>
        </Space>
        <Space>
          {deleted ? (
            <Button
              icon={<UndoOutlined />}
              onClick={async () => {
                await unwrap(
                  client.POST('/customers/{id}/restore', { params: { path: { id: c.id } } }),
                );
                void message.success(t('customers.restored'));
                refresh();
              }}
            >
              {!phone && t('common.restore')}
            </Button>
          ) : (
            <>
              <Button
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="edit-customer"
                aria-label={t('common.edit')}
              >
                {!phone && t('common.edit')}
              </Button>
              <ReleaseButton customer={c} phone={phone} />
              <Popconfirm
                title={t('customers.deleteConfirm')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={async () => {
                  await unwrap(
                    client.DELETE('/customers/{id}', { params: { path: { id: c.id } } }),
                  );
                  void message.success(t('customers.movedToTrash'));
                  refresh();
                  void navigate('/customers');
                }}
              >
                <Button danger icon={<DeleteOutlined />} aria-label={t('common.delete')}>
                  {!phone && t('common.delete')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      </Flex>
      {deleted && <Alert type="warning" showIcon title={t('customers.inTrash')} />}
      {wide ? (
        <Row gutter={[16, 16]}>
          <Col span={16}>
            <Flex vertical gap={16}>
              {profile}
              {contacts}
              {value}
              {risk}
              {loyalty}
              {activities}
              {mail}
            </Flex>
          </Col>
          <Col span={8}>
            <Flex vertical gap={16}>
              {localTime}
              {followUps}
              {service}
              {health}
              {leadScore}
              {events}
              {sustainability}
              {calendar}
            </Flex>
          </Col>
        </Row>
      ) : (
        // One column: the clock and the next window to call first, then what a rep acts on.
        <Flex vertical gap={16}>
          {localTime}
          {phone && !deleted && (
            <Card size="small" title={t('phone.logTouch')}>
              <QuickLog customerId={c.id} />
            </Card>
          )}
          {followUps}
          {service}
          {contacts}
          {activities}
          {mail}
          {value}
          {risk}
          {loyalty}
          {profile}
          {health}
          {leadScore}
          {events}
          {sustainability}
          {calendar}
        </Flex>
      )}
      {editing && (
        <CustomerFormModal
          open
          customer={c}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
          }}
        />
      )}
    </Flex>
  );
}
