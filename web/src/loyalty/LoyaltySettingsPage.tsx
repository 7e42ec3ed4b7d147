import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Switch,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { ticketKeys } from '../tickets/api.ts';
import { useProgramme, type ProgrammeBody } from './api.ts';

type Tier = ProgrammeBody['tiers'][number];
const KNOWN = ['enabled', 'pointsPerUnit', 'expiryMonths', 'basis', 'tiers', 'bonuses'];
const BONUSES = ['eventAttended', 'npsAnswer', 'referral', 'anniversary'] as const;

/** The admin's loyalty programme: on/off, earning, expiry, the tier basis and the tiers. */
export function LoyaltySettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<ProgrammeBody>();
  const programme = useProgramme();
  const policies = useQuery({
    queryKey: ticketKeys.policies(),
    queryFn: () => unwrap(client.GET('/sla-policies')),
  });
  const basis = Form.useWatch('basis', form);
  if (!programme.data) return <Skeleton active />;
  const p = programme.data;
  const currency = p.reportingCurrency;
  const save = async (v: ProgrammeBody) => {
    try {
      const tiers = (v.tiers ?? []).map((x) => ({ ...x, slaPolicyId: x.slaPolicyId ?? null }));
      // An emptied field is 0: that bonus off.
      const bonuses = Object.fromEntries(BONUSES.map((k) => [k, v.bonuses?.[k] ?? 0])) as Record<
        (typeof BONUSES)[number],
        number
      >;
      await unwrap(client.PUT('/loyalty/programme', { body: { ...v, tiers, bonuses } }));
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.loyalty.programme() });
    } catch (err) {
      for (const e of applyFieldErrors(form, err, t, { known: KNOWN }))
        void message.error(e.message);
    }
  };
  const blank: Tier = {
    key: '',
    names: { en: '', 'zh-CN': '' },
    threshold: 0,
    discountPct: 0,
    freeSamples: false,
    slaPolicyId: null,
    dedicatedEngineer: false,
  };
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('loyalty.settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('loyalty.settings.intro', { currency })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={p} onFinish={save}>
        <Card>
          <Form.Item
            name="enabled"
            label={t('loyalty.settings.enabled')}
            valuePropName="checked"
            extra={t('loyalty.settings.enabledHint')}
          >
            <Switch data-testid="loyalty-enabled" />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item
              name="pointsPerUnit"
              label={t('loyalty.settings.pointsPerUnit', { currency })}
            >
              <InputNumber min={0.0001} max={1000} step={0.1} />
            </Form.Item>
            <Form.Item name="expiryMonths" label={t('loyalty.settings.expiryMonths')}>
              <InputNumber min={1} max={120} precision={0} />
            </Form.Item>
            <Form.Item name="basis" label={t('loyalty.settings.basis')}>
              <Select
                style={{ minWidth: 220 }}
                options={(['points', 'revenue'] as const).map((b) => ({
                  value: b,
                  label: t(`loyalty.settings.bases.${b}`),
                }))}
              />
            </Form.Item>
          </Flex>
        </Card>
        <Typography.Title level={5}>{t('loyalty.settings.bonuses')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('loyalty.settings.bonusesHint')}
        </Typography.Paragraph>
        <Card>
          <Flex gap={16} wrap>
            {BONUSES.map((k) => (
              <Form.Item
                key={k}
                name={['bonuses', k]}
                label={t(`loyalty.settings.bonus.${k}`)}
                extra={t(`loyalty.settings.bonusHint.${k}`)}
                style={{ width: 200 }}
              >
                <InputNumber
                  min={0}
                  max={1_000_000}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid={`loyalty-bonus-${k}`}
                />
              </Form.Item>
            ))}
          </Flex>
        </Card>
        <Typography.Title level={5}>{t('loyalty.settings.tiers')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('loyalty.settings.tiersHint')}
        </Typography.Paragraph>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {!fields.length && (
                <Typography.Text type="secondary">{t('loyalty.settings.noTiers')}</Typography.Text>
              )}
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('loyalty.settings.removeTier')}
                      onClick={() => remove(f.name)}
                    />
                  }
                  title={String(form.getFieldValue(['tiers', f.name, 'names', 'en']) ?? '') || '—'}
                >
                  <Flex gap={12} wrap>
                    <Form.Item name={[f.name, 'key']} label={t('loyalty.settings.key')}>
                      <Input style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'names', 'en']} label={t('loyalty.settings.nameEn')}>
                      <Input style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'names', 'zh-CN']}
                      label={t('loyalty.settings.nameZh')}
                    >
                      <Input style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'threshold']}
                      label={
                        basis === 'revenue'
                          ? t('loyalty.settings.thresholdRevenue', { currency })
                          : t('loyalty.settings.thresholdPoints')
                      }
                    >
                      <InputNumber min={0} precision={0} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'discountPct']}
                      label={t('loyalty.settings.discountPct')}
                    >
                      <InputNumber min={0} max={100} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'slaPolicyId']}
                      label={t('loyalty.settings.slaPolicy')}
                    >
                      <Select
                        allowClear
                        style={{ minWidth: 200 }}
                        placeholder={t('loyalty.settings.noSla')}
                        options={(policies.data?.items ?? []).map((x) => ({
                          value: x.id,
                          label: x.name,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'freeSamples']} valuePropName="checked" label=" ">
                      <Checkbox>{t('loyalty.settings.freeSamples')}</Checkbox>
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'dedicatedEngineer']}
                      valuePropName="checked"
                      label=" "
                    >
                      <Checkbox>{t('loyalty.settings.dedicatedEngineer')}</Checkbox>
                    </Form.Item>
                  </Flex>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add(blank)}
                style={{ alignSelf: 'start' }}
              >
                {t('loyalty.settings.addTier')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          style={{ marginTop: 16 }}
          data-testid="loyalty-save"
        >
          {t('common.save')}
        </Button>
      </Form>
    </Flex>
  );
}
