import { Type, type Static } from '@sinclair/typebox';
import { STAGE_KINDS } from '../../domain/enums.ts';
import { MAX_ROTTING_DAYS, MAX_STAGES } from '../../domain/sales/pipelines.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const StageIn = Type.Object(
  {
    id: Type.Optional(
      Type.String({ maxLength: 64, description: 'an existing stage of this pipeline; none: new' }),
    ),
    name: Type.String({ minLength: 1, maxLength: 60 }),
    probability: Type.Integer({ minimum: 0, maximum: 100 }),
    kind: OneOf(STAGE_KINDS),
  },
  { additionalProperties: false },
);

const RottingDays = Nullable(
  Type.Integer({
    minimum: 1,
    maximum: MAX_ROTTING_DAYS,
    description: 'an open deal idle longer than this (no stage move, no touch) is rotting',
  }),
);

const Stages = Type.Array(StageIn, {
  minItems: 3,
  maxItems: MAX_STAGES,
  description:
    'every stage in order; stages left out are removed (refused while they hold deals: stage_has_deals)',
});

export const PipelineBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 80 }),
    rottingDays: Type.Optional(RottingDays),
    stages: Stages,
  },
  { additionalProperties: false },
);
export type PipelineBody = Static<typeof PipelineBody>;

export const PipelinePatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    rottingDays: Type.Optional(RottingDays),
    stages: Type.Optional(Stages),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type PipelinePatch = Static<typeof PipelinePatch>;

export const StageOut = Type.Object({
  id: Type.String(),
  code: Nullable(Type.String({ description: 'the default stage this is (inquiry, samples…)' })),
  name: Type.String(),
  probability: Type.Integer(),
  kind: OneOf(STAGE_KINDS),
  position: Type.Integer(),
});
export type StageOut = Static<typeof StageOut>;

export const PipelineOut = Type.Object({
  id: Type.String(),
  code: Nullable(Type.String()),
  name: Type.String(),
  rottingDays: Nullable(Type.Integer()),
  position: Type.Integer(),
  stages: Type.Array(StageOut),
});
export type PipelineOut = Static<typeof PipelineOut>;

export const RemoveStageQuery = Type.Object(
  {
    moveTo: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'another stage of the pipeline that takes the stage’s deals',
      }),
    ),
  },
  { additionalProperties: false },
);
