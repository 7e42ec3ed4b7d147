import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { useNameOf, useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { sayCode } from '../lib/server-messages.ts';
import { CampaignStatusTag, ScheduleText } from './CampaignBits.tsx';
import { CampaignResultsCard } from './CampaignResultsCard.tsx';

/** One campaign: where it stands, who approves it, and its results per status and country. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const nameOf = useNameOf();
  const q = useQuery({
    queryKey: qk.campaigns.one(id),
    queryFn: () => unwrap(client.GET('/campaigns/{id}', { params: { path: { id } } })),
    retry: false,
  });
  const segments = useSegments().data ?? [];
  const templates = useQuery({
    queryKey: qk.templates.all(),
    queryFn: () => unwrap(client.GET('/templates')).then((r) => r.items),
  }).data;
  if (q.isPending) return <Spin />;
  const c = q.data;
  if (!c)
    return (
      <Result
        status="404"
        subTitle={t('campaigns.notFound')}
        extra={<Link to="/campaigns">{t('campaigns.backToList')}</Link>}
      />
    );
  const act = async (path: 'approve' | 'cancel') => {
    try {
      const r =
        path === 'approve'
          ? await unwrap(client.POST('/campaigns/{id}/approve', { params: { path: { id } } }))
          : await unwrap(client.POST('/campaigns/{id}/cancel', { params: { path: { id } } }));
      qc.setQueryData(qk.campaigns.one(id), r);
      void qc.invalidateQueries({ queryKey: qk.campaigns.all() });
    } catch (err) {
      const e = err instanceof ApiError ? err.errors[0] : undefined;
      void message.error(
        e?.code ? sayCode({ ...e, code: e.code }, t) : err instanceof Error ? err.message : '',
      );
    }
  };
  const mine = c.ownerId === user.id;
  const canApprove = c.status === 'pending_approval' && !mine && user.role !== 'rep';
  const canCancel = (mine || user.role === 'admin') && !['done', 'cancelled'].includes(c.status);
  return (
    <Flex vertical gap={12}>
      <Link to="/campaigns">← {t('campaigns.backToList')}</Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="campaign-title">
          {c.name} <CampaignStatusTag status={c.status} />
        </Typography.Title>
        <Flex gap={8} wrap>
          {c.status === 'draft' && mine && (
            <Button
              onClick={() => void navigate(`/campaigns/${id}/edit`)}
              data-testid="campaign-edit"
            >
              {t('campaigns.edit')}
            </Button>
          )}
          {canApprove && (
            <Button
              type="primary"
              onClick={() => void act('approve')}
              data-testid="campaign-approve"
            >
              {t('campaigns.approve')}
            </Button>
          )}
          {canCancel && (
            <Button
              danger
              data-testid="campaign-cancel"
              onClick={() =>
                modal.confirm({
                  title: t('campaigns.cancelConfirm'),
                  okButtonProps: { danger: true },
                  okText: t('campaigns.cancel'),
                  onOk: () => act('cancel'),
                })
              }
            >
              {t('campaigns.cancel')}
            </Button>
          )}
        </Flex>
      </Flex>
      {c.status === 'pending_approval' && (
        <Alert
          type="warning"
          showIcon
          data-testid="campaign-pending"
          title={t('campaigns.pendingApproval', {
            count: c.recipients,
            threshold: c.approvalThreshold,
          })}
          description={t('campaigns.whoApproves', { owner: nameOf.user(c.ownerId) })}
        />
      )}
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('campaigns.fields.segment')}>
            {segments.find((s) => s.id === c.segmentId)?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.template')}>
            {templates?.find((x) => x.id === c.templateId)?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.schedule')}>
            <ScheduleText schedule={c.schedule} />
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.perMinute')}>
            {c.perMinute}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.owner')}>
            {nameOf.user(c.ownerId)}
          </Descriptions.Item>
          {c.approvedBy && (
            <Descriptions.Item label={t('campaigns.fields.approver')}>
              {nameOf.user(c.approvedBy)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {c.status !== 'draft' && <CampaignResultsCard id={id} />}
    </Flex>
  );
}
