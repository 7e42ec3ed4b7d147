import { Type, type Static } from '@sinclair/typebox';
import { INCIDENT_KINDS } from '../../domain/reputation/incidents.ts';
import { MAX_PLAYBOOK_STEPS } from '../../domain/reputation/playbooks.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Step = Type.Object({ key: Type.String(), en: Type.String(), zh: Type.String() });

export const PlaybookBody = Type.Object(
  {
    steps: Type.Array(
      Type.Object(
        {
          key: Type.Optional(
            Type.String({ maxLength: 40, description: 'a-z, 0-9, - and _; left out: step-N' }),
          ),
          en: Type.String({ maxLength: 300 }),
          zh: Type.String({ maxLength: 300 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_PLAYBOOK_STEPS },
    ),
  },
  { additionalProperties: false },
);
export type PlaybookBody = Static<typeof PlaybookBody>;

export const PlaybookOut = Type.Object({
  kind: OneOf(INCIDENT_KINDS),
  custom: Type.Boolean({ description: 'the workspace’s own steps (else the shipped ones)' }),
  steps: Type.Array(Step, { description: 'what a new incident of this kind starts with' }),
  shipped: Type.Array(Step, { description: 'the shipped playbook, to start from or go back to' }),
  updatedBy: Nullable(Type.String()),
  updatedAt: Nullable(Type.String()),
});
export type PlaybookOut = Static<typeof PlaybookOut>;

export const KindParams = Type.Object({ kind: OneOf(INCIDENT_KINDS) });
