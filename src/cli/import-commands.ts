import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ImportsService, ImportOut } from '../modules/imports/imports.service.ts';
import { AppError } from '../http/errors.ts';
import { CliError, scopeForEmail, withDatabase } from './context.ts';

/** A one-line progress bar on stderr while the import runs; the summary goes to stdout. */
async function follow(imports: ImportsService, get: () => Promise<ImportOut>, id: string) {
  const tty = process.stderr.isTTY;
  const draw = (j: ImportOut) => {
    const width = 30;
    const filled = Math.round(j.progress * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(j.progress * 100)}%  ${j.rowsDone.toLocaleString('en-US')} rows`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  };
  const timer = setInterval(() => void get().then(draw), tty ? 200 : 2000);
  try {
    await imports.wait(id);
  } finally {
    clearInterval(timer);
  }
  const job = await get();
  draw(job);
  if (tty) process.stderr.write('\n');
  return job;
}

function summary(job: ImportOut): void {
  const c = job.counts;
  console.log(
    `${job.dryRun ? 'Dry run' : 'Import'} ${job.status}: ${c.created} created, ${c.updated} updated, ${c.merged} merged, ${c.unchanged} unchanged, ${c.rejected} rejected`,
  );
  for (const e of job.errors.slice(0, 20))
    console.log(`  row ${e.row}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
  if (job.counts.rejected > 20) console.log(`  … all problems: chuhai import errors ${job.id}`);
  console.log(`Import id: ${job.id}`);
  if (job.status === 'failed') throw new CliError(job.error ?? 'the import failed');
}

async function run(imports: ImportsService, fn: (imports: ImportsService) => Promise<void>) {
  try {
    await fn(imports);
  } catch (err) {
    if (err instanceof AppError)
      throw new CliError(
        [err.message, ...(err.errors ?? []).map((e) => `${e.path}: ${e.message}`)].join('\n  '),
      );
    throw err;
  }
}

export function registerImportCommands(cli: Command): void {
  const imp = cli.command('import').description('Import customer lists (CSV or XLSX)');
  imp
    .command('customers <file>')
    .description('Import customers with their contacts; duplicates are matched, not created twice')
    .option('--dry-run', 'show what would be created, updated, merged and rejected; write nothing')
    .option('--mapping <file>', 'JSON file: column header → target field (default: guessed)')
    .option('--source <source>', 'where the list comes from, e.g. "trade show: Canton Fair 2026"')
    .option('--country <code>', 'ISO country for rows that name none')
    .option('--tags <tags>', 'comma-separated tags for every imported customer')
    .option('--email <email>', 'import as this user, who will own the new customers')
    .action(
      async (
        file: string,
        o: {
          dryRun?: boolean;
          mapping?: string;
          source?: string;
          country?: string;
          tags?: string;
          email?: string;
        },
      ) => {
        let mapping: Record<string, string | null> | undefined;
        if (o.mapping) {
          try {
            mapping = JSON.parse(readFileSync(o.mapping, 'utf8')) as Record<string, string | null>;
          } catch (err) {
            throw new CliError(`--mapping ${o.mapping}: ${(err as Error).message}`);
          }
        }
        await withDatabase(async ({ db, services }) => {
          const scope = await scopeForEmail(db, services, o.email);
          await run(services.imports, async (imports) => {
            const started = await imports.start(scope, {
              filePath: resolve(file),
              fileName: basename(file),
              entity: 'customers',
              dryRun: !!o.dryRun,
              mapping,
              source: o.source ?? null,
              country: o.country ?? null,
              tags: o.tags ? o.tags.split(',').map((t) => t.trim()) : [],
            });
            summary(await follow(imports, () => imports.get(scope, started.id), started.id));
          });
        });
      },
    );
  imp
    .command('errors <id>')
    .description('Write an import’s rejected rows with a reason column as CSV')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--email <email>', 'as this user (default: the first admin)')
    .action(async (id: string, o: { out?: string; email?: string }) => {
      await withDatabase(async ({ db, services }) => {
        const scope = await scopeForEmail(db, services, o.email);
        await run(services.imports, async (imports) => {
          const csv = await imports.errorsCsv(scope, id);
          if (o.out) writeFileSync(o.out, csv);
          else process.stdout.write(csv);
        });
      });
    });
  imp
    .command('resume')
    .description('Finish imports a crash or kill interrupted, from their last committed batch')
    .action(async () => {
      await withDatabase(async ({ services }) => {
        await run(services.imports, async (imports) => {
          const ids = await imports.resumeUnfinished();
          if (!ids.length) console.log('No unfinished imports.');
          for (const id of ids) await imports.wait(id);
          for (const id of ids) console.log(`Resumed and finished import ${id}`);
        });
      });
    });
}
