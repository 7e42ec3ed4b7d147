import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
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
import { useCustomFields, useNameOf } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { formatDate, formatDateTime, languageNames } from '../lib/format.ts';
import { ActivitiesCard, FollowUpsCard, HealthCard } from '../relationship/RelationshipCard.tsx';
import { ContactsCard } from './ContactsCard.tsx';
import { CustomerCalendarCard } from './CustomerCalendarCard.tsx';
import { CustomerFormModal } from './CustomerFormModal.tsx';
import { CustomerValueCard } from '../value/CustomerValueCard.tsx';
import { regionLabel, useRegions } from '../countries/regions.ts';
import { LocalTimeCard } from './LocalTimeCard.tsx';
import { ZoneSourceNote } from './ZoneSourceNote.tsx';

export function CustomerPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const names = useNameOf();
  const fields = useCustomFields().data ?? [];
  const [editing, setEditing] = useState(false);
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
  const dash = t('common.none');

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={12}>
        <Space orientation="vertical" size={0}>
          <Link to="/customers">
            <ArrowLeftOutlined /> {t('customers.backToList')}
          </Link>
          <Typography.Title level={3} style={{ margin: '8px 0 0' }} data-testid="customer-title">
            {flag(c.country)} {c.name}
          </Typography.Title>
          {c.nativeName && (
            <Typography.Text type="secondary" style={{ fontSize: 16 }}>
              {c.nativeName}
            </Typography.Text>
          )}
          <Space style={{ marginTop: 8 }}>
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
              {t('common.restore')}
            </Button>
          ) : (
            <>
              <Button
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="edit-customer"
              >
                {t('common.edit')}
              </Button>
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
                <Button danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      </Flex>
      {deleted && <Alert type="warning" showIcon title={t('customers.inTrash')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={t('customers.profile')}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('customers.fields.country')}>
                  {countryName(c.country, i18n.language)} ({c.country})
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.region')}>
                  {c.region ? <RegionName country={c.country} code={c.region} /> : dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.city')}>
                  {c.city ?? dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.timeZone')}>
                  <Space orientation="vertical" size={0}>
                    {c.timeZone ?? dash}
                    <ZoneSourceNote customer={c} />
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.website')}>
                  {c.website ? (
                    <a href={c.website} target="_blank" rel="noreferrer">
                      {c.website}
                    </a>
                  ) : (
                    dash
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.domain')}>
                  {c.domain ?? dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.industry')}>
                  {c.industry ?? dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.size')}>
                  {c.size ?? dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.languages')}>
                  {languageNames(c.languages, i18n.language) || dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.currency')}>
                  {c.currency ?? dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.source')}>
                  {c.source ?? dash}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.owner')}>
                  {names.user(c.ownerId)}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.team')}>
                  {names.team(c.teamId)}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.createdAt')}>
                  {formatDateTime(c.createdAt, i18n.language)}
                </Descriptions.Item>
                <Descriptions.Item label={t('customers.fields.updatedAt')}>
                  {formatDateTime(c.updatedAt, i18n.language)}
                </Descriptions.Item>
              </Descriptions>
              {fields.length > 0 && (
                <Descriptions
                  title={t('customers.customFields')}
                  column={{ xs: 1, md: 2 }}
                  size="small"
                  style={{ marginTop: 16 }}
                >
                  {fields.map((f) => (
                    <Descriptions.Item key={f.key} label={f.label}>
                      {f.type === 'date' && typeof c.customFields[f.key] === 'string'
                        ? formatDate(String(c.customFields[f.key]), i18n.language)
                        : String(c.customFields[f.key] ?? dash)}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              )}
            </Card>
            <ContactsCard customerId={c.id} readOnly={deleted} />
            <CustomerValueCard customer={c} readOnly={deleted} />
            <ActivitiesCard customerId={c.id} readOnly={deleted} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <LocalTimeCard
              timeZone={c.timeZone}
              country={c.country}
              note={<ZoneSourceNote customer={c} />}
            />
            {!deleted && <FollowUpsCard customerId={c.id} />}
            {!deleted && <HealthCard customerId={c.id} />}
            {!deleted && <CustomerCalendarCard customer={c} />}
          </Flex>
        </Col>
      </Row>
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

/** The customer's region by name (苏格兰 (SCT)) where the holiday data knows it. */
function RegionName({ country, code }: { country: string; code: string }) {
  return <span data-testid="customer-region-name">{regionLabel(useRegions(country), code)}</span>;
}
