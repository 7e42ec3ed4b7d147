import { Type, type Static } from '@sinclair/typebox';
import {
  CBAM_GOODS,
  COMMITMENT_STATUSES,
  REMINDER_DAYS,
  REQUIREMENT_KINDS,
  REQUIREMENT_STATUSES,
} from '../../domain/sustainability/sustainability.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Day = Type.String({ format: 'date', maxLength: 10 });
const Id = Type.String({ maxLength: 64 });
const Url = Type.String({ maxLength: 2000, description: 'an http or https address' });
const Owner = Type.Optional(Type.String({ maxLength: 64, description: 'left out: you' }));
const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const Evidence = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 200 }), url: Type.Optional(Nullable(Url)) },
  { additionalProperties: false },
);

export const RequirementBody = Type.Object(
  {
    customerId: Id,
    kind: OneOf(REQUIREMENT_KINDS),
    cbamGoods: Type.Optional(
      Nullable(OneOf(CBAM_GOODS, { description: 'required for a CBAM report (EU imports)' })),
    ),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    details: Type.Optional(Type.String({ maxLength: 4000 })),
    requestedOn: Day,
    dueDate: Type.Optional(Nullable(Day)),
    status: Type.Optional(OneOf(REQUIREMENT_STATUSES)),
    ownerId: Owner,
    evidence: Type.Optional(Type.Array(Evidence, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type RequirementBody = Static<typeof RequirementBody>;
export const RequirementPatch = Type.Partial(RequirementBody, { additionalProperties: false });
export type RequirementPatch = Static<typeof RequirementPatch>;
export const RequirementQuery = Type.Object(
  { customerId: Type.Optional(Id), status: Type.Optional(OneOf(REQUIREMENT_STATUSES)) },
  { additionalProperties: false },
);

export const RequirementOut = Type.Object({
  id: Type.String(),
  customer: Type.Union([Type.Null(), Named], {
    description: 'null when the customer is outside your scope',
  }),
  kind: Type.String(),
  cbamGoods: Nullable(Type.String()),
  title: Type.String(),
  details: Type.String(),
  requestedOn: Type.String(),
  dueDate: Nullable(Type.String()),
  status: Type.String(),
  overdue: Type.Boolean(),
  ownerId: Type.String(),
  evidence: Type.Array(Type.Object({ title: Type.String(), url: Nullable(Type.String()) })),
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
});
export type RequirementOut = Static<typeof RequirementOut>;

export const CertificateBody = Type.Object(
  {
    standard: Type.String({ minLength: 1, maxLength: 100, description: 'e.g. ISO 14001:2015' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    issuer: Type.Optional(Type.String({ maxLength: 200 })),
    number: Type.Optional(Type.String({ maxLength: 100 })),
    scope: Type.Optional(Type.String({ maxLength: 2000 })),
    issuedOn: Day,
    expiresOn: Day,
    reminderBusinessDays: Type.Optional(
      Type.Integer({
        minimum: REMINDER_DAYS.min,
        maximum: REMINDER_DAYS.max,
        description: `home-office business days before expiry to start renewing (default ${REMINDER_DAYS.default})`,
      }),
    ),
    documentUrl: Type.Optional(Nullable(Url)),
    ownerId: Owner,
  },
  { additionalProperties: false },
);
export type CertificateBody = Static<typeof CertificateBody>;
export const CertificatePatch = Type.Partial(CertificateBody, { additionalProperties: false });
export type CertificatePatch = Static<typeof CertificatePatch>;

export const CertificateOut = Type.Object({
  id: Type.String(),
  standard: Type.String(),
  name: Type.String(),
  issuer: Type.String(),
  number: Type.String(),
  scope: Type.String(),
  issuedOn: Type.String(),
  expiresOn: Type.String(),
  reminderBusinessDays: Type.Integer(),
  remindOn: Type.String({ description: 'the renewal reminder, in the home office’s calendar' }),
  state: OneOf(['valid', 'renew_now', 'expired'] as const),
  documentUrl: Nullable(Type.String()),
  ownerId: Type.String(),
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
});
export type CertificateOut = Static<typeof CertificateOut>;

export const CommitmentBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    details: Type.Optional(Type.String({ maxLength: 4000 })),
    customerId: Type.Optional(Nullable(Id)),
    stakeholderId: Type.Optional(Nullable(Id)),
    madeOn: Day,
    dueDate: Type.Optional(Nullable(Day)),
    status: Type.Optional(OneOf(COMMITMENT_STATUSES)),
    ownerId: Owner,
  },
  { additionalProperties: false },
);
export type CommitmentBody = Static<typeof CommitmentBody>;
export const CommitmentPatch = Type.Partial(CommitmentBody, { additionalProperties: false });
export type CommitmentPatch = Static<typeof CommitmentPatch>;
export const CommitmentQuery = Type.Object(
  { customerId: Type.Optional(Id), status: Type.Optional(OneOf(COMMITMENT_STATUSES)) },
  { additionalProperties: false },
);

export const CommitmentOut = Type.Object({
  id: Type.String(),
  title: Type.String(),
  details: Type.String(),
  customer: Type.Union([Type.Null(), Named], {
    description: 'null when none or outside your scope',
  }),
  stakeholder: Type.Union([Type.Null(), Named], {
    description: 'null when none or outside your scope',
  }),
  madeOn: Type.String(),
  dueDate: Nullable(Type.String()),
  status: Type.String(),
  overdue: Type.Boolean(),
  ownerId: Type.String(),
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
});
export type CommitmentOut = Static<typeof CommitmentOut>;
