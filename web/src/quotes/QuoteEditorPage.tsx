import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { currencyOptions, formatDate } from '../lib/format.ts';
import { PaymentTerms } from './PaymentTerms.tsx';
import { QuoteActions } from './QuoteActions.tsx';
import { LoyaltyDiscountHint } from './LoyaltyDiscountHint.tsx';
import { QuoteLines } from './QuoteLines.tsx';
import { bodyOf, valuesOf, type QuoteValues } from './quote-form.ts';
import { useQuoteDeal } from './useQuoteDeal.ts';
import { INCOTERMS, QUOTE_KINDS, QUOTE_LANGUAGES, STATUS_COLOR } from './types.ts';

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
  columnGap: 16,
};
const KNOWN = [
  'customerId',
  'currency',
  'language',
  'quoteDate',
  'validUntil',
  'incoterm',
  'lines',
  'paymentTerms',
  'leadTime',
  'packing',
  'bankDetails',
  'notes',
];

/** Creates a draft or shows one revision: editable while a draft, with live totals and a PDF preview. */
export function QuoteEditorPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<QuoteValues>();
  const [saving, setSaving] = useState(false);
  const [q, setQ] = useState('');
  const [search] = useSearchParams();
  const fromDeal = useQuoteDeal(form, id ? null : search.get('dealId'));
  const quote = useQuery({
    queryKey: qk.quotes.one(id ?? ''),
    queryFn: () => unwrap(client.GET('/quotes/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
  const customers = useQuery({
    queryKey: qk.customers.pick(q),
    queryFn: () => unwrap(client.GET('/customers', { params: { query: { q, limit: 20 } } })),
    enabled: !id,
  });
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  const currency = Form.useWatch('currency', form) ?? 'USD';
  // A new quote's customer is picked in the form; a saved one's is the quote's.
  const picked = Form.useWatch<string | undefined>('customerId', form);
  const draft = !id || quote.data?.status === 'draft';
  useEffect(() => {
    if (quote.data) form.setFieldsValue(valuesOf(quote.data));
  }, [quote.data, form]);

  const save = async (v: QuoteValues) => {
    setSaving(true);
    try {
      const body = bodyOf(v);
      const saved = id
        ? await unwrap(client.PATCH('/quotes/{id}', { params: { path: { id } }, body }))
        : await unwrap(
            client.POST('/quotes', {
              body: { ...body, customerId: v.customerId ?? '', kind: v.kind },
            }),
          );
      void qc.invalidateQueries({ queryKey: qk.quotes.all() });
      void message.success(t('quotes.editor.saved'));
      if (!id) void navigate(`/quotes/${saved.id}`, { replace: true });
    } catch (err) {
      if (err instanceof ApiError)
        for (const e of err.errors) e.path = e.path.replace(/\/unitPriceMinor$/, '/unitPrice');
      const listLevel =
        err instanceof ApiError
          ? err.errors.filter((e) => e.path === '/lines' || e.path === '/paymentTerms')
          : [];
      const rest = applyFieldErrors(form, err, t, { known: KNOWN });
      const shown = [...rest, ...listLevel.map((e) => ({ ...e, message: e.message }))];
      if (shown.length || !(err instanceof ApiError))
        void message.error(shown.map((e) => e.message).join('; ') || String(err));
    } finally {
      setSaving(false);
    }
  };

  const data = quote.data;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1100 }}>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data
            ? `${data.number} · ${t('quotes.revision', { revision: data.revision })}`
            : t('quotes.editor.newTitle')}
        </Typography.Title>
        {data && (
          <Tag color={STATUS_COLOR[data.status]} data-testid="quote-status">
            {t(`quotes.statuses.${data.status}`)}
          </Tag>
        )}
        {data && <Link to={`/customers/${data.customerId}`}>{data.customerName}</Link>}
        {(data?.dealId ?? fromDeal?.id) && (
          <Link to={`/deals/${data?.dealId ?? fromDeal?.id}`} data-testid="quote-deal">
            {t('quotes.editor.deal')}
            {fromDeal ? ` · ${fromDeal.title}` : ''}
          </Link>
        )}
      </Flex>
      {data && data.revisions.length > 1 && (
        <Space wrap>
          {t('quotes.editor.revisions')}:
          {data.revisions.map((r) => (
            <Link key={r.id} to={`/quotes/${r.id}`}>
              <Tag color={r.id === data.id ? 'processing' : STATUS_COLOR[r.status]}>
                {r.revision}
              </Tag>
            </Link>
          ))}
        </Space>
      )}
      {data && !draft && (
        <Alert
          type="info"
          showIcon
          message={t('quotes.editor.frozen', { status: t(`quotes.statuses.${data.status}`) })}
        />
      )}
      {data?.expiresAt && data.validUntil && data.status === 'sent' && (
        <Typography.Text type="secondary">
          {t('quotes.editor.expiresAt', { date: formatDate(data.validUntil, i18n.language) })}
        </Typography.Text>
      )}
      <Form<QuoteValues>
        form={form}
        layout="vertical"
        disabled={!draft}
        onFinish={save}
        initialValues={{
          kind: 'quote',
          currency: 'USD',
          quoteDate: dayjs(),
          validUntil: dayjs().add(30, 'day'),
          incoterm: { rule: 'FOB' },
          paymentTerms: [
            { percent: 30, event: 'on_order' },
            { percent: 70, event: 'against_bl_copy' },
          ],
          lines: [{ quantity: 1 }],
        }}
      >
        <Form.Item name="dealId" hidden>
          <Input />
        </Form.Item>
        <div style={grid}>
          {!id && (
            <Form.Item
              name="customerId"
              label={t('quotes.customer')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch={{ filterOption: false, onSearch: setQ }}
                placeholder={t('quotes.editor.pickCustomer')}
                disabled={!!fromDeal}
                data-testid="quote-customer"
                options={[
                  ...(fromDeal
                    ? [
                        {
                          value: fromDeal.customerId,
                          label: `${fromDeal.customerName} (${fromDeal.customerCountry})`,
                        },
                      ]
                    : []),
                  ...(customers.data?.items ?? [])
                    .filter((c) => c.id !== fromDeal?.customerId)
                    .map((c) => ({ value: c.id, label: `${c.name} (${c.country})` })),
                ]}
                onChange={(cid: string) => {
                  const c = customers.data?.items.find((x) => x.id === cid);
                  if (c?.currency) form.setFieldValue('currency', c.currency);
                }}
              />
            </Form.Item>
          )}
          {!id && (
            <Form.Item name="kind" label={t('quotes.kind')}>
              <Select
                options={QUOTE_KINDS.map((k) => ({ value: k, label: t(`quotes.kinds.${k}`) }))}
              />
            </Form.Item>
          )}
          <Form.Item name="currency" label={t('quotes.editor.currency')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={currencies} />
          </Form.Item>
          <Form.Item name="language" label={t('quotes.editor.language')}>
            <Select
              allowClear
              placeholder={t('quotes.editor.languageAuto')}
              options={[...new Set([...QUOTE_LANGUAGES, ...(data ? [data.language] : [])])].map(
                (l) => ({
                  value: l,
                  label: `${new Intl.DisplayNames([i18n.language], { type: 'language' }).of(l) ?? l} (${l})`,
                }),
              )}
            />
          </Form.Item>
          <Form.Item name="quoteDate" label={t('quotes.editor.quoteDate')}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item name="validUntil" label={t('quotes.validUntil')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['incoterm', 'rule']} label={t('quotes.editor.incoterm')}>
            <Select allowClear options={INCOTERMS.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          <Form.Item
            name={['incoterm', 'place']}
            label={t('quotes.editor.place')}
            extra={t('quotes.editor.placeHint')}
          >
            <Input />
          </Form.Item>
        </div>
        <LoyaltyDiscountHint customerId={quote.data?.customerId ?? picked} disabled={!draft} />
        <QuoteLines disabled={!draft} currency={currency} />
        <div style={{ height: 16 }} />
        <PaymentTerms disabled={!draft} />
        <div style={{ ...grid, marginTop: 16 }}>
          <Form.Item name="leadTime" label={t('quotes.editor.leadTime')}>
            <Input />
          </Form.Item>
          <Form.Item name="packing" label={t('quotes.editor.packing')}>
            <Input />
          </Form.Item>
          <Form.Item
            name="bankDetails"
            label={t('quotes.editor.bankDetails')}
            extra={t('quotes.editor.bankDetailsHint')}
          >
            <Input.TextArea autoSize />
          </Form.Item>
          <Form.Item name="notes" label={t('quotes.editor.notes')}>
            <Input.TextArea autoSize />
          </Form.Item>
        </div>
        {draft && (
          <Button type="primary" htmlType="submit" loading={saving} data-testid="quote-save">
            {t('quotes.editor.save')}
          </Button>
        )}
      </Form>
      {data && <QuoteActions quote={data} />}
    </Flex>
  );
}
