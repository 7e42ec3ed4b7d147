import type { Command } from 'commander';
import { JOB_STATUSES, type JobStatus } from '../domain/jobs/job-status.ts';
import { CliError, scopeForEmail, withDatabase } from './context.ts';

const pad = (s: string, n: number) => s.padEnd(n);

/** `chuhai jobs`: the admin page's list, retry and cancel, the schedules, and a worker process. */
export function registerJobsCommands(cli: Command): void {
  const jobs = cli
    .command('jobs')
    .description("Background jobs of a workspace (default: the first admin's)")
    .option('--email <email>', 'act as this admin (their workspace)')
    .option('--status <status>', `only these: ${JOB_STATUSES.join(', ')}`)
    .option('--limit <n>', 'at most this many', '50')
    .action(async (o: { email?: string; status?: string; limit: string }) => {
      if (o.status && !JOB_STATUSES.includes(o.status as JobStatus))
        throw new CliError(`--status must be one of ${JOB_STATUSES.join(', ')}`);
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new CliError('--limit must be a whole number from 1 to 500');
      await withDatabase(async ({ db, services }) => {
        const scope = await scopeForEmail(db, services, o.email);
        const { rows, counts } = await services.jobs.list(scope, {
          status: o.status as JobStatus | undefined,
          limit,
        });
        console.log(JOB_STATUSES.map((s) => `${s} ${counts[s] ?? 0}`).join('  '));
        for (const j of rows)
          console.log(
            [
              j.id,
              pad(j.kind, 20),
              pad(j.status, 9),
              `${j.attempts}/${j.maxAttempts}`,
              j.status === 'queued' ? `due ${j.run_at}` : (j.finished_at ?? ''),
              j.last_error ? `— ${j.last_error.split('\n')[0]}` : '',
            ].join('  '),
          );
      });
    });

  for (const action of ['retry', 'cancel'] as const)
    jobs
      .command(`${action} <id>`)
      .description(
        action === 'retry' ? 'Run a failed or cancelled job again' : 'Cancel a queued job',
      )
      .option('--email <email>', 'act as this admin (their workspace)')
      .action(async (id: string, o: { email?: string }) => {
        await withDatabase(async ({ db, services }) => {
          const scope = await scopeForEmail(db, services, o.email);
          const job = await services.jobs[action](scope, id);
          console.log(`${job.id} ${job.kind} is now ${job.status}`);
        });
      });

  jobs
    .command('schedules')
    .description('Repeating work: cron expression, its zone, next run')
    .action(async () => {
      await withDatabase(async ({ db, services }) => {
        await services.jobs.runner.syncSchedules();
        for (const s of await services.jobs.schedules(await scopeForEmail(db, services)))
          console.log(
            `${pad(s.name, 24)} ${pad(s.cron, 12)} ${pad(s.time_zone, 16)} next ${s.next_run_at}`,
          );
      });
    });

  jobs
    .command('work')
    .description(
      'Run background jobs without serving HTTP (a worker beside the servers); stops on SIGTERM',
    )
    .action(async () => {
      await withDatabase(async ({ services }) => {
        const runner = services.jobs.runner;
        await runner.start();
        console.log(`Worker ${runner.id} running: ${runner.kindNames().join(', ')}`);
        await new Promise<void>((resolve) => {
          const stop = () => void runner.stop().then(resolve);
          process.once('SIGTERM', stop);
          process.once('SIGINT', stop);
        });
      });
    });
}
