import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { currencyDigits } from '../lib/format.ts';
import { Money } from '../lib/Money.tsx';
import { AgingTags } from './AgingBar.tsx';
import { ChurnReasons, ChurnTag, SuggestedAction } from './ChurnReasons.tsx';
import { ModelChurnLine } from './ModelChurn.tsx';

/** A customer's churn risk with its reasons, credit limit, exposure, receivables, days late and country rating. */
export function CustomerRiskCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const risk = useQuery({
    queryKey: qk.risk.customer(customerId),
    queryFn: () =>
      unwrap(client.GET('/customers/{id}/risk', { params: { path: { id: customerId } } })),
  });
  const [editing, setEditing] = useState(false);
  const r = risk.data;
  // Links from the dashboard and the next actions end in #risk: scroll here once it has loaded.
  const card = useRef<HTMLDivElement>(null);
  const loaded = !!r;
  useEffect(() => {
    if (loaded && window.location.hash === '#risk')
      card.current?.scrollIntoView({ block: 'start' });
  }, [loaded]);
  if (!r) return <Card size="small" title={t('risk.card.title')} loading={risk.isLoading} />;
  const cur = r.reportingCurrency;
  const rec = r.receivables;
  return (
    <Card
      ref={card}
      id="risk"
      size="small"
      title={t('risk.card.title')}
      data-testid="risk-card"
      extra={
        user.role !== 'rep' && (
          <Button size="small" onClick={() => setEditing(true)}>
            {t('risk.card.setLimit')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('churn.label')}>
          <Space direction="vertical" size={4}>
            <ChurnTag score={r.churn.score} level={r.churn.level} />
            <ChurnReasons reasons={r.churn.reasons} />
            {r.churn.level !== 'low' && <SuggestedAction suggestion={r.churn.suggestion} />}
          </Space>
        </Descriptions.Item>
        {r.modelChurn && (
          <Descriptions.Item label={t('churnModel.label')}>
            <ModelChurnLine m={r.modelChurn} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('risk.card.limit')}>
          {r.credit ? (
            <Space wrap>
              <Money minor={r.credit.limitMinor} currency={r.credit.currency} />
              {r.credit.insurer && (
                <Tag>
                  {r.credit.insurer}
                  {r.credit.policyNumber ? ` · ${r.credit.policyNumber}` : ''}
                </Tag>
              )}
            </Space>
          ) : (
            t('risk.card.noLimit')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk.card.exposure')}>
          <Space wrap>
            <Money minor={r.exposure.totalMinor} currency={cur} />
            {r.exposure.overLimit && <Tag color="red">{t('risk.card.overLimit')}</Tag>}
            {r.pendingApprovals > 0 && (
              <Tag color="orange">{t('risk.card.pending', { count: r.pendingApprovals })}</Tag>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('risk.card.open')}>
          <AgingTags buckets={rec.buckets} currency={cur} unconverted={rec.unconverted} />
        </Descriptions.Item>
        <Descriptions.Item label={t('risk.dso')}>{rec.dso ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('risk.daysLate')}>
          <Space wrap>
            {rec.averageDaysLate ?? '—'}
            {rec.trend && (
              <Tag
                color={rec.trend === 'worse' ? 'red' : rec.trend === 'better' ? 'green' : undefined}
              >
                {t(`risk.trend.${rec.trend}`)}
              </Tag>
            )}
            {r.lateByQuarter.map((q) => (
              <Tag key={q.quarter}>
                {q.quarter}: {q.averageDaysLate}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('risk.countryRating')}>
          {r.country.risk ? (
            <Space wrap>
              <Tag color={r.country.risk.rating >= 5 ? 'red' : undefined}>
                {r.country.code} {r.country.risk.rating}/7
              </Tag>
              {t('risk.ownRating')}
            </Space>
          ) : (
            t('risk.noRating')
          )}
        </Descriptions.Item>
      </Descriptions>
      {editing && (
        <CreditLimitModal
          customerId={customerId}
          current={r.credit}
          currency={cur}
          onClose={() => setEditing(false)}
        />
      )}
    </Card>
  );
}

function CreditLimitModal({
  customerId,
  current,
  currency,
  onClose,
}: {
  customerId: string;
  current: { limitMinor: number; insurer: string | null; policyNumber: string | null } | null;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const save = async (v: { limit?: number | null; insurer?: string; policyNumber?: string }) => {
    try {
      await unwrap(
        client.PUT('/customers/{id}/credit-limit', {
          params: { path: { id: customerId } },
          body: {
            // Whole units of the reporting currency typed; the API takes minor units.
            limitMinor:
              v.limit == null ? null : Math.round(v.limit * 10 ** currencyDigits(currency)),
            insurer: v.insurer || null,
            policyNumber: v.policyNumber || null,
          },
        }),
      );
      void qc.invalidateQueries({ queryKey: qk.risk.all() });
      onClose();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['limitMinor', 'insurer', 'policyNumber'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(rest.map((e) => e.message).join('; ') || String(err));
    }
  };
  return (
    <Modal open title={t('risk.card.setLimit')} onCancel={onClose} onOk={() => form.submit()}>
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          limit: current ? current.limitMinor / 10 ** currencyDigits(currency) : null,
          insurer: current?.insurer,
          policyNumber: current?.policyNumber,
        }}
      >
        <Form.Item
          name="limit"
          label={`${t('risk.card.limit')} (${currency})`}
          extra={t('risk.card.limitHint')}
        >
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="insurer" label={t('risk.card.insurer')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="policyNumber" label={t('risk.card.policy')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
