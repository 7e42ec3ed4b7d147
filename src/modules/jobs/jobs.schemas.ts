import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../http/pagination.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { JOB_STATUSES } from '../../domain/jobs/job-status.ts';

export const JobOut = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'what the job does, e.g. imports.run, webhook.deliver' }),
  status: OneOf(JOB_STATUSES),
  attempts: Type.Integer({ description: 'runs started so far' }),
  maxAttempts: Type.Integer({ description: 'runs allowed before the job is dead' }),
  runAt: Type.String({ description: 'due at (for a queued job after a failure: its retry)' }),
  lastError: Nullable(Type.String()),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
export type JobOut = Static<typeof JobOut>;

export const JobList = Type.Object({
  items: Type.Array(JobOut),
  nextCursor: Nullable(Type.String()),
  counts: Type.Object(
    Object.fromEntries(JOB_STATUSES.map((s) => [s, Type.Integer()])) as Record<
      (typeof JOB_STATUSES)[number],
      ReturnType<typeof Type.Integer>
    >,
    { description: "the workspace's jobs by status" },
  ),
});

export const JobQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(OneOf(JOB_STATUSES)),
    kind: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);

export const ScheduleOut = Type.Object({
  name: Type.String(),
  cron: Type.String(),
  timeZone: Type.String({ description: 'the zone the cron expression is read in' }),
  nextRunAt: Type.String(),
  lastRunAt: Nullable(Type.String()),
});
