import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Result,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { countryOptions, flag } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { formatDate } from '../lib/format.ts';
import {
  INCIDENT_KINDS,
  incidentKeys,
  SEVERITIES,
  SEVERITY_COLOR,
  STATUSES,
  STATUS_COLOR,
} from './api.ts';

interface NewIncident {
  title: string;
  kind: (typeof INCIDENT_KINDS)[number];
  severity: (typeof SEVERITIES)[number];
  countries: string[];
  summary?: string;
}

/** Crisis incidents, newest first, for managers and admins; opening one starts it as monitoring. */
export function IncidentsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState<(typeof STATUSES)[number] | undefined>();
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<NewIncident>();
  // Opened from a mention (the reputation page): the form starts with its headline and market.
  const [params, setParams] = useSearchParams();
  const [prefill, setPrefill] = useState<Partial<NewIncident>>({});
  // …and is linked to that mention when opened.
  const [fromMention, setFromMention] = useState<string | null>(null);
  useEffect(() => {
    if (params.get('new') !== '1') return;
    setPrefill({
      title: params.get('title') ?? '',
      countries: params.get('country') ? [params.get('country')!] : [],
      summary: params.get('summary') ?? '',
    });
    setFromMention(params.get('mention'));
    setAdding(true);
    setParams({}, { replace: true });
  }, [params, setParams]);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const manager = user.role === 'admin' || user.role === 'manager';
  const list = useQuery({
    queryKey: incidentKeys.list(status),
    queryFn: () =>
      unwrap(client.GET('/incidents', { params: { query: status ? { status } : {} } })),
    enabled: manager,
  });
  if (!manager) return <Result status="403" title={t('errors.forbidden')} />;

  const create = async (v: NewIncident) => {
    setSaving(true);
    try {
      const made = await unwrap(
        client.POST('/incidents', {
          body: { ...v, ...(fromMention ? { mentionIds: [fromMention] } : {}) },
        }),
      );
      setFromMention(null);
      void qc.invalidateQueries({ queryKey: incidentKeys.all() });
      setAdding(false);
      void message.success(t('common.saved'));
      void navigate(`/incidents/${made.id}`);
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['title', 'kind', 'severity', 'countries', 'summary'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };
  const required = [{ required: true, message: t('errors.required') }];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('incidents.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Select
            allowClear
            placeholder={t('incidents.all')}
            style={{ minWidth: 160 }}
            value={status}
            onChange={setStatus}
            options={STATUSES.map((s) => ({ value: s, label: t(`incidents.statuses.${s}`) }))}
          />
          <Button
            type="primary"
            onClick={() => {
              setFromMention(null);
              setAdding(true);
            }}
            data-testid="incident-new"
          >
            {t('incidents.add')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('incidents.intro')}
      </Typography.Paragraph>
      <Card loading={list.isPending}>
        <List
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('incidents.empty')} /> }}
          renderItem={(i) => (
            <List.Item data-testid="incident-row">
              <List.Item.Meta
                title={
                  <span style={{ overflowWrap: 'anywhere' }}>
                    <Tag color={STATUS_COLOR[i.status]}>{t(`incidents.statuses.${i.status}`)}</Tag>
                    <Link to={`/incidents/${i.id}`}>{i.title}</Link>
                  </span>
                }
                description={
                  <Flex wrap gap={4} align="center">
                    {i.countries.map((c) => (
                      <span key={c}>
                        {flag(c)} {c}
                      </span>
                    ))}
                    <Tag>{t(`incidents.kinds.${i.kind}`)}</Tag>
                    <Tag color={SEVERITY_COLOR[i.severity]}>
                      {t(`incidents.severities.${i.severity}`)}
                    </Tag>
                    <Typography.Text type="secondary">
                      {formatDate(i.firstSeenAt, i18n.language)} · {i.ownerName ?? ''}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <FormModal<NewIncident>
        open={adding}
        title={t('incidents.add')}
        form={form}
        initialValues={{ kind: 'product_safety', severity: 'medium', countries: [], ...prefill }}
        onFinish={create}
        onClose={() => {
          setAdding(false);
          setPrefill({});
        }}
        saving={saving}
        width={640}
        saveTestId="incident-save"
      >
        <Form.Item name="title" label={t('incidents.fields.title')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('incidents.fields.kind')} rules={required}>
          <Select
            options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="severity" label={t('incidents.fields.severity')} rules={required}>
          <Select
            options={SEVERITIES.map((k) => ({ value: k, label: t(`incidents.severities.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="countries" label={t('incidents.fields.countries')} rules={required}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={countries}
            data-testid="incident-countries"
          />
        </Form.Item>
        <Form.Item name="summary" label={t('incidents.fields.summary')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
