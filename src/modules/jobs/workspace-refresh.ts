import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import type { JobKind } from './job-kind.ts';
import { enqueueJob } from './job-records.service.ts';

/**
 * Work kept per workspace and redone in the background (stored lead and churn scores): a job that
 * redoes one workspace, queued at most once per workspace at a time, and a job a schedule runs
 * that queues it for every workspace.
 */
export function workspaceRefresh(names: { one: string; all: string }) {
  /** The workspace's refresh, later and once (a large import, a changed profile). */
  const enqueue = (db: Executor, workspaceId: string) =>
    enqueueJob(db, names.one, {}, { workspaceId, dedupKey: workspaceId });
  return {
    enqueue,
    kinds: (
      db: Kysely<DB>,
      workspaceIds: (db: Executor) => Promise<string[]>,
      refresh: (workspaceId: string) => Promise<unknown>,
    ): JobKind[] => [
      {
        kind: names.one,
        run: async (_p, ctx) => {
          if (ctx.workspaceId) await refresh(ctx.workspaceId);
        },
      },
      {
        kind: names.all,
        run: async () => {
          for (const ws of await workspaceIds(db)) await enqueue(db, ws);
        },
      },
    ],
  };
}
