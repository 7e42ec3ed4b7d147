import { accessSync, constants, mkdirSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openDatabase, ping } from '../db/database.ts';
import { isOneOf, ROLES } from '../domain/enums.ts';
import { pendingMigrations } from '../db/migrate.ts';
import { upgradeDatabase } from '../db/upgrade.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspaces } from '../modules/workspaces/workspaces.service.ts';
import { DEMO_ADMIN, DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { CliError, withDatabase } from './context.ts';
import { userRecords } from '../modules/users/user-records.service.ts';

export function registerAdminCommands(cli: Command): void {
  cli
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const config = loadConfig();
      const database = openDatabase(config.databaseUrl);
      try {
        const { applied } = await upgradeDatabase(database, {
          dataDir: config.dataDir,
          log: (line) => console.log(line),
        });
        if (!applied.length) console.log('Database is up to date');
      } finally {
        await database.destroy();
      }
    });

  cli
    .command('seed')
    .description('Seed data; --demo creates the demo workspace with its users, teams and customers')
    .requiredOption('--demo', 'seed the demo workspace')
    .option('--customers <n>', 'number of demo customers', '360')
    .option('--no-contacts', 'skip contacts (faster for very large benchmark seeds)')
    .action(async (o: { customers: string; contacts: boolean }) => {
      const n = Number(o.customers);
      if (!Number.isInteger(n) || n < 1)
        throw new CliError(`--customers must be a positive whole number, got "${o.customers}"`);
      await withDatabase(async ({ db, services }) => {
        if ((await userRecords.findByEmailAnyWorkspace(db, DEMO_ADMIN)).length) {
          throw new CliError('the demo workspace already exists in this database');
        }
        const started = Date.now();
        const result = await seedDemo(db, {
          services,
          customers: n,
          withContacts: o.contacts,
          onProgress: (done, total) =>
            process.stderr.isTTY && process.stderr.write(`\r  ${done}/${total} customers`),
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        const secs = (Date.now() - started) / 1000;
        console.log(
          `Seeded ${result.customers} customers and ${result.contacts} contacts in ${secs.toFixed(1)} s`,
        );
        console.log(`Log in as ${DEMO_ADMIN} / ${DEMO_PASSWORD}`);
      });
    });

  const user = cli.command('user').description('Manage users');
  user
    .command('create')
    .description('Create a user in the workspace (the only one, or the one given with --workspace)')
    .requiredOption('--email <email>', 'login email')
    .requiredOption('--password <password>', 'at least 10 characters')
    .requiredOption('--role <role>', 'admin, manager or rep')
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .option('--team <team...>', 'team name(s); created when missing')
    .option('--workspace <name>', 'workspace name; a new workspace is created when none exists')
    .action(
      async (o: {
        email: string;
        password: string;
        role: string;
        name?: string;
        team?: string[];
        workspace?: string;
      }) => {
        if (!isOneOf(ROLES, o.role))
          throw new CliError(`--role must be one of ${ROLES.join(', ')}, got "${o.role}"`);
        if (o.password.length < 10) throw new CliError('--password must be at least 10 characters');
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o.email))
          throw new CliError(`--email "${o.email}" is not an email address`);
        await withDatabase(async ({ db }) => {
          const created = await db.transaction().execute(async (tx) => {
            const all = await workspaces.list(tx);
            let ws = o.workspace ? all.find((w) => w.name === o.workspace) : all[0];
            if (!o.workspace && all.length > 1)
              throw new CliError('several workspaces exist: name one with --workspace');
            ws ??= await workspaces.create(tx, o.workspace ?? 'My company');
            const teamIds: string[] = [];
            for (const name of o.team ?? []) {
              let team = await userRecords.findTeamByName(tx, ws.id, name);
              if (!team) {
                team = {
                  workspace_id: ws.id,
                  id: crypto.randomUUID(),
                  name,
                  created_at: new Date().toISOString(),
                };
                await userRecords.insertTeam(tx, team);
              }
              teamIds.push(team.id);
            }
            const role = o.role as 'admin' | 'manager' | 'rep';
            return insertUser(tx, ws.id, null, {
              email: o.email,
              password: o.password,
              role,
              name: o.name ?? o.email.split('@')[0] ?? o.email,
              teamIds,
            });
          });
          console.log(`Created ${created.role} ${created.email} (${created.id})`);
        });
      },
    );

  const token = cli.command('token').description('Manage API tokens');
  token
    .command('create')
    .description('Create an API token for a user; the token is printed as the last line')
    .requiredOption('--email <email>', "the user's email")
    .option('--name <name>', 'a label to recognise the token by', 'cli')
    .action(async (o: { email: string; name: string }) => {
      await withDatabase(async ({ services }) => {
        const t = await services.auth.createTokenForEmail(o.email, o.name);
        console.log(
          `Token ${t.id} for ${o.email}. Send it as "Authorization: Bearer <token>". It is shown only once:`,
        );
        console.log(t.token);
      });
    });

  cli
    .command('doctor')
    .description(
      'Check that the database is reachable, migrations are current and the data directory is writable',
    )
    .action(async () => {
      const config = loadConfig();
      const problems: string[] = [];
      try {
        mkdirSync(config.dataDir, { recursive: true });
        accessSync(config.dataDir, constants.W_OK);
        console.log(`ok   data directory ${config.dataDir} is writable`);
      } catch {
        problems.push(`data directory ${config.dataDir} is not writable`);
      }
      const database = openDatabase(config.databaseUrl);
      try {
        await ping(database.db);
        console.log(`ok   ${database.dialect} database reachable (${database.location})`);
        const pending = await pendingMigrations(database.db);
        if (pending.length)
          problems.push(`migrations pending: ${pending.join(', ')} (run: chuhai migrate)`);
        else console.log('ok   migrations are current');
      } catch (err) {
        problems.push(`database ${database.location} is not reachable: ${(err as Error).message}`);
      } finally {
        await database.destroy();
      }
      if (problems.length) throw new CliError(problems.join('; '));
    });
}
