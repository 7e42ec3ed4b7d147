import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { DealBoard } from './DealBoard.tsx';
import { DealFormModal } from './DealFormModal.tsx';
import { DealList } from './DealList.tsx';
import { ForecastView } from './ForecastView.tsx';
import { nameOf } from './labels.ts';
import { PipelinesModal } from './PipelinesModal.tsx';
import { usePipelines } from './usePipelines.ts';

const VIEWS = ['board', 'list', 'forecast'] as const;
type View = (typeof VIEWS)[number];

/** Deals as a board, a list or a forecast of one pipeline; view and pipeline kept in the address. */
export function DealsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [shaping, setShaping] = useState(false);
  const pipelines = usePipelines().data ?? [];
  const view: View = VIEWS.find((v) => v === params.get('view')) ?? 'board';
  const pipeline = pipelines.find((p) => p.id === params.get('pipeline')) ?? pipelines[0];
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('deals.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label={t('deals.pipeline')}
            style={{ minWidth: 180 }}
            value={pipeline?.id}
            onChange={(id: string) => set('pipeline', id)}
            options={pipelines.map((p) => ({ value: p.id, label: nameOf(t, p) }))}
          />
          {user.role === 'admin' && (
            <Button icon={<SettingOutlined />} onClick={() => setShaping(true)}>
              {t('deals.pipelines.manage')}
            </Button>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('deals.add')}
          </Button>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('deals.hint')}
      </Typography.Paragraph>
      <Tabs
        activeKey={view}
        onChange={(key) => set('view', key)}
        items={[
          {
            key: 'board',
            label: t('deals.views.board'),
            children: <DealBoard pipelineId={pipeline?.id} />,
          },
          { key: 'list', label: t('deals.views.list'), children: <DealList pipeline={pipeline} /> },
          {
            key: 'forecast',
            label: t('deals.views.forecast'),
            children: <ForecastView pipeline={pipeline} />,
          },
        ]}
      />
      <DealFormModal
        open={adding}
        pipelineId={pipeline?.id}
        onClose={() => setAdding(false)}
        onSaved={(d) => {
          setAdding(false);
          void qc.invalidateQueries({ queryKey: qk.deals.all() });
          void navigate(`/deals/${d.id}`);
        }}
      />
      {shaping && <PipelinesModal onClose={() => setShaping(false)} />}
    </Flex>
  );
}
