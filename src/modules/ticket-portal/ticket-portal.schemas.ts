import { Type, type Static } from '@sinclair/typebox';
import { PORTAL_LABEL_KEYS, PORTAL_LANGUAGES } from '../../domain/service/portal-labels.ts';
import { PUBLIC_STATUSES } from '../../domain/service/portal-language.ts';
import { TICKET_PRIORITIES, TICKET_TYPES } from '../../domain/service/tickets.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

/** The largest customer message the portal takes (characters). */
export const MAX_REPLY = 5000;

export const Labels = Type.Object(
  Object.fromEntries(PORTAL_LABEL_KEYS.map((k) => [k, Type.String()])) as Record<
    (typeof PORTAL_LABEL_KEYS)[number],
    ReturnType<typeof Type.String>
  >,
  { description: 'the portal’s words in the chosen language' },
);

const Speech = {
  language: OneOf(PORTAL_LANGUAGES),
  dir: OneOf(['ltr', 'rtl'] as const),
  labels: Labels,
};

export const LangQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.String({ maxLength: 35, description: 'a BCP 47 tag the reader asked for' }),
    ),
  },
  { additionalProperties: false },
);

// ---- staff: the ticket's link ----

export const PortalLinkOut = Type.Object({
  active: Type.Boolean(),
  createdAt: Nullable(Type.String()),
  language: Nullable(Type.String()),
});
export const PortalLinkCreated = Type.Object({
  url: Type.String({ description: 'the portal page’s path; shown once, never stored' }),
  token: Type.String(),
  createdAt: Type.String(),
});

// ---- public: the ticket ----

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 120 }) });

export const PublicMessage = Type.Object({
  id: Type.String(),
  from: OneOf(['customer', 'support'] as const),
  body: Type.String(),
  createdAt: Type.String(),
  attachments: Type.Array(
    Type.Object({
      id: Type.String(),
      fileName: Type.String(),
      size: Type.Integer(),
      url: Type.String({ description: 'the download address, under the same link' }),
    }),
  ),
});

export const PublicTicket = Type.Object({
  ...Speech,
  number: Type.String(),
  subject: Type.String(),
  status: OneOf(PUBLIC_STATUSES),
  canReply: Type.Boolean({ description: 'false once the ticket is closed' }),
  createdAt: Type.String(),
  messages: Type.Array(PublicMessage),
});
export type PublicTicket = Static<typeof PublicTicket>;

export const ReplyBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: MAX_REPLY }) },
  { additionalProperties: false },
);

// ---- staff: ticket forms ----

const Origins = Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 });
const formFields = {
  key: Type.String({
    pattern: '^[a-z0-9][a-z0-9-]{1,39}$',
    description: 'the form’s name in its address: 2–40 lower-case letters, digits, hyphens',
  }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  enabled: Type.Optional(Type.Boolean({ default: true })),
  allowedOrigins: Type.Optional(Origins),
  defaultType: Type.Optional(OneOf(TICKET_TYPES, { default: 'question' })),
  defaultPriority: Type.Optional(OneOf(TICKET_PRIORITIES, { default: 'normal' })),
  ownerId: Type.Optional(
    Type.String({ maxLength: 64, description: 'owner of new leads; default: you' }),
  ),
};
export const TicketFormBody = Type.Object(formFields, { additionalProperties: false });
export type TicketFormBody = Static<typeof TicketFormBody>;
export const TicketFormPatch = Type.Partial(TicketFormBody, { additionalProperties: false });
export type TicketFormPatch = Static<typeof TicketFormPatch>;

export const TicketFormOut = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  enabled: Type.Boolean(),
  allowedOrigins: Type.Array(Type.String()),
  defaultType: OneOf(TICKET_TYPES),
  defaultPriority: OneOf(TICKET_PRIORITIES),
  ownerId: Type.String(),
  publicUrl: Type.String({ description: 'the public page of the form (path)' }),
  postUrl: Type.String({ description: 'what a company site posts to (path)' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

// ---- public: the form ----

export const FormParams = Type.Object({
  workspace: Type.String({ maxLength: 64 }),
  key: Type.String({ maxLength: 64 }),
});

export const PublicForm = Type.Object({
  ...Speech,
  name: Type.String(),
  languages: Type.Array(OneOf(PORTAL_LANGUAGES)),
});

export const SubmitBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    company: Type.Optional(Type.String({ maxLength: 200 })),
    country: Type.Optional(
      Type.String({ minLength: 2, maxLength: 60, description: 'ISO code or name; else guessed' }),
    ),
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ minLength: 1, maxLength: 10_000 }),
    language: Type.Optional(Type.String({ maxLength: 35 })),
    website_url: Type.Optional(
      Type.String({ maxLength: 500, description: 'leave empty: a hidden trap for robots' }),
    ),
  },
  { additionalProperties: false },
);
export type SubmitBody = Static<typeof SubmitBody>;

export const Submitted = Type.Object({
  received: Type.Boolean(),
  number: Type.String(),
  portalUrl: Type.String({ description: 'where the sender follows the ticket (path)' }),
});
