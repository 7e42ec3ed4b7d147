import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { toPage } from '../../http/pagination.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { JOB_STATUSES } from '../../domain/jobs/job-status.ts';
import { JobList, JobOut, JobQuery, ScheduleOut } from './jobs.schemas.ts';
import type { JobView, JobsService } from './jobs.service.ts';

const adminErrors = { ...errorResponses, 403: Type.Ref('Problem') };

function out(j: JobView): JobOut {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    attempts: j.attempts,
    maxAttempts: j.maxAttempts,
    runAt: j.run_at,
    lastError: j.last_error,
    createdAt: j.created_at,
    finishedAt: j.finished_at,
  };
}

export function jobsRoutes(app: App, jobs: JobsService): void {
  app.get(
    '/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: "The workspace's background jobs, newest first, with counts by status (admin)",
        querystring: JobQuery,
        response: { 200: JobList, ...adminErrors },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const { rows, counts } = await jobs.list(requireScope(req), {
        ...req.query,
        limit: limit + 1,
      });
      const all = Object.fromEntries(JOB_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<
        (typeof JOB_STATUSES)[number],
        number
      >;
      return { ...toPage(rows, limit, out), counts: all };
    },
  );

  app.get(
    '/jobs/schedules',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Repeating work: each schedule, its cron expression, zone and next run (admin)',
        response: { 200: Type.Object({ items: Type.Array(ScheduleOut) }), ...adminErrors },
      },
    },
    async (req) => ({
      items: (await jobs.schedules(requireScope(req))).map((s) => ({
        name: s.name,
        cron: s.cron,
        timeZone: s.time_zone,
        nextRunAt: s.next_run_at,
        lastRunAt: s.last_run_at,
      })),
    }),
  );

  app.get(
    '/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'One job (admin)',
        params: IdParams,
        response: { 200: JobOut, ...adminErrors },
      },
    },
    async (req) => out(await jobs.get(requireScope(req), req.params.id)),
  );

  for (const action of ['retry', 'cancel'] as const)
    app.post(
      `/jobs/:id/${action}`,
      {
        schema: {
          tags: ['jobs'],
          summary:
            action === 'retry'
              ? 'Run a dead or cancelled job again, with fresh attempts (admin)'
              : 'Cancel a queued job (admin)',
          params: IdParams,
          response: { 200: JobOut, ...adminErrors, 409: Type.Ref('Problem') },
        },
      },
      async (req) => out(await jobs[action](requireScope(req), req.params.id)),
    );
}
