import type { Command } from 'commander';
import { ACTIVITY_TYPES } from '../domain/enums.ts';
import { CliError, scopeForEmail, withDatabase } from './context.ts';

export function registerRelationshipCommands(cli: Command): void {
  const followups = cli
    .command('followups')
    .description('Follow-ups planned in each customer’s calendar');
  followups
    .command('today')
    .description(
      "A user's follow-ups due today and overdue, ordered by when the customer's working day opens",
    )
    .requiredOption('--email <email>', 'whose follow-ups')
    .option('--scope <scope>', 'mine, team or all', 'mine')
    .option('--lang <lang>', 'en or zh', 'en')
    .action(async (o: { email: string; scope: string; lang: string }) => {
      if (!['mine', 'team', 'all'].includes(o.scope))
        throw new CliError(`--scope must be mine, team or all, got "${o.scope}"`);
      await withDatabase(async ({ db, services }) => {
        const items = (
          await services.inbox.list(await scopeForEmail(db, services, o.email), {
            scope: o.scope as 'mine',
          })
        ).filter((i) => i.bucket !== 'upcoming');
        if (items.length === 0) console.log('Nothing due today. 今天没有待跟进的客户。');
        for (const i of items) {
          const window = i.nextWindow
            ? `window ${i.nextWindow.customer.start}–${i.nextWindow.customer.end} their time (${i.nextWindow.home.start}–${i.nextWindow.home.end} ours)`
            : 'no shared office hours today';
          console.log(
            `${i.bucket === 'overdue' ? 'OVERDUE ' : 'today   '} ${i.dueDate}  ${i.customerName} (${i.country}, ${i.customerTime} local)  ${window}`,
          );
          console.log(`         ${o.lang === 'zh' ? i.reason.zh : i.reason.en}`);
        }
      });
    });

  const activity = cli.command('activity').description('Touches with customers');
  activity
    .command('log')
    .description('Log a touch; an outbound one plans the next follow-up in the customer’s calendar')
    .requiredOption('--email <email>', 'who made the touch')
    .requiredOption('--customer <id>', 'customer id')
    .requiredOption('--type <type>', ACTIVITY_TYPES.join(', '))
    .requiredOption('--summary <text>', 'what happened')
    .option('--direction <direction>', 'inbound or outbound', 'outbound')
    .option('--at <iso>', 'when, ISO 8601 with offset (default: now)')
    .option('--outcome <text>', 'outcome')
    .action(
      async (o: {
        email: string;
        customer: string;
        type: string;
        summary: string;
        direction: string;
        at?: string;
        outcome?: string;
      }) => {
        if (!(ACTIVITY_TYPES as readonly string[]).includes(o.type))
          throw new CliError(`--type must be one of ${ACTIVITY_TYPES.join(', ')}, got "${o.type}"`);
        if (o.direction !== 'inbound' && o.direction !== 'outbound')
          throw new CliError(`--direction must be inbound or outbound, got "${o.direction}"`);
        if (o.at && Number.isNaN(Date.parse(o.at)))
          throw new CliError(`--at "${o.at}" is not an ISO 8601 date-time`);
        await withDatabase(async ({ db, services }) => {
          const r = await services.activities.log(await scopeForEmail(db, services, o.email), {
            customerId: o.customer,
            type: o.type as (typeof ACTIVITY_TYPES)[number],
            direction: o.direction as 'inbound' | 'outbound',
            occurredAt: o.at ?? new Date().toISOString(),
            summary: o.summary,
            outcome: o.outcome ?? null,
          });
          console.log(
            `Logged ${r.activity.type} with ${r.activity.customerName} (${r.activity.id})`,
          );
          if (r.nextFollowUp)
            console.log(`Next follow-up ${r.nextFollowUp.dueDate}: ${r.nextFollowUp.reason.en}`);
        });
      },
    );
}
