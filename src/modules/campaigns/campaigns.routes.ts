import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { CampaignResultsService } from './campaign-results.service.ts';
import {
  CampaignBody,
  CampaignList,
  CampaignOut,
  CampaignPatchBody,
  CampaignSettings,
  ResultsOut,
  TestSendOut,
} from './campaigns.schemas.ts';
import type { CampaignsService } from './campaigns.service.ts';

const tags = ['campaigns'];
const errors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };
const ListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })) },
  { additionalProperties: false },
);

/** Campaigns to segments: managers and admins only (reps get 403). */
export function campaignsRoutes(
  app: App,
  s: { campaigns: CampaignsService; results: CampaignResultsService },
): void {
  app.get(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'The workspace’s campaigns, newest first',
        querystring: ListQuery,
        response: { 200: CampaignList, ...errors },
      },
    },
    async (req) => s.campaigns.list(requireScope(req), req.query.limit ?? 100),
  );
  app.post(
    '/campaigns',
    {
      schema: {
        tags,
        summary:
          'Create a draft campaign: a segment, a template, one of your mailboxes with SMTP, a schedule (now, or a weekday and time at each recipient) and a per-minute throttle',
        body: CampaignBody,
        response: { 201: CampaignOut, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.campaigns.create(requireScope(req), req.body)),
  );
  app.get(
    '/campaigns/:id',
    {
      schema: {
        tags,
        params: IdParams,
        summary: 'One campaign',
        response: { 200: CampaignOut, ...errors },
      },
    },
    async (req) => s.campaigns.get(requireScope(req), req.params.id),
  );
  app.patch(
    '/campaigns/:id',
    {
      schema: {
        tags,
        params: IdParams,
        summary: 'Change a draft (its creator only)',
        body: CampaignPatchBody,
        response: { 200: CampaignOut, ...errors },
      },
    },
    async (req) => s.campaigns.update(requireScope(req), req.params.id, req.body),
  );
  app.post(
    '/campaigns/:id/schedule',
    {
      schema: {
        tags,
        params: IdParams,
        summary:
          'Write the recipients (each one’s send instant on their own clock and calendar, their template language) and schedule the sending; above the workspace’s threshold it waits for approval',
        response: { 200: CampaignOut, ...errors },
      },
    },
    async (req) => s.campaigns.schedule(requireScope(req), req.params.id),
  );
  app.post(
    '/campaigns/:id/approve',
    {
      schema: {
        tags,
        params: IdParams,
        summary:
          'Approve a campaign waiting for approval (a manager or admin other than its creator)',
        response: { 200: CampaignOut, ...errors },
      },
    },
    async (req) => s.campaigns.approve(requireScope(req), req.params.id),
  );
  app.post(
    '/campaigns/:id/cancel',
    {
      schema: {
        tags,
        params: IdParams,
        summary: 'Cancel a campaign (its creator or an admin); recipients not yet mailed never are',
        response: { 200: CampaignOut, ...errors },
      },
    },
    async (req) => s.campaigns.cancel(requireScope(req), req.params.id),
  );
  app.post(
    '/campaigns/:id/test-send',
    {
      schema: {
        tags,
        params: IdParams,
        summary:
          'Send the mail as the segment’s first contact would get it to your own mailbox address, marked [TEST]',
        response: { 200: TestSendOut, ...errors },
      },
    },
    async (req) => s.results.testSend(requireScope(req), req.params.id),
  );
  app.get(
    '/campaigns/:id/results',
    {
      schema: {
        tags,
        params: IdParams,
        summary:
          'Counts per status and per country: queued, sent, failed, skipped (unsubscribed, no address), unsubscribed through the campaign, replied (synced replies in its threads); no open tracking',
        response: { 200: ResultsOut, ...errors },
      },
    },
    async (req) => s.results.results(requireScope(req), req.params.id),
  );
  app.get(
    '/campaign-settings',
    {
      schema: {
        tags,
        summary: 'The approval threshold (recipients above it need approval)',
        response: { 200: CampaignSettings, ...errors },
      },
    },
    async (req) => s.campaigns.settings(requireScope(req)),
  );
  app.put(
    '/campaign-settings',
    {
      schema: {
        tags,
        summary: 'Set the approval threshold (admins)',
        body: CampaignSettings,
        response: { 200: CampaignSettings, ...errors },
      },
    },
    async (req) => s.campaigns.setThreshold(requireScope(req), req.body.approvalThreshold),
  );
}
