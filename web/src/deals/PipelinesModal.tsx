import { DeleteOutlined, DownOutlined, PlusOutlined, UpOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Flex,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { nameOf } from './labels.ts';
import { usePipelines } from './usePipelines.ts';
import { STAGE_KINDS, type Pipeline } from './types.ts';

type StageRow = {
  id?: string;
  name: string;
  probability: number;
  kind: Pipeline['stages'][number]['kind'];
};

/** Admins shape pipelines: rename, set the idle limit, reorder, rename, add and remove stages. */
export function PipelinesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const pipelines = usePipelines().data ?? [];
  const [active, setActive] = useState<string>();
  const [newName, setNewName] = useState('');
  const current = pipelines.find((p) => p.id === active) ?? pipelines[0];
  const fail = (err: unknown) =>
    void message.error(
      err instanceof ApiError && err.errors.length
        ? err.errors.map((e) => translateFieldError(e, t)).join('; ')
        : String(err),
    );
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.pipelines() });
    void qc.invalidateQueries({ queryKey: qk.deals.all() });
  };
  const create = async () => {
    try {
      const p = await unwrap(
        client.POST('/pipelines', {
          body: {
            name: newName.trim(),
            rottingDays: 30,
            stages: [
              { name: t('deals.defaultNames.inquiry'), probability: 10, kind: 'open' },
              { name: t('deals.defaultNames.won'), probability: 100, kind: 'won' },
              { name: t('deals.defaultNames.lost'), probability: 0, kind: 'lost' },
            ],
          },
        }),
      );
      setNewName('');
      setActive(p.id);
      refresh();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <Modal open title={t('deals.pipelines.title')} onCancel={onClose} footer={null} width={760}>
      <Typography.Paragraph type="secondary">{t('deals.pipelines.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={current?.id}
        onChange={setActive}
        items={pipelines.map((p) => ({
          key: p.id,
          label: nameOf(t, p),
          children: <Editor key={p.id} pipeline={p} onSaved={refresh} onError={fail} />,
        }))}
      />
      <Space.Compact style={{ width: '100%', marginTop: 12 }}>
        <Input
          placeholder={t('deals.pipelines.name')}
          value={newName}
          maxLength={80}
          onChange={(e) => setNewName(e.target.value)}
        />
        <Button icon={<PlusOutlined />} disabled={!newName.trim()} onClick={() => void create()}>
          {t('deals.pipelines.add')}
        </Button>
      </Space.Compact>
    </Modal>
  );
}

function Editor(props: { pipeline: Pipeline; onSaved: () => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pipeline } = props;
  const [name, setName] = useState(nameOf(t, pipeline));
  const [rotting, setRotting] = useState<number | null>(pipeline.rottingDays);
  const [stages, setStages] = useState<StageRow[]>(
    pipeline.stages.map((s) => ({
      id: s.id,
      name: nameOf(t, s),
      probability: s.probability,
      kind: s.kind,
    })),
  );
  const [moveTo, setMoveTo] = useState<string>();
  const path = { params: { path: { id: pipeline.id } } };
  const edit = (i: number, patch: Partial<StageRow>) =>
    setStages((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const swap = (i: number, j: number) =>
    setStages((list) => {
      const next = [...list];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const run = async (call: () => Promise<unknown>) => {
    try {
      await call();
      void message.success(t('common.saved'));
      props.onSaved();
    } catch (err) {
      props.onError(err);
    }
  };
  const save = () =>
    run(() =>
      unwrap(
        client.PATCH('/pipelines/{id}', {
          ...path,
          // A default name left as shown stays the default (so it keeps following the language).
          body: {
            name: name === nameOf(t, pipeline) ? pipeline.name : name,
            rottingDays: rotting,
            stages: stages.map((s) => {
              const was = pipeline.stages.find((x) => x.id === s.id);
              return was && s.name === nameOf(t, was) ? { ...s, name: was.name } : s;
            }),
          },
        }),
      ),
    );
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Input
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ flex: 2, minWidth: 160 }}
          aria-label={t('deals.pipelines.name')}
        />
        <InputNumber
          min={1}
          max={365}
          value={rotting}
          onChange={(v) => setRotting(v)}
          addonBefore={t('deals.pipelines.rottingDays')}
          style={{ flex: 1, minWidth: 200 }}
        />
      </Flex>
      {stages.map((s, i) => (
        <Flex key={s.id ?? `new-${i}`} gap={6} wrap align="center">
          <Input
            value={s.name}
            onChange={(e) => edit(i, { name: e.target.value })}
            style={{ flex: 2, minWidth: 140 }}
            maxLength={60}
          />
          <InputNumber
            min={0}
            max={100}
            value={s.probability}
            onChange={(v) => edit(i, { probability: v ?? 0 })}
            addonAfter="%"
            style={{ width: 110 }}
          />
          <Select
            value={s.kind}
            onChange={(kind) => edit(i, { kind })}
            style={{ width: 110 }}
            options={STAGE_KINDS.map((k) => ({ value: k, label: t(`deals.pipelines.kinds.${k}`) }))}
          />
          <Button
            icon={<UpOutlined />}
            aria-label={t('deals.pipelines.up')}
            disabled={i === 0}
            onClick={() => swap(i, i - 1)}
          />
          <Button
            icon={<DownOutlined />}
            aria-label={t('deals.pipelines.down')}
            disabled={i === stages.length - 1}
            onClick={() => swap(i, i + 1)}
          />
          {s.id ? (
            <Popconfirm
              title={t('deals.pipelines.removeStage')}
              description={
                <Select
                  placeholder={t('deals.pipelines.moveDealsTo')}
                  style={{ width: 200 }}
                  value={moveTo}
                  onChange={setMoveTo}
                  options={pipeline.stages
                    .filter((x) => x.id !== s.id)
                    .map((x) => ({ value: x.id, label: nameOf(t, x) }))}
                />
              }
              onConfirm={() =>
                run(() =>
                  unwrap(
                    client.DELETE('/pipelines/{id}/stages/{stageId}', {
                      params: { path: { id: pipeline.id, stageId: s.id ?? '' }, query: { moveTo } },
                    }),
                  ),
                )
              }
            >
              <Button danger icon={<DeleteOutlined />} aria-label={t('deals.pipelines.remove')} />
            </Popconfirm>
          ) : (
            <Button
              danger
              icon={<DeleteOutlined />}
              aria-label={t('deals.pipelines.remove')}
              onClick={() => setStages((l) => l.filter((_, j) => j !== i))}
            />
          )}
        </Flex>
      ))}
      <Flex gap={8} wrap justify="space-between">
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() =>
            setStages((l) => [
              ...l.filter((x) => x.kind === 'open'),
              { name: '', probability: 50, kind: 'open' },
              ...l.filter((x) => x.kind !== 'open'),
            ])
          }
        >
          {t('deals.pipelines.addStage')}
        </Button>
        <Space>
          <Popconfirm
            title={t('deals.pipelines.deleteConfirm')}
            onConfirm={() => run(() => unwrap(client.DELETE('/pipelines/{id}', path)))}
          >
            <Button danger>{t('common.delete')}</Button>
          </Popconfirm>
          <Button type="primary" onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Space>
      </Flex>
    </Flex>
  );
}
