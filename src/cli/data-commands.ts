import type { Command } from 'commander';
import { CliError, scopeForEmail, withDatabase } from './context.ts';
import { exportCustomers } from './export.ts';

export function registerDataCommands(cli: Command): void {
  const customers = cli.command('customers').description('Work with customers');
  customers
    .command('export')
    .description('Export customers as CSV or XLSX; with --email only what that user may see')
    .requiredOption('--format <format>', 'csv or xlsx')
    .option('--out <file>', 'output file (CSV defaults to standard output)')
    .option('--email <email>', 'export as this user (default: the first admin of the workspace)')
    .option('--segment <id>', 'only the customers of this saved segment')
    .action(async (o: { format: string; out?: string; email?: string; segment?: string }) => {
      if (o.format !== 'csv' && o.format !== 'xlsx')
        throw new CliError(`--format must be csv or xlsx, got "${o.format}"`);
      if (o.format === 'xlsx' && !o.out) throw new CliError('--out FILE is required for xlsx');
      await withDatabase(async ({ db, services }) => {
        const scope = await scopeForEmail(db, services, o.email);
        const n = await exportCustomers(
          services,
          scope,
          o.format as 'csv' | 'xlsx',
          o.out ?? null,
          o.segment,
        );
        if (o.out) console.log(`Exported ${n} customers to ${o.out}`);
      });
    });
}
