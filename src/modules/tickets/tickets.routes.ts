import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { Nullable, ViewerTimeZone } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { SlaService } from './sla.service.ts';
import {
  CommentBody,
  CommentOut,
  SlaDueBody,
  SlaDueOut,
  SlaPolicyBody,
  SlaPolicyList,
  SlaPolicyOut,
  SlaPolicyPatch,
  TicketBody,
  TicketDetailOut,
  TicketListQuery,
  TicketOut,
  TicketPatch,
} from './tickets.schemas.ts';
import { TicketEventsOut, TicketEventsQuery } from './ticket-events.ts';
import type { TicketsService } from './tickets.service.ts';

const withConflict = { ...errorResponses, 409: Type.Ref('Problem') };
const adminErrors = { ...errorResponses, 403: Type.Ref('Problem') };
const ZoneQuery = Type.Object({ timeZone: ViewerTimeZone }, { additionalProperties: false });

/** Service tickets, their comments, the workspace's SLA policies and the SLA due preview. */
export function ticketsRoutes(app: App, s: { tickets: TicketsService; sla: SlaService }): void {
  const tags = ['service'];

  app.post(
    '/sla/due',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'When an SLA target of N business minutes started at an instant falls due, in the customer’s calendar (their country, region and zone with the workspace’s overrides), the home office’s, or 24x7; with the days skipped and why',
        body: SlaDueBody,
        response: { 200: SlaDueOut, ...errorResponses },
      },
    },
    async (req) => s.sla.due(requireScope(req), req.body),
  );

  app.get(
    '/sla-policies',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'The workspace’s SLA policies in the order they are tried (the first matching one applies), and the default used when none matches',
        response: { 200: SlaPolicyList, ...errorResponses },
      },
    },
    async (req) => s.sla.list(requireScope(req)),
  );

  app.post(
    '/sla-policies',
    {
      schema: {
        tags,
        summary: 'Add an SLA policy (admin)',
        body: SlaPolicyBody,
        response: { 201: SlaPolicyOut, ...adminErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await s.sla.create(requireScope(req), req.body)),
  );

  app.patch(
    '/sla-policies/:id',
    {
      schema: {
        tags,
        summary: 'Change an SLA policy (admin); open tickets keep the terms they were opened under',
        params: IdParams,
        body: SlaPolicyPatch,
        response: { 200: SlaPolicyOut, ...adminErrors },
      },
    },
    async (req) => s.sla.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/sla-policies/:id',
    {
      schema: {
        tags,
        summary: 'Delete an SLA policy (admin); tickets keep the terms they were opened under',
        params: IdParams,
        response: { 204: Type.Null(), ...adminErrors },
      },
    },
    async (req, reply) => {
      await s.sla.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/tickets',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'Tickets of the customers you can see, by time left (running targets first) or newest first; breach state as of now',
        querystring: TicketListQuery,
        response: {
          200: Type.Object({ items: Type.Array(TicketOut), nextOffset: Nullable(Type.Integer()) }),
          ...errorResponses,
        },
      },
    },
    async (req) => s.tickets.list(requireScope(req), req.query),
  );

  app.post(
    '/tickets',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'Open a ticket for a customer in your scope; the first matching SLA policy sets its targets, counted in that policy’s calendar',
        body: TicketBody,
        querystring: ZoneQuery,
        response: { 201: TicketDetailOut, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.tickets.create(requireScope(req), req.body, req.query.timeZone)),
  );

  app.get(
    '/tickets/:id',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'A ticket with its conversation, status history and SLA clocks (due in the customer’s and your time, time left, breach state, the days skipped)',
        params: IdParams,
        querystring: ZoneQuery,
        response: { 200: TicketDetailOut, ...errorResponses },
      },
    },
    async (req) => s.tickets.get(requireScope(req), req.params.id, req.query.timeZone),
  );

  app.patch(
    '/tickets/:id',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'Change a ticket’s subject, type, priority, status, assignee or contact; a pausing status stops the SLA clock until the next change',
        params: IdParams,
        body: TicketPatch,
        querystring: ZoneQuery,
        response: { 200: TicketDetailOut, ...withConflict },
      },
    },
    async (req) => s.tickets.update(requireScope(req), req.params.id, req.body, req.query.timeZone),
  );

  app.post(
    '/tickets/:id/comments',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'A public reply or an internal note; the first public staff reply is the first response, a customer’s message reopens a solved ticket',
        params: IdParams,
        body: CommentBody,
        response: { 201: CommentOut, ...withConflict },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.tickets.comment(requireScope(req), req.params.id, req.body)),
  );

  app.get(
    '/tickets/events',
    {
      schema: {
        tags,
        summary:
          'Ticket events for a customer’s timeline (opened, solved, reopened, closed), newest first; only tickets the caller may see. Not for agents (they see no customers)',
        querystring: TicketEventsQuery,
        response: { 200: TicketEventsOut, ...adminErrors },
      },
    },
    async (req) => s.tickets.events(requireScope(req), req.query),
  );
}
