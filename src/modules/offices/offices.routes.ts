import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  AssignablePersonOut,
  DecisionBody,
  LeaveBody,
  LeaveOut,
  OfficeBody,
  OfficeDetail,
  OfficeOut,
  OfficePatch,
  PersonBody,
  PersonOut,
} from './offices.schemas.ts';
import type { OfficesService } from './offices.service.ts';
import {
  LeadershipOut,
  MeetingBody,
  MeetingOut,
  OverviewOut,
  PlanningOut,
  PlanningQuery,
} from './planning.schemas.ts';
import type { OfficePlanningService } from './planning.service.ts';
import { HandOverOut, HandOverQuery } from './handover.schemas.ts';
import type { HandOverService } from './handover.service.ts';

export function officesRoutes(
  app: App,
  offices: OfficesService,
  planning: OfficePlanningService,
  handOvers: HandOverService,
): void {
  const tags = ['offices'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };
  const LeaveParams = Type.Object({
    id: Type.String({ maxLength: 64 }),
    leaveId: Type.String({ maxLength: 64 }),
  });

  app.get(
    '/offices',
    {
      schema: {
        tags,
        summary: 'Offices the caller manages or works in (admins: all)',
        response: { 200: Type.Object({ items: Type.Array(OfficeOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await offices.list(requireScope(req)) }),
  );
  app.post(
    '/offices',
    {
      schema: {
        tags,
        summary: 'Create an overseas office (admin)',
        body: OfficeBody,
        response: { 201: OfficeDetail, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await offices.create(requireScope(req), req.body)),
  );
  app.get(
    '/offices/:id',
    {
      schema: {
        tags,
        summary: 'An office with its people and leave (reasons for its manager and admins only)',
        params: IdParams,
        response: { 200: OfficeDetail, ...errors },
      },
    },
    async (req) => offices.get(requireScope(req), req.params.id),
  );
  app.patch(
    '/offices/:id',
    {
      schema: {
        tags,
        summary: 'Edit an office (its manager or an admin; the manager itself: admins)',
        params: IdParams,
        body: OfficePatch,
        response: { 200: OfficeDetail, ...errors },
      },
    },
    async (req) => offices.update(requireScope(req), req.params.id, req.body),
  );
  app.post(
    '/offices/:id/people',
    {
      schema: {
        tags,
        summary: 'Add a user or staff member to the office (its manager or an admin)',
        params: IdParams,
        body: PersonBody,
        response: { 201: PersonOut, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await offices.addPerson(requireScope(req), req.params.id, req.body)),
  );
  app.post(
    '/offices/:id/leave',
    {
      schema: {
        tags,
        summary: 'Request leave (for oneself) or record it (the manager, an admin)',
        params: IdParams,
        body: LeaveBody,
        response: { 201: LeaveOut, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await offices.requestLeave(requireScope(req), req.params.id, req.body)),
  );
  app.post(
    '/offices/:id/leave/:leaveId/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a leave request (the office’s manager or an admin)',
        params: LeaveParams,
        body: DecisionBody,
        response: { 200: LeaveOut, ...errors },
      },
    },
    async (req) =>
      offices.decideLeave(requireScope(req), req.params.id, req.params.leaveId, req.body),
  );
  app.get(
    '/offices/:id/planning',
    {
      schema: {
        tags,
        summary:
          'Who works when, shared hours with headquarters, closed-day differences, stall warnings',
        params: IdParams,
        querystring: PlanningQuery,
        response: { 200: PlanningOut, ...errors },
      },
    },
    async (req) =>
      planning.planning(
        requireScope(req),
        req.params.id,
        req.query.from,
        req.query.days ?? 28,
        req.query.lang ?? 'en',
      ),
  );
  app.get(
    '/office-planning',
    {
      schema: {
        tags,
        summary:
          'The planning view across every office the caller sees, next to headquarters, over the same days',
        querystring: PlanningQuery,
        response: { 200: OverviewOut, ...errors },
      },
    },
    async (req) =>
      planning.overview(
        requireScope(req),
        req.query.from,
        req.query.days ?? 28,
        req.query.lang ?? 'en',
      ),
  );
  app.get(
    '/offices/:id/playbook',
    {
      schema: {
        tags,
        summary:
          'Leading the office’s team: rules from the six dimensions, office country vs headquarters',
        params: IdParams,
        response: { 200: LeadershipOut, ...errors },
      },
    },
    async (req) => planning.playbook(requireScope(req), req.params.id),
  );
  app.post(
    '/office-meetings/plan',
    {
      schema: {
        tags,
        summary:
          'Meeting times for office people (and headquarters), fewest outside their hours first',
        body: MeetingBody,
        response: { 200: MeetingOut, ...errors },
      },
    },
    async (req) => planning.meeting(requireScope(req), req.body, req.body.lang ?? 'en'),
  );
  app.get(
    '/office-hand-overs',
    {
      schema: {
        tags,
        summary:
          'Open follow-ups due on a day their assignee’s office is closed or they are on leave (hand them over)',
        querystring: HandOverQuery,
        response: { 200: HandOverOut, ...errors },
      },
    },
    async (req) =>
      handOvers.flags(
        requireScope(req),
        req.query.from,
        req.query.days ?? 14,
        req.query.lang ?? 'en',
      ),
  );
  app.get(
    '/office-people',
    {
      schema: {
        tags,
        summary:
          'People of the offices the caller sees (users and staff without a login), to assign follow-ups and tickets to',
        response: {
          200: Type.Object({ items: Type.Array(AssignablePersonOut) }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ items: await offices.assignable(requireScope(req)) }),
  );
}
