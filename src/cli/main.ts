import { Command, CommanderError, Option } from 'commander';
import { AppError } from '../http/errors.ts';
import { registerAdminCommands } from './admin-commands.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { registerCalendarCommands } from './calendar-commands.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerJobsCommands } from './jobs-commands.ts';
import { registerQuoteCommands } from './quote-commands.ts';
import { registerRelationshipCommands } from './relationship-commands.ts';
import { CliError } from './context.ts';

export function program(): Command {
  const cli = new Command('chuhai')
    .description(
      'Chuhai 出海 — overseas customer management.\nDATABASE_URL selects the database (postgres://… or a SQLite file; default ./data/chuhai.db).',
    )
    .exitOverride()
    .configureOutput({ outputError: () => {} });

  cli
    .command('serve')
    .description(
      'Migrate, seed the demo workspace on an empty database, and serve the web app and API (PORT, default 3000)',
    )
    .option('--build-web', 'build the web app first when it is missing or out of date')
    .addOption(new Option('--no-seed', 'do not seed the demo workspace into an empty database'))
    .action(async (o: { buildWeb?: boolean; seed: boolean }) => {
      const { serve } = await import('../server/serve.ts');
      await serve({ buildWeb: !!o.buildWeb, seed: o.seed });
    });

  registerAdminCommands(cli);
  registerBackupCommands(cli);
  registerDataCommands(cli);
  registerImportCommands(cli);
  registerJobsCommands(cli);
  registerCalendarCommands(cli);
  registerRelationshipCommands(cli);
  registerQuoteCommands(cli);
  return cli;
}

/** Runs the CLI and returns the exit code; failures print one line and exit non-zero. */
export async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    await cli.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return 0;
      console.error(`chuhai: ${err.message.replace(/^error: /, '')}`);
      return err.exitCode || 2;
    }
    const reason =
      err instanceof AppError
        ? err.errors?.length
          ? err.errors.map((e) => `${e.message} (${e.path})`).join('; ')
          : err.detail
        : err instanceof CliError || err instanceof Error
          ? err.message
          : String(err);
    console.error(`chuhai: ${reason.split('\n')[0]}`);
    return 1;
  }
}
