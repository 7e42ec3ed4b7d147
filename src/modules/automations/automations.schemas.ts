import { Type, type Static } from '@sinclair/typebox';
import { ACTION_TYPES, RUN_STATUSES, TRIGGER_KINDS } from '../../domain/automations/rules.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { SegmentFilterOut } from '../segments/segments.schemas.ts';

// Trigger, condition and actions are checked by the domain validators, which name the failing
// path and code (`/actions/1/stage`); the request schema only asks for objects and a list.
export const RuleBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    enabled: Type.Optional(Type.Boolean({ default: true })),
    trigger: Type.Object(
      {},
      {
        additionalProperties: true,
        description:
          '{ kind: event, eventType, fields? } | { kind: segment_enter | segment_leave, segmentId } | { kind: follow_up_overdue } | { kind: date_arrives, field: last_order_date | custom:<key>, offsetDays?, annual? }',
      },
    ),
    condition: Type.Optional(
      Nullable(
        Type.Object({}, { additionalProperties: true, description: 'a segment filter, or null' }),
      ),
    ),
    actions: Type.Array(
      Type.Object(
        {},
        {
          additionalProperties: true,
          description: `{ type: ${ACTION_TYPES.join(' | ')}, … }`,
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RuleBody = Static<typeof RuleBody>;

export const RulePatch = Type.Partial(RuleBody, { additionalProperties: false });
export type RulePatch = Static<typeof RulePatch>;

export const TriggerOut = Type.Object({
  kind: OneOf(TRIGGER_KINDS),
  eventType: Type.Optional(Type.String()),
  fields: Type.Optional(Type.Array(Type.String())),
  segmentId: Type.Optional(Type.String()),
  field: Type.Optional(Type.String()),
  offsetDays: Type.Optional(Type.Integer()),
  annual: Type.Optional(Type.Boolean()),
});

export const ActionOut = Type.Object({
  type: OneOf(ACTION_TYPES),
  businessDays: Type.Optional(Type.Integer()),
  note: Type.Optional(Type.String()),
  userId: Type.Optional(Type.String()),
  tag: Type.Optional(Type.String()),
  stage: Type.Optional(Type.String()),
  tier: Type.Optional(Type.String()),
});

export const RuleOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  enabled: Type.Boolean(),
  trigger: TriggerOut,
  condition: Nullable(SegmentFilterOut),
  actions: Type.Array(ActionOut),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type RuleOut = Static<typeof RuleOut>;

export const RunOut = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  eventId: Nullable(Type.String()),
  entityType: Type.String(),
  entityId: Type.String(),
  customerId: Nullable(Type.String()),
  depth: Type.Integer(),
  status: OneOf(RUN_STATUSES),
  detail: Nullable(Type.String()),
  at: Type.String(),
});
export type RunOut = Static<typeof RunOut>;
