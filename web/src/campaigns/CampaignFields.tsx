import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { languageNames } from '../lib/format.ts';
import { weekdayName } from './CampaignBits.tsx';

/** The sender field's value for a workspace SMTP account: `account:<id>` (else a mailbox id). */
export const ACCOUNT = 'account:';

export interface FormValues {
  name: string;
  segmentId: string;
  templateId: string;
  mailboxId: string;
  schedule: { mode: 'now' | 'local'; weekday: number | null; time?: string };
  perMinute: number;
}

/**
 * The builder's fields, inside its Form: the template shows which languages it speaks, the sender
 * is one of the user's own mailboxes that can send (SMTP) or a workspace SMTP account.
 */
export function CampaignFields() {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
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
  // The workspace's SMTP accounts (an admin configures them) can send a campaign too.
  const accounts = useQuery({
    queryKey: qk.smtpAccounts(),
    queryFn: () => unwrap(client.GET('/smtp-accounts')).then((r) => r.items),
  });
  const mode = Form.useWatch(['schedule', 'mode'], form);
  const templateId = Form.useWatch('templateId', form);
  const template = templates.data?.find((x) => x.id === templateId);
  const noMailbox = mailboxes.isSuccess && mailboxes.data.length === 0 && !accounts.data?.length;
  return (
    <>
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
          options={[
            {
              label: t('campaigns.myMailboxes'),
              options: (mailboxes.data ?? []).map((m) => ({ value: m.id, label: m.address })),
            },
            ...(accounts.data?.length
              ? [
                  {
                    label: t('campaigns.workspaceAccounts'),
                    options: accounts.data.map((a) => ({
                      value: `${ACCOUNT}${a.id}`,
                      label: `${a.name} · ${a.address}`,
                    })),
                  },
                ]
              : []),
          ]}
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
    </>
  );
}
