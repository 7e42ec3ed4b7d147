import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { ApiError } from '../api/client.ts';
import { formatMoney } from '../lib/format.ts';
import { DealCard } from './DealCard.tsx';
import { nameOf } from './labels.ts';
import type { BoardColumn, Deal, PipelineStage } from './types.ts';

const CLOSED_DAYS = 30;

/**
 * One pipeline as columns of deals, dragged between stages (HTML5 drag and drop) or moved with
 * each card's own controls. Columns scroll sideways on a narrow screen.
 */
export function DealBoard({ pipelineId }: { pipelineId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [over, setOver] = useState<string | null>(null);
  const board = useQuery({
    queryKey: qk.deals.board(pipelineId),
    queryFn: () =>
      unwrap(
        client.GET('/deals/board', {
          params: { query: { pipelineId, limit: 30, closedDays: CLOSED_DAYS } },
        }),
      ),
  });
  if (board.isPending) return <Spin />;
  if (board.isError) return <Alert type="error" title={t('common.loadFailed')} />;
  const { pipeline, columns, reportingCurrency } = board.data;
  const stageOf = new Map(pipeline.stages.map((s) => [s.id, s]));

  const move = async (deal: Deal, stageId: string) => {
    if (deal.stageId === stageId) return;
    try {
      await unwrap(
        client.PATCH('/deals/{id}', { params: { path: { id: deal.id } }, body: { stageId } }),
      );
      const to = stageOf.get(stageId);
      void message.success(t('deals.moved', { stage: to ? nameOf(t, to) : '' }));
    } catch (err) {
      void message.error(
        err instanceof ApiError && err.errors[0]
          ? translateFieldError(err.errors[0], t)
          : String(err),
      );
    }
    await qc.invalidateQueries({ queryKey: qk.deals.all() });
  };
  const dealsById = new Map(columns.flatMap((c) => c.items.map((d) => [d.id, d] as const)));
  const money = (minor: number) => formatMoney(minor, reportingCurrency, i18n.language);

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t('deals.closedSince', { days: CLOSED_DAYS })}
      </Typography.Text>
      <div
        style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}
        data-testid="deal-board"
      >
        {columns.map((c) => {
          const stage = stageOf.get(c.stageId);
          if (!stage) return null;
          return (
            <Column
              key={c.stageId}
              column={c}
              stage={stage}
              highlighted={over === c.stageId}
              title={nameOf(t, stage)}
              totals={`${money(c.amountMinor)} · ${t('deals.weighted')} ${money(c.weightedMinor)}`}
              onOver={(on) => setOver(on ? c.stageId : null)}
              onDropDeal={(id) => {
                setOver(null);
                const deal = dealsById.get(id);
                if (deal) void move(deal, c.stageId);
              }}
            >
              {c.items.map((d) => (
                <DealCard
                  key={d.id}
                  deal={d}
                  stages={pipeline.stages}
                  rottingDays={pipeline.rottingDays}
                  onMove={(deal, to) => void move(deal, to)}
                />
              ))}
            </Column>
          );
        })}
      </div>
    </Flex>
  );
}

function Column(props: {
  column: BoardColumn;
  stage: PipelineStage;
  title: string;
  totals: string;
  highlighted: boolean;
  onOver: (on: boolean) => void;
  onDropDeal: (dealId: string) => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { column } = props;
  const tint =
    props.stage.kind === 'won' ? '#f6ffed' : props.stage.kind === 'lost' ? '#fff1f0' : '#fafafa';
  return (
    <section
      aria-label={props.title}
      data-testid="deal-column"
      data-stage={props.title}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        props.onOver(true);
      }}
      onDragLeave={() => props.onOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        props.onDropDeal(e.dataTransfer.getData('text/deal-id'));
      }}
      style={{
        flex: '0 0 260px',
        background: props.highlighted ? '#e6f4ff' : tint,
        borderRadius: 8,
        padding: 8,
        minHeight: 200,
        outline: props.highlighted ? '2px dashed #1668dc' : undefined,
      }}
    >
      <Flex vertical gap={2} style={{ marginBottom: 8 }}>
        <Typography.Text strong>
          {props.title} · {props.stage.probability} %
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('deals.column', { count: column.deals })}
          {column.unconvertedDeals > 0 &&
            ` · ${t('deals.unconvertedShort', { count: column.unconvertedDeals })}`}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 12 }}>{props.totals}</Typography.Text>
      </Flex>
      <Flex vertical gap={8}>
        {column.items.length ? (
          props.children
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deals.dropHere')} />
        )}
      </Flex>
    </section>
  );
}
