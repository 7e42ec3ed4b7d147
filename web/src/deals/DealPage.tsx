import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { formatDate, formatMoney } from '../lib/format.ts';
import { Money } from '../lib/Money.tsx';
import { DealFormModal } from './DealFormModal.tsx';
import { LinkedMailCard } from '../mail/LinkedMailCard.tsx';
import { DealQuotes } from './DealQuotes.tsx';
import { DealTimeline } from './DealTimeline.tsx';
import { nameOf } from './labels.ts';
import { usePipelines } from './usePipelines.ts';

/** One deal: its facts, people, reasons and competitors, a stage picker, and its timeline. */
export function DealPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const names = useNameOf();
  const pipelines = usePipelines().data ?? [];
  const [editing, setEditing] = useState(false);
  const deal = useQuery({
    queryKey: qk.deals.one(id),
    queryFn: () => unwrap(client.GET('/deals/{id}', { params: { path: { id } } })),
  });
  if (deal.isPending) return <Spin />;
  if (deal.isError) return <Alert type="error" title={t('common.loadFailed')} />;
  const d = deal.data;
  const pipeline = pipelines.find((p) => p.id === d.pipelineId);
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.deals.all() });
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
      refresh();
    } catch (err) {
      void message.error(String(err));
    }
  };
  const path = { params: { path: { id } } };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" wrap gap={8} align="center">
        <Space direction="vertical" size={0}>
          <Link to="/deals">← {t('deals.title')}</Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {d.title}
          </Typography.Title>
          <Link to={`/customers/${d.customerId}`}>
            {flag(d.customerCountry)} {d.customerName}
          </Link>
        </Space>
        <Space wrap>
          <Select
            aria-label={t('deals.moveTo')}
            value={d.stageId}
            style={{ minWidth: 180 }}
            data-testid="deal-page-stage"
            onChange={(stageId: string) =>
              void act(
                () => unwrap(client.PATCH('/deals/{id}', { ...path, body: { stageId } })),
                t('deals.saved'),
              )
            }
            options={(pipeline?.stages ?? []).map((s) => ({ value: s.id, label: nameOf(t, s) }))}
          />
          <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
          {d.status === 'won' && (
            <Button
              onClick={() =>
                void act(async () => {
                  const next = await unwrap(
                    client.POST('/deals/{id}/repeat', { ...path, body: {} }),
                  );
                  void navigate(`/deals/${next.id}`);
                }, t('deals.repeated'))
              }
            >
              {t('deals.repeat')}
            </Button>
          )}
          <Popconfirm
            title={t('deals.deleteConfirm')}
            onConfirm={() =>
              void act(async () => {
                await unwrap(client.DELETE('/deals/{id}', path));
                void navigate('/deals');
              }, t('deals.deleted'))
            }
          >
            <Button danger>{t('common.delete')}</Button>
          </Popconfirm>
        </Space>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('deals.amount')}>
                <Money minor={d.amountMinor} currency={d.currency} /> · {d.probability} %
              </Descriptions.Item>
              <Descriptions.Item label={t('deals.status')}>
                <Space wrap>
                  <Tag>{t(`deals.statuses.${d.status}`)}</Tag>
                  {d.status === 'open' && t('deals.daysInStage', { count: d.daysInStage })}
                  {d.rotting && <Tag color="red">{t('deals.rotting')}</Tag>}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('deals.expectedClose')}>
                {formatDate(d.expectedCloseDate, i18n.language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('deals.pipeline')}>
                {pipeline ? nameOf(t, pipeline) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('deals.owner')}>
                {names.user(d.ownerId)}
              </Descriptions.Item>
              <Descriptions.Item label={t('deals.country')}>
                {countryName(d.customerCountry, i18n.language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('deals.source')}>{d.source ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('deals.nextStep')}>{d.nextStep ?? '—'}</Descriptions.Item>
            </Descriptions>
            {d.repeatOfId && <Link to={`/deals/${d.repeatOfId}`}>{t('deals.repeatOf')}</Link>}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('deals.contacts')} style={{ marginBottom: 16 }}>
            {d.contacts.length
              ? d.contacts.map((c) => (
                  <div key={c.contactId}>
                    {c.name} · <Tag>{t(`deals.roles.${c.role}`)}</Tag>
                  </div>
                ))
              : '—'}
          </Card>
          <Card size="small" title={t('deals.reasons')} style={{ marginBottom: 16 }}>
            {d.reasons.length
              ? d.reasons.map((r) => (
                  <div key={r.reason}>
                    <Tag color={r.attribution === 'stated_by_buyer' ? 'blue' : 'default'}>
                      {t(`deals.reasonNames.${r.reason}`)}
                    </Tag>
                    {t(`deals.attributions.${r.attribution}`)}
                    {r.note ? ` · ${r.note}` : ''}
                  </div>
                ))
              : '—'}
          </Card>
          <Card size="small" title={t('deals.competitors')}>
            {d.competitors.length
              ? d.competitors.map((c, i) => (
                  <div key={i}>
                    {c.name} ·{' '}
                    {c.amountMinor !== null && c.currency
                      ? formatMoney(c.amountMinor, c.currency, i18n.language)
                      : t('deals.unknownPrice')}
                  </div>
                ))
              : '—'}
          </Card>
        </Col>
      </Row>
      <DealQuotes dealId={d.id} />
      <LinkedMailCard
        about={{ dealId: d.id }}
        label={t('mail.linked.aboutDeal', { title: d.title })}
        customerId={d.customerId}
        contactId={d.contacts[0]?.contactId}
      />
      <Card size="small" title={t('deals.timeline')}>
        <DealTimeline items={d.timeline} currency={d.currency} />
      </Card>
      <DealFormModal
        open={editing}
        deal={d}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          refresh();
        }}
      />
    </Flex>
  );
}
