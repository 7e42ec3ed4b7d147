import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { languageNames } from '../lib/format.ts';
import { ACCOUNT, CampaignFields, type FormValues } from './CampaignFields.tsx';
import type { Campaign } from './types.ts';

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
        mailboxId: c.smtpAccountId ? `${ACCOUNT}${c.smtpAccountId}` : (c.mailboxId ?? ''),
        schedule: {
          mode: c.schedule.mode,
          weekday: c.schedule.weekday,
          time: c.schedule.time ?? undefined,
        },
        perMinute: c.perMinute,
      });
  }, [existing.data, form]);

  /** Saves the form (creating the draft the first time) and returns the campaign. */
  const save = async (): Promise<Campaign> => {
    const v = await form.validateFields();
    const account = v.mailboxId.startsWith(ACCOUNT) ? v.mailboxId.slice(ACCOUNT.length) : null;
    const body = {
      ...v,
      mailboxId: account ? null : v.mailboxId,
      smtpAccountId: account,
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
          <CampaignFields />
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
