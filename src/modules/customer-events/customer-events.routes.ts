import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  CheckInBody,
  CustomerInvitationsOut,
  EventBody,
  EventListQuery,
  EventOut,
  EventPatchBody,
  InvitationOut,
  InvitedOut,
  InviteBody,
  ResultsOut,
} from './customer-events.schemas.ts';
import type { CustomerEventsService } from './customer-events.service.ts';
import type { EventResultsService } from './event-results.service.ts';
import type { InvitationMailService } from './invitation-mail.service.ts';
import { SendInvitationsBody, SentInvitationsOut } from './invitation-mail.schemas.ts';
import type { InvitationsService } from './invitations.service.ts';
import { RsvpBody, RsvpOut, RsvpParams } from './rsvp.schemas.ts';
import type { RsvpService } from './rsvp.service.ts';

const tags = ['events'];
const withForbidden = { ...errorResponses, 403: Type.Ref('Problem') };
const withConflict = { ...errorResponses, 409: Type.Ref('Problem') };

/** Customer events, their invitations and check-in, and the public RSVP link. */
export function customerEventsRoutes(
  app: App,
  s: {
    events: CustomerEventsService;
    invitations: InvitationsService;
    rsvp: RsvpService;
    mail: InvitationMailService;
    results: EventResultsService;
  },
): void {
  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: 'Customer events: upcoming soonest first, or past ones (`past=true`)',
        querystring: EventListQuery,
        response: { 200: Type.Object({ items: Type.Array(EventOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await s.events.list(requireScope(req), req.query) }),
  );
  app.post(
    '/events',
    {
      schema: {
        tags,
        summary: 'Create a customer event (title and description per language; times as instants)',
        body: EventBody,
        response: { 201: EventOut, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await s.events.create(requireScope(req), req.body)),
  );
  app.get(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'One event with its venue clock and seats taken',
        params: IdParams,
        response: { 200: EventOut, ...errorResponses },
      },
    },
    async (req) => s.events.get(requireScope(req), req.params.id),
  );
  app.patch(
    '/events/:id',
    {
      schema: {
        tags,
        summary:
          'Change an event (its owner, a manager or an admin); a capacity below the confirmed seats is refused, a larger one seats the waiting list',
        params: IdParams,
        body: EventPatchBody,
        response: { 200: EventOut, ...withForbidden },
      },
    },
    async (req) => s.events.update(requireScope(req), req.params.id, req.body),
  );
  app.delete(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'Delete an event and its invitations (its owner, a manager or an admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...withForbidden },
      },
    },
    async (req, reply) => {
      await s.events.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/events/:id/invitations',
    {
      schema: {
        tags,
        summary:
          'Invitations to the event for customers you can see: answers, guests, check-in, the start on each invitee’s clock and their reminder time',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(InvitationOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await s.invitations.list(requireScope(req), req.params.id) }),
  );
  app.post(
    '/events/:id/invitations',
    {
      schema: {
        tags,
        summary:
          'Invite contacts (named, or a segment’s primary contacts) in their own language; answers each new RSVP link once',
        params: IdParams,
        body: InviteBody,
        response: { 201: InvitedOut, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.invitations.invite(requireScope(req), req.params.id, req.body)),
  );
  app.post(
    '/events/:id/invitations/send',
    {
      schema: {
        tags,
        summary:
          'Mail invitations in each invitee’s language with their RSVP link, from the event owner’s mailbox (or one of yours), and plan each reminder at the invitee’s reminder time',
        params: IdParams,
        body: SendInvitationsBody,
        response: { 202: SentInvitationsOut, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(202).send(await s.mail.send(requireScope(req), req.params.id, req.body)),
  );
  app.post(
    '/events/:id/check-in',
    {
      schema: {
        tags,
        summary:
          'Check a guest in by invitation or by the code on their RSVP page: attendance on the contact’s timeline and a thank-you follow-up on their next business day',
        params: IdParams,
        body: CheckInBody,
        response: { 200: InvitationOut, ...withConflict },
      },
    },
    async (req) => s.invitations.checkIn(requireScope(req), req.params.id, req.body),
  );
  app.get(
    '/events/:id/results',
    {
      schema: {
        tags,
        summary:
          'Invited, answered, confirmed and attended per country; the attendees’ deals, quotes and orders within 90 days after the event and the cost per attendee, converted to the reporting currency',
        params: IdParams,
        response: { 200: ResultsOut, ...errorResponses },
      },
    },
    async (req) => s.results.results(requireScope(req), req.params.id),
  );
  app.get(
    '/customers/:id/event-invitations',
    {
      schema: {
        tags,
        summary:
          'A customer’s invitations to events with each event, latest first (the customer page)',
        params: IdParams,
        response: { 200: CustomerInvitationsOut, ...errorResponses },
      },
    },
    async (req) => s.events.ofCustomer(requireScope(req), req.params.id),
  );
  app.get(
    '/public/rsvp/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Public: one invitation and its event in the invitee’s language (no sign-in)',
        params: RsvpParams,
        response: { 200: RsvpOut, ...errorResponses },
      },
    },
    async (req) => s.rsvp.view(req.params.token),
  );
  app.post(
    '/public/rsvp/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Public: answer an invitation (yes / no / maybe, guests, dietary needs, visa letter); a yes past the capacity joins the waiting list',
        params: RsvpParams,
        body: RsvpBody,
        response: { 200: RsvpOut, ...withConflict },
      },
    },
    async (req) => s.rsvp.answer(req.params.token, req.body),
  );
}
