import { App, Card, Collapse, Empty, Flex, List, Switch, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { CountryProfile } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { BusinessWeekControl } from './BusinessWeekControl.tsx';
import { ReviewNote } from './ReviewNote.tsx';

type Accuracy = CountryProfile['calendarAccuracy'];

const KIND_COLOR: Record<Accuracy['corrections'][number]['kind'], string> = {
  span: 'red',
  substitute: 'red',
  abolished: 'green',
  moved: 'orange',
  'half-day': 'gold',
  'business-saturday': 'blue',
};

/**
 * The country page's "why you can trust this calendar": each correction of the holiday data with
 * its official source, the days still unresolved with what was searched, and (for managers) the
 * business week and the switch for the shipped official schedule.
 */
export function CalendarAccuracyCard({
  profile,
  canEdit,
}: {
  profile: CountryProfile;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const zh = i18n.language === 'zh-CN';
  const a = profile.calendarAccuracy;
  const state = (s: 'closed' | 'open') => t(`accuracy.${s}`);

  const setSchedule = async (on: boolean) => {
    try {
      await unwrap(
        client.PUT('/countries/{code}/settings', {
          params: { path: { code: profile.code } },
          body: { officialSchedule: on },
        }),
      );
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.country.all(profile.code) });
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <Card title={t('accuracy.title', { year: profile.year })} data-testid="calendar-accuracy">
      <Typography.Paragraph type="secondary">
        {t('accuracy.method', { source: a.secondSource })}
      </Typography.Paragraph>
      <BusinessWeekControl profile={profile} canEdit={canEdit} />
      {a.hasOfficialSchedule && (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('accuracy.officialSchedule')}</Typography.Text>
          <Switch
            checked={a.officialSchedule}
            disabled={!canEdit}
            onChange={(on) => void setSchedule(on)}
            data-testid="official-schedule"
          />
          <Tag color={a.officialSchedule ? 'green' : 'default'}>
            {a.officialSchedule ? t('accuracy.scheduleOn') : t('accuracy.scheduleOff')}
          </Tag>
          <Typography.Text type="secondary">{t('accuracy.scheduleHint')}</Typography.Text>
        </Flex>
      )}
      <Collapse
        defaultActiveKey={a.corrections.length ? ['corrections'] : []}
        items={[
          {
            key: 'corrections',
            label: t('accuracy.corrections', { count: a.corrections.length }),
            children: a.corrections.length ? (
              <List
                size="small"
                dataSource={a.corrections}
                renderItem={(c) => (
                  <List.Item key={`${c.kind}-${c.date}`}>
                    <Flex vertical gap={2}>
                      <span>
                        <Typography.Text strong>{c.date}</Typography.Text>{' '}
                        <Tag color={KIND_COLOR[c.kind]}>{t(`accuracy.kind.${c.kind}`)}</Tag>
                        {zh ? c.name.zh : c.name.en}
                        {c.closesAt ? ` · ${t('accuracy.closesAt', { time: c.closesAt })}` : ''}
                        {c.from ? ` · ${t('accuracy.moved', { date: c.from })}` : ''}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('accuracy.source')}:{' '}
                        {/* The source's own title, in its own language, as a citation. */}
                        <a href={c.source.url} target="_blank" rel="noreferrer">
                          <cite>{c.source.title}</cite>
                        </a>{' '}
                        ({c.source.date}) ·{' '}
                        <ReviewNote label={t('accuracy.checked')} text={c.source.checked} />
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('accuracy.noCorrections')} />
            ),
          },
          {
            key: 'unresolved',
            label: t('accuracy.unresolved', { count: a.unresolved.length }),
            children: a.unresolved.length ? (
              <List
                size="small"
                dataSource={a.unresolved}
                renderItem={(u) => (
                  <List.Item key={u.date}>
                    <Flex vertical gap={2}>
                      <span>
                        <Typography.Text strong>{u.date}</Typography.Text>{' '}
                        <Tag>{t('accuracy.engineSays', { state: state(u.engine) })}</Tag>
                        <Tag>{t('accuracy.otherSays', { state: state(u.secondSource) })}</Tag>
                        {u.secondSourceName ?? ''}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        <ReviewNote label={t('accuracy.searched')} text={u.searched} />
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('accuracy.noUnresolved')} />
            ),
          },
        ]}
      />
    </Card>
  );
}
