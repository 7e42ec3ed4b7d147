import { SearchOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { flag } from '../lib/countries.ts';
import { formatDateTime, formatDay } from '../lib/format.ts';
import { apiLang, useOfficeDetails, useOffices, type MeetingSlot } from './api.ts';

/** One proposed time: the viewer's clock, how many are outside, each person's local time. */
function SlotItem({ slot, rank }: { slot: MeetingSlot; rank: number }) {
  const { t, i18n } = useTranslation();
  return (
    <List.Item data-testid="meeting-slot">
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>
            #{rank} {formatDateTime(slot.startUtc, i18n.language)}
          </Typography.Text>
          <Tag color={slot.outside === 0 ? 'green' : 'orange'}>
            {slot.outside === 0
              ? t('offices.meeting.allInside')
              : t('offices.meeting.outside', { n: slot.outside })}
          </Tag>
        </Space>
        <Space wrap size={4}>
          {slot.attendees.map((a) => (
            <Tag
              key={a.id}
              color={a.inside ? 'blue' : 'default'}
              data-testid="meeting-attendee"
              title={a.timeZone}
            >
              {a.id === 'hq' ? t('offices.meeting.hq') : a.name}
              {a.office && ` (${a.office})`} · {formatDay(a.date, i18n.language)} {a.start}–{a.end}
              {a.outside && ` · ${t(`offices.meeting.why.${a.outside}`)}`}
            </Tag>
          ))}
        </Space>
      </Flex>
    </List.Item>
  );
}

/** Meeting times for people across offices, inside everyone's hours and working days first. */
export function MeetingPlannerPage() {
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  const details = useOfficeDetails((offices.data ?? []).map((o) => o.id));
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [includeHq, setIncludeHq] = useState(true);
  const [days, setDays] = useState(5);
  const [duration, setDuration] = useState(60);
  const [from, setFrom] = useState('');
  const plan = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/office-meetings/plan', {
          body: {
            personIds,
            includeHq,
            days,
            durationMinutes: duration,
            lang: apiLang(i18n.language),
            ...(from ? { from: new Date(`${from}T00:00:00Z`).toISOString() } : {}),
          },
        }),
      ),
  });
  const options = details.flatMap((d) =>
    d.data
      ? [
          {
            label: `${flag(d.data.country)} ${d.data.name}`,
            options: d.data.people.map((p) => ({
              value: p.id,
              label: `${p.name} · ${d.data.city}`,
            })),
          },
        ]
      : [],
  );

  return (
    <Flex vertical gap={16} data-testid="meeting-planner">
      <Space direction="vertical" size={0}>
        <Link to="/offices">← {t('offices.title')}</Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('offices.meeting.title')}
        </Typography.Title>
      </Space>
      <Typography.Text type="secondary">{t('offices.meeting.hint')}</Typography.Text>
      <Card size="small">
        <Flex vertical gap={12}>
          <Select
            mode="multiple"
            style={{ width: '100%' }}
            placeholder={t('offices.meeting.people')}
            optionFilterProp="label"
            loading={offices.isPending || details.some((d) => d.isPending)}
            options={options}
            value={personIds}
            onChange={setPersonIds}
            data-testid="meeting-people"
          />
          <Space wrap>
            <Checkbox checked={includeHq} onChange={(e) => setIncludeHq(e.target.checked)}>
              {t('offices.meeting.includeHq')}
            </Checkbox>
            <label>
              {t('offices.meeting.from')}{' '}
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <span>
              {t('offices.meeting.days')}{' '}
              <InputNumber min={1} max={14} value={days} onChange={(v) => setDays(v ?? 5)} />
            </span>
            <span>
              {t('offices.meeting.duration')}{' '}
              <InputNumber
                min={15}
                max={240}
                step={15}
                value={duration}
                onChange={(v) => setDuration(v ?? 60)}
              />
            </span>
            <Button
              type="primary"
              icon={<SearchOutlined />}
              disabled={!personIds.length}
              loading={plan.isPending}
              onClick={() => plan.mutate()}
              data-testid="meeting-plan"
            >
              {t('offices.meeting.find')}
            </Button>
          </Space>
        </Flex>
      </Card>
      {plan.error && <Typography.Text type="danger">{plan.error.message}</Typography.Text>}
      {plan.data && (
        <Card size="small" title={t('offices.meeting.slots')}>
          <List
            dataSource={plan.data.slots}
            locale={{ emptyText: <Empty description={t('offices.meeting.none')} /> }}
            renderItem={(s, i) => <SlotItem slot={s} rank={i + 1} />}
          />
        </Card>
      )}
    </Flex>
  );
}
