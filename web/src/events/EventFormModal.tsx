import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { countryOptions, zonesOf } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { currencyOptions } from '../lib/format.ts';
import { timeZoneOptions, zoneLabel } from '../lib/time-zone.ts';
import { KNOWN, toBody, toForm, toFormError, type EventForm } from './event-form.ts';
import { TitleFields } from './TitleFields.tsx';
import { EVENT_TYPES, type CustomerEvent } from './types.ts';

const wide = { gridColumn: '1 / -1' };

/**
 * A new event, or a change to one (`event`); the times are typed on the venue's clock, which the
 * form says next to them. The server's field errors show at their fields.
 */
export function EventFormModal({
  event,
  preset,
  onClose,
}: {
  event?: CustomerEvent;
  /** a new event's values from elsewhere (an office's occasion planned as an event) */
  preset?: Partial<EventForm>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const { user, timeZone } = useSession();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const users = useUsers().data ?? [];
  const [form] = Form.useForm<EventForm>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const online = Form.useWatch('online', form);
  const zone = zoneLabel(Form.useWatch('timeZone', form) ?? timeZone, lang);
  const zones = useMemo(() => timeZoneOptions(lang), [lang]);

  const save = async (v: EventForm) => {
    setSaving(true);
    setProblems([]);
    try {
      const saved = event
        ? await unwrap(
            client.PATCH('/events/{id}', { params: { path: { id: event.id } }, body: toBody(v) }),
          )
        : await unwrap(client.POST('/events', { body: toBody(v) }));
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.events.all() });
      onClose();
      if (!event) void navigate(`/events/${saved.id}`);
    } catch (err) {
      const left = applyFieldErrors(form, toFormError(err), t, { known: KNOWN });
      if (left.length) setProblems(left.map((e) => e.message));
      else if (!(err instanceof ApiError) || !err.errors.length)
        setProblems([err instanceof Error ? err.message : t('common.loadFailed')]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={event ? t('events.edit.title') : t('events.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={760}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'event-save' }}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <Form<EventForm>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={
          event
            ? toForm(event)
            : {
                type: 'meetup',
                titles: [{ language: 'en' }, { language: 'zh-CN' }],
                online: false,
                timeZone,
                maxGuests: 0,
                currency: 'USD',
                ownerId: user.id,
                ...preset,
              }
        }
        style={{ display: 'grid', gridTemplateColumns: phone ? '1fr' : '1fr 1fr', columnGap: 16 }}
      >
        <Form.Item name="type" label={t('events.fields.type')} rules={[{ required: true }]}>
          <Select
            data-testid="event-type"
            options={EVENT_TYPES.map((x) => ({ value: x, label: t(`events.types.${x}`) }))}
          />
        </Form.Item>
        <Form.Item name="ownerId" label={t('events.fields.owner')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={users.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <TitleFields />
        <Form.Item name="online" label={t('events.fields.where')} style={wide}>
          <Radio.Group
            options={[
              { value: false, label: t('events.atVenue') },
              { value: true, label: t('events.online') },
            ]}
          />
        </Form.Item>
        {online ? (
          <Form.Item name="onlineUrl" label={t('events.fields.onlineUrl')} style={wide}>
            <Input maxLength={500} placeholder="https://" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="venue" label={t('events.fields.venue')}>
              <Input maxLength={300} data-testid="event-venue" />
            </Form.Item>
            <Form.Item name="venueCountry" label={t('events.fields.country')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={countryOptions(lang)}
                data-testid="event-country"
                onChange={(c?: string) => {
                  // The venue's country names its zone when it has one (Germany; not the US).
                  const own = zonesOf(c);
                  if (own.length === 1) form.setFieldValue('timeZone', own[0]);
                }}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="timeZone"
          label={online ? t('events.fields.hostZone') : t('events.fields.timeZone')}
          rules={[{ required: true }]}
          style={wide}
        >
          <Select
            showSearch={{
              filterOption: (input, o) => !!o?.search.includes(input.toLowerCase()),
            }}
            options={zones}
            data-testid="event-zone"
          />
        </Form.Item>
        <Form.Item
          name="startsAt"
          label={t('events.fields.startsAt', { zone })}
          rules={[{ required: true }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="event-start"
          />
        </Form.Item>
        <Form.Item
          name="endsAt"
          label={t('events.fields.endsAt', { zone })}
          rules={[{ required: true }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="event-end"
          />
        </Form.Item>
        <Form.Item name="rsvpDeadline" label={t('events.fields.rsvpDeadline')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="capacity" label={t('events.fields.capacity')} style={{ flex: 1 }}>
            <InputNumber
              min={1}
              precision={0}
              style={{ width: '100%' }}
              placeholder={t('events.noLimit')}
              data-testid="event-capacity"
            />
          </Form.Item>
          <Form.Item name="maxGuests" label={t('events.fields.maxGuests')} style={{ flex: 1 }}>
            <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="currency" label={t('events.fields.currency')} rules={[{ required: true }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={currencyOptions(lang)} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="budget" label={t('events.fields.budget')} style={{ flex: 1 }}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="event-budget" />
          </Form.Item>
          <Form.Item name="cost" label={t('events.fields.cost')} style={{ flex: 1 }}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="event-cost" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
