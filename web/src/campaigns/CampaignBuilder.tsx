import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Spin,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { languageNames } from '../lib/format.ts';
import { weekdayName } from './CampaignBits.tsx';
import type { Campaign } from './types.ts';

interface FormValues {
  name: string;
  segmentId: string;
  templateId: string;
  mailboxId: string;
  schedule: { mode: 'now' | 'local'; weekday: number | null; time?: string };
  perMinute: number;
}
const KNOWN = ['name', 'segmentId', 'templateId', 'mailboxId', 'schedule', 'perMinute'];

/** A new campaign or a draft: what, to whom, from which mailbox, when and how fast. */
export function CampaignBuilder() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const existing = useQuery({
    queryKey: qk.campaigns.one(id ?? ''),
    enabled: !!id,
    queryFn: () => unwrap(client.GET('/campaigns/{id}', { params: { path: { id: id! } } })),
  });
  const segments = useSegments();
  const templates = useQuery({
    queryKey: qk.templates.all(),
    queryFn: () => unwrap(client.GET('/templates')).then((r) => r.items),
  });
  const mailboxes = useQuery({
    queryKey: qk.mailboxes(),
    queryFn: () => unwrap(client.GET('/mailboxes')).then((r) => r.items),
    select: (items) => items.filter((m) => m.smtpHost),
  });
  const settings = useQuery({
    queryKey: qk.campaigns.settings(),
    queryFn: () => unwrap(client.GET('/campaign-settings')),
  });
  useEffect(() => {
    const c = existing.data;
    if (c)
      form.setFieldsValue({
        name: c.name,
        segmentId: c.segmentId,
        templateId: c.templateId,
        mailboxId: c.mailboxId,
        schedule: {
          mode: c.schedule.mode,
          weekday: c.schedule.weekday,
          time: c.schedule.time ?? undefined,
        },
        perMinute: c.perMinute,
      });
  }, [existing.data, form]);
  const mode = Form.useWatch(['schedule', 'mode'], form);
  const templateId = Form.useWatch('templateId', form);
  const template = templates.data?.find((x) => x.id === templateId);

  /** Saves the form (creating the draft the first time) and returns the campaign. */
  const save = async (): Promise<Campaign> => {
    const v = await form.validateFields();
    const body = {
      ...v,
      schedule:
        v.schedule.mode === 'now'
          ? { mode: 'now' as const }
          : { mode: 'local' as const, weekday: v.schedule.weekday ?? null, time: v.schedule.time },
    };
    const c = id
      ? await unwrap(client.PATCH('/campaigns/{id}', { params: { path: { id } }, body }))
      : await unwrap(client.POST('/campaigns', { body }));
    qc.setQueryData(qk.campaigns.one(c.id), c);
    void qc.invalidateQueries({ queryKey: qk.campaigns.list() });
    if (!id) void navigate(`/campaigns/${c.id}/edit`, { replace: true });
    return c;
  };
  const run = (what: string, fn: () => Promise<void>) => async () => {
    setBusy(what);
    setProblems([]);
    try {
      await fn();
    } catch (err) {
      if (!(err instanceof ApiError)) return; // the form's own checks are shown at the fields
      const left = applyFieldErrors(form, err, t, { known: KNOWN });
      if (left.length) setProblems(left.map((e) => e.message));
      else if (!err.errors.length) setProblems([err.message]);
    } finally {
      setBusy(null);
    }
  };
  const onSave = run('save', async () => {
    await save();
    void message.success(t('campaigns.saved'));
  });
  const onTest = run('test', async () => {
    const c = await save();
    const r = await unwrap(
      client.POST('/campaigns/{id}/test-send', { params: { path: { id: c.id } } }),
    );
    setSentTo(
      t('campaigns.testSent', {
        to: r.to,
        subject: r.subject,
        language: languageNames([r.language], i18n.language),
      }),
    );
  });
  const doSchedule = run('schedule', async () => {
    const c = await save();
    await unwrap(client.POST('/campaigns/{id}/schedule', { params: { path: { id: c.id } } }));
    void qc.invalidateQueries({ queryKey: qk.campaigns.all() });
    void navigate(`/campaigns/${c.id}`);
  });
  const onSchedule = () =>
    modal.confirm({
      title: t('campaigns.scheduleConfirm'),
      content: t('campaigns.scheduleExplain', {
        threshold: settings.data?.approvalThreshold ?? 500,
      }),
      okText: t('campaigns.schedule'),
      onOk: doSchedule,
    });

  if (id && existing.isPending) return <Spin />;
  const noMailbox = mailboxes.isSuccess && mailboxes.data.length === 0;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {id ? t('campaigns.editTitle') : t('campaigns.newTitle')}
      </Typography.Title>
      <Card>
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{ schedule: { mode: 'now', weekday: null }, perMinute: 30 }}
        >
          <Form.Item name="name" label={t('campaigns.fields.name')} rules={[{ required: true }]}>
            <Input maxLength={200} data-testid="campaign-name" />
          </Form.Item>
          <Form.Item
            name="segmentId"
            label={t('campaigns.fields.segment')}
            rules={[{ required: true }]}
          >
            <Select
              data-testid="campaign-segment"
              loading={segments.isPending}
              options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item
            name="templateId"
            label={t('campaigns.fields.template')}
            rules={[{ required: true }]}
            extra={
              template && (
                <span data-testid="campaign-variants">
                  {t('campaigns.variants', {
                    languages: languageNames(
                      template.variants.map((v) => v.language),
                      i18n.language,
                    ),
                  })}
                </span>
              )
            }
          >
            <Select
              data-testid="campaign-template"
              loading={templates.isPending}
              options={(templates.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
            />
          </Form.Item>
          <Form.Item
            name="mailboxId"
            label={t('campaigns.fields.mailbox')}
            rules={[{ required: true }]}
          >
            <Select
              data-testid="campaign-mailbox"
              loading={mailboxes.isPending}
              options={(mailboxes.data ?? []).map((m) => ({ value: m.id, label: m.address }))}
            />
          </Form.Item>
          {noMailbox && <Alert type="warning" showIcon title={t('campaigns.noMailbox')} />}
          <Form.Item name={['schedule', 'mode']} label={t('campaigns.fields.schedule')}>
            <Radio.Group
              data-testid="campaign-mode"
              options={[
                { value: 'now', label: t('campaigns.scheduleNow') },
                { value: 'local', label: t('campaigns.scheduleLocal') },
              ]}
            />
          </Form.Item>
          {mode === 'local' && (
            <Flex gap={12} wrap>
              <Form.Item name={['schedule', 'weekday']} label={t('campaigns.fields.weekday')}>
                <Select
                  style={{ minWidth: 200 }}
                  data-testid="campaign-weekday"
                  options={[
                    { value: null, label: t('campaigns.firstDay') },
                    ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                      value: d,
                      label: weekdayName(d, i18n.language),
                    })),
                  ]}
                />
              </Form.Item>
              <Form.Item name={['schedule', 'time']} label={t('campaigns.fields.time')}>
                <Input
                  placeholder="10:00"
                  maxLength={5}
                  style={{ width: 110 }}
                  data-testid="campaign-time"
                />
              </Form.Item>
            </Flex>
          )}
          <Form.Item
            name="perMinute"
            label={t('campaigns.fields.perMinute')}
            extra={t('campaigns.perMinuteHint')}
          >
            <InputNumber min={1} max={600} data-testid="campaign-per-minute" />
          </Form.Item>
        </Form>
        {problems.map((p) => (
          <Alert key={p} type="error" showIcon title={p} style={{ marginBottom: 8 }} />
        ))}
        {sentTo && (
          <Alert
            type="success"
            showIcon
            title={sentTo}
            style={{ marginBottom: 8 }}
            data-testid="campaign-test-sent"
          />
        )}
        <Flex gap={8} wrap>
          <Button onClick={onSave} loading={busy === 'save'} data-testid="campaign-save">
            {t('campaigns.save')}
          </Button>
          <Button onClick={onTest} loading={busy === 'test'} data-testid="campaign-test">
            {t('campaigns.testSend')}
          </Button>
          <Button
            type="primary"
            onClick={onSchedule}
            loading={busy === 'schedule'}
            data-testid="campaign-schedule"
          >
            {t('campaigns.schedule')}
          </Button>
          <Button onClick={() => void navigate(id ? `/campaigns/${id}` : '/campaigns')}>
            {t('common.cancel')}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}
