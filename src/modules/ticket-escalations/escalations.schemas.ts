import { Type, type Static } from '@sinclair/typebox';
import { ESCALATION_TARGETS, ESCALATION_TRIGGERS } from '../../domain/service/escalation.ts';
import { TICKET_PRIORITIES } from '../../domain/service/tickets.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const fields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  enabled: Type.Optional(Type.Boolean({ default: true })),
  trigger: OneOf(ESCALATION_TRIGGERS, {
    description:
      'warning: at the policy’s warning percentage of the target (default 80 %); breach: at the due instant',
  }),
  target: Type.Optional(OneOf(ESCALATION_TARGETS, { default: 'any' })),
  priorities: Type.Optional(
    Type.Array(OneOf(TICKET_PRIORITIES), { maxItems: 4, uniqueItems: true }),
  ),
  teamIds: Type.Optional(
    Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50, uniqueItems: true }),
  ),
  reassignToId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  raisePriority: Type.Optional(Type.Boolean({ default: false })),
  notify: Type.Optional(Type.Boolean({ default: true })),
};
export const EscalationRuleBody = Type.Object(fields, { additionalProperties: false });
export type EscalationRuleBody = Static<typeof EscalationRuleBody>;
export const EscalationRulePatch = Type.Partial(
  Type.Object({ ...fields, position: Type.Integer({ minimum: 0, maximum: 10_000 }) }),
  { additionalProperties: false },
);
export type EscalationRulePatch = Static<typeof EscalationRulePatch>;

export const EscalationRuleOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  position: Type.Integer(),
  enabled: Type.Boolean(),
  trigger: OneOf(ESCALATION_TRIGGERS),
  target: OneOf(ESCALATION_TARGETS),
  priorities: Type.Array(OneOf(TICKET_PRIORITIES)),
  teamIds: Type.Array(Type.String()),
  reassignToId: Nullable(Type.String()),
  reassignToName: Nullable(Type.String()),
  raisePriority: Type.Boolean(),
  notify: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type EscalationRuleOut = Static<typeof EscalationRuleOut>;

export const EscalationNoticesQuery = Type.Object(
  {
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, default: 7 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type EscalationNoticesQuery = Static<typeof EscalationNoticesQuery>;

export const EscalationNoticeOut = Type.Object({
  ticketId: Type.String(),
  number: Type.String(),
  subject: Type.String(),
  customerName: Type.String(),
  customerCountry: Type.String(),
  status: Type.String(),
  priority: OneOf(TICKET_PRIORITIES),
  assigneeId: Nullable(Type.String()),
  target: OneOf(['first_response', 'resolution', 'next_response'] as const),
  trigger: OneOf(ESCALATION_TRIGGERS),
  ruleName: Type.String(),
  firedAt: Type.String(),
});
export type EscalationNoticeOut = Static<typeof EscalationNoticeOut>;
