import type { Command } from 'commander';
import { AuthService } from '../modules/auth/auth.service.ts';
import { usersRepository } from '../modules/users/users.repository.ts';
import { CliError, withDatabase } from './context.ts';
import { exportCustomers } from './export.ts';

export function registerDataCommands(cli: Command): void {
  const customers = cli.command('customers').description('Work with customers');
  customers
    .command('export')
    .description('Export customers as CSV or XLSX; with --email only what that user may see')
    .requiredOption('--format <format>', 'csv or xlsx')
    .option('--out <file>', 'output file (CSV defaults to standard output)')
    .option('--email <email>', 'export as this user (default: the first admin of the workspace)')
    .action(async (o: { format: string; out?: string; email?: string }) => {
      if (o.format !== 'csv' && o.format !== 'xlsx')
        throw new CliError(`--format must be csv or xlsx, got "${o.format}"`);
      if (o.format === 'xlsx' && !o.out) throw new CliError('--out FILE is required for xlsx');
      await withDatabase(async ({ db }) => {
        const candidates = o.email
          ? await usersRepository.findByEmailAnyWorkspace(db, o.email)
          : await db
              .selectFrom('users')
              .selectAll()
              .where('role', '=', 'admin')
              .where('active', '=', 1)
              .orderBy('created_at')
              .limit(1)
              .execute();
        const user = candidates[0];
        if (!user)
          throw new CliError(
            o.email
              ? `no user with email ${o.email}`
              : 'no admin user exists yet (chuhai user create …)',
          );
        const scope = await new AuthService(db).scopeFor(user.workspace_id, user.id);
        if (!scope) throw new CliError(`user ${user.email} is deactivated`);
        const n = await exportCustomers(db, scope, o.format as 'csv' | 'xlsx', o.out ?? null);
        if (o.out) console.log(`Exported ${n} customers to ${o.out}`);
      });
    });
}
