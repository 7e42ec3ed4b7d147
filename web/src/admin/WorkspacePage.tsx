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
  TimePicker,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf, WorkspaceSettings } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryOptions, zonesOf } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

type Settings = Required<BodyOf<'/workspace', 'patch'>>;

const TYPES = ['public', 'bank', 'optional', 'school', 'observance'] as const;

export function WorkspacePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const settings = useQuery({
    queryKey: qk.workspace(),
    queryFn: () => unwrap(client.GET('/workspace')),
  });
  const country = Form.useWatch<string | undefined>('homeCountry', form);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  if (!settings.data) return null;
  const s: WorkspaceSettings = settings.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('workspace.title')}
      </Typography.Title>
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            ...s,
            hours: [dayjs(s.homeHours.start, 'HH:mm'), dayjs(s.homeHours.end, 'HH:mm')],
          }}
          onFinish={async (v: Settings & { hours: [Dayjs, Dayjs] }) => {
            try {
              await unwrap(
                client.PATCH('/workspace', {
                  body: {
                    name: v.name,
                    homeCountry: v.homeCountry,
                    homeTimeZone: v.homeTimeZone,
                    homeHours: {
                      start: v.hours[0].format('HH:mm'),
                      end: v.hours[1].format('HH:mm'),
                    },
                    closedHolidayTypes: v.closedHolidayTypes,
                    closedHolidayNames: v.closedHolidayNames,
                    passportRetentionDays: v.passportRetentionDays,
                  },
                }),
              );
              void message.success(t('common.saved'));
              void qc.invalidateQueries();
            } catch (err) {
              applyFieldErrors(form, err, t, {
                known: [
                  'name',
                  'homeCountry',
                  'homeTimeZone',
                  'closedHolidayTypes',
                  'closedHolidayNames',
                  'passportRetentionDays',
                ],
                lists: ['closedHolidayTypes', 'closedHolidayNames'],
              });
            }
          }}
        >
          <Form.Item
            name="name"
            label={t('workspace.name')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="homeCountry" label={t('workspace.homeCountry')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
          </Form.Item>
          <Form.Item name="homeTimeZone" label={t('workspace.homeTimeZone')}>
            <Select
              showSearch
              options={zonesOf(country ?? s.homeCountry).map((z) => ({ value: z, label: z }))}
            />
          </Form.Item>
          <Form.Item name="hours" label={t('workspace.homeHours')}>
            <TimePicker.RangePicker format="HH:mm" minuteStep={15} />
          </Form.Item>
          <Form.Item
            name="closedHolidayTypes"
            label={t('workspace.closedTypes')}
            extra={t('workspace.closedTypesHint')}
          >
            <Checkbox.Group
              options={TYPES.map((x) => ({ value: x, label: t(`workspace.types.${x}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="closedHolidayNames"
            label={t('workspace.closedNames')}
            extra={t('workspace.closedNamesHint')}
          >
            <Select mode="tags" tokenSeparators={[',']} />
          </Form.Item>
          <Form.Item
            name="passportRetentionDays"
            label={t('workspace.passportRetention')}
            extra={t('workspace.passportRetentionHint')}
          >
            <InputNumber min={1} max={365} precision={0} addonAfter={t('workspace.days')} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
