import { Type } from '@sinclair/typebox';
import { FORECAST_GROUPS, STAGE_KINDS } from '../../domain/enums.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { DealOut } from './deals.schemas.ts';
import { PipelineOut } from './pipelines.schemas.ts';

const Id = Type.String({ maxLength: 64 });

export const ForecastQuery = Type.Object(
  {
    groupBy: Type.Optional(OneOf(FORECAST_GROUPS, { description: 'default stage' })),
    pipelineId: Type.Optional(Id),
    ownerId: Type.Optional(Id),
    from: Type.Optional(Type.String({ format: 'date', description: 'expected close from' })),
    to: Type.Optional(Type.String({ format: 'date', description: 'expected close to' })),
    status: Type.Optional(OneOf(STAGE_KINDS, { description: 'default open' })),
  },
  { additionalProperties: false },
);

const ByCurrency = Type.Array(
  Type.Object({ currency: Type.String(), deals: Type.Integer(), amountMinor: Type.Integer() }),
  { description: 'in each deal’s own currency, never added across currencies' },
);

export const ForecastOut = Type.Object({
  reportingCurrency: Type.String(),
  groupBy: OneOf(FORECAST_GROUPS),
  groups: Type.Array(
    Type.Object({
      key: Type.String({ description: 'stage id, owner id, country code or YYYY-MM' }),
      label: Nullable(Type.String({ description: 'the stage’s or owner’s name' })),
      deals: Type.Integer({ description: 'deals converted and added' }),
      amountMinor: Type.Integer({ description: 'in the reporting currency' }),
      weightedMinor: Type.Integer({ description: 'Σ amount × probability, reporting currency' }),
      unconvertedDeals: Type.Integer({ description: 'left out: no rate on their date' }),
      byCurrency: ByCurrency,
    }),
  ),
  total: Type.Object({
    deals: Type.Integer(),
    amountMinor: Type.Integer(),
    weightedMinor: Type.Integer(),
  }),
  unconverted: Type.Object(
    {
      deals: Type.Integer(),
      byCurrency: Type.Array(
        Type.Object({
          currency: Type.String(),
          deals: Type.Integer(),
          amountMinor: Type.Integer(),
          lastDate: Type.String({ description: 'the latest expected close date without a rate' }),
        }),
      ),
      items: Type.Array(
        Type.Object({
          id: Type.String(),
          title: Type.String(),
          customerName: Type.String(),
          currency: Type.String(),
          amountMinor: Type.Integer(),
          expectedCloseDate: Type.String(),
        }),
        { description: 'the deals left out, by name (the first 100)' },
      ),
    },
    { description: 'deals with no exchange rate on their expected close date: named, not added' },
  ),
});

export const BoardQuery = Type.Object(
  {
    pipelineId: Type.Optional(Id),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'deals per stage' }),
    ),
    closedDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 365,
        default: 30,
        description: 'won and lost columns show deals closed in this many days',
      }),
    ),
  },
  { additionalProperties: false },
);

export const BoardOut = Type.Object({
  pipeline: PipelineOut,
  reportingCurrency: Type.String(),
  closedSince: Type.String(),
  columns: Type.Array(
    Type.Object({
      stageId: Type.String(),
      deals: Type.Integer({ description: 'all deals of the column, shown or not' }),
      amountMinor: Type.Integer({ description: 'converted deals, reporting currency' }),
      weightedMinor: Type.Integer(),
      unconvertedDeals: Type.Integer(),
      items: Type.Array(DealOut, { description: 'the first deals, by expected close date' }),
    }),
  ),
});
