import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { CampaignStatusTag, ScheduleText } from './CampaignBits.tsx';
import type { Campaign } from './types.ts';

/** The workspace's campaigns, newest first: what goes to whom, when, and how far it got. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const list = useQuery({
    queryKey: qk.campaigns.list(),
    queryFn: () => unwrap(client.GET('/campaigns')).then((r) => r.items),
  });
  const segments = useSegments().data ?? [];
  const templates = useQuery({
    queryKey: qk.templates.all(),
    queryFn: () => unwrap(client.GET('/templates')).then((r) => r.items),
  }).data;
  const segmentName = (id: string) => segments.find((s) => s.id === id)?.name ?? '—';
  const templateName = (id: string) => templates?.find((x) => x.id === id)?.name ?? '—';
  const rows = list.data ?? [];
  const name = (c: Campaign) => (
    <Link to={`/campaigns/${c.id}`} data-testid="campaign-open">
      {c.name}
    </Link>
  );
  const counts = (c: Campaign) =>
    c.status === 'draft' ? '—' : t('campaigns.recipientsCount', { count: c.recipients });
  const empty = <Empty description={t('campaigns.none')} />;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('campaigns.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => void navigate('/campaigns/new')}
          data-testid="campaign-new"
        >
          {t('campaigns.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('campaigns.hint')}
      </Typography.Paragraph>
      {phone ? (
        <Flex vertical gap={8}>
          {list.isPending && <Spin />}
          {!list.isPending && rows.length === 0 && empty}
          {rows.map((c) => (
            <Card key={c.id} size="small" data-testid="campaign-card">
              <Flex vertical gap={6}>
                <Flex justify="space-between" gap={8} wrap>
                  {name(c)}
                  <CampaignStatusTag status={c.status} />
                </Flex>
                <Typography.Text type="secondary">
                  {segmentName(c.segmentId)} · {templateName(c.templateId)}
                </Typography.Text>
                <span>
                  <ScheduleText schedule={c.schedule} />
                </span>
                <Typography.Text type="secondary">{counts(c)}</Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Campaign>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: empty }}
          onRow={() => ({ 'data-testid': 'campaign-row' }) as never}
          columns={[
            { title: t('campaigns.fields.name'), render: (_, c) => name(c) },
            {
              title: t('campaigns.fields.status'),
              width: 150,
              render: (_, c) => <CampaignStatusTag status={c.status} />,
            },
            { title: t('campaigns.fields.segment'), render: (_, c) => segmentName(c.segmentId) },
            { title: t('campaigns.fields.template'), render: (_, c) => templateName(c.templateId) },
            {
              title: t('campaigns.fields.schedule'),
              render: (_, c) => <ScheduleText schedule={c.schedule} />,
            },
            { title: t('campaigns.fields.recipients'), width: 140, render: (_, c) => counts(c) },
          ]}
        />
      )}
    </Flex>
  );
}
