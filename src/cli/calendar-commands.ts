import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DIMENSIONS, DIMENSION_NAMES } from '../domain/culture/dimensions.ts';
import type { Container } from '../app/container.ts';
import { systemScope, type Scope } from '../domain/scope.ts';
import { PRESETS, type PresetName } from '../modules/countries/country-overrides.service.ts';
import { userRecords } from '../modules/users/user-records.service.ts';
import { CliError, withDatabase } from './context.ts';

/** The workspace's first admin, so CLI answers include the workspace's own calendar entries. */
async function cliScope(db: Kysely<DB>, services: Container): Promise<Scope> {
  const admin = await userRecords.firstAdmin(db);
  const scope = admin ? await services.auth.scopeFor(admin.workspace_id, admin.id) : null;
  // Without any workspace the library data alone answers.
  return scope ?? systemScope('-');
}

const lang = (v?: string) => (v === 'zh' ? 'zh' : 'en');
const year = (v?: string) => {
  const y = Number(v ?? new Date().getUTCFullYear());
  if (!Number.isInteger(y) || y < 1970 || y > 2100)
    throw new CliError(`--year must be a year between 1970 and 2100, got "${v}"`);
  return y;
};

export function registerCalendarCommands(cli: Command): void {
  cli
    .command('country <code>')
    .description(
      'A country profile: weekend, business hours, Hofstede scores, holidays and slow seasons',
    )
    .option('--year <year>', 'holiday year (default: this year)')
    .option('--lang <lang>', 'en or zh', 'en')
    .action(async (code: string, o: { year?: string; lang?: string }) => {
      await withDatabase(async ({ db, services }) => {
        const p = await services.countries.profile(
          await cliScope(db, services),
          code,
          year(o.year),
          lang(o.lang),
        );
        const l = lang(o.lang);
        const days = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
        console.log(`${p.name.en} / ${p.name.zh} (${p.code})`);
        console.log(
          `languages ${p.languages.join(', ') || '—'} · currency ${p.currency ?? '—'} · time zones ${p.timeZones.join(', ')}`,
        );
        console.log(
          `weekend ${p.weekend.map((d) => days[d]).join('–')} · business hours ${p.businessHours.start}–${p.businessHours.end} (${p.businessHours.source})`,
        );
        console.log('Hofstede:');
        for (const d of DIMENSIONS) {
          const v = p.hofstede[d];
          console.log(
            `  ${DIMENSION_NAMES[d][l].padEnd(28)} ${v === null ? 'no score' : String(v).padStart(3)}${p.hofstedeSources[d] === 'workspace' ? '  (our own)' : ''}`,
          );
        }
        console.log(`  ${p.hofstedeCitation}`);
        if (p.notes) console.log(`notes: ${p.notes}`);
        const closed = p.holidays.filter((h) => h.closed);
        console.log(
          `${p.year}: ${closed.length} closed holiday days${p.coverage.holidays ? '' : ' (no library holiday data for this country)'}`,
        );
        for (const s of p.slowSeasons)
          console.log(
            `  slow season ${s.kind} ${s.start} → ${s.end}${s.names ? ` (${s.names.join(', ')})` : ''}`,
          );
      });
    });

  cli
    .command('holidays <code>')
    .description("A country's holidays in a year (library and the workspace's own)")
    .option('--year <year>', 'default: this year')
    .option('--region <region>', 'state or region code, e.g. BY for Bavaria')
    .option('--lang <lang>', 'en or zh', 'en')
    .action(async (code: string, o: { year?: string; region?: string; lang?: string }) => {
      await withDatabase(async ({ db, services }) => {
        const items = await services.countries.holidays(
          await cliScope(db, services),
          code,
          year(o.year),
          o.region ?? null,
          lang(o.lang),
        );
        if (items.length === 0)
          console.log(
            `No holidays known for ${code.toUpperCase()} in ${year(o.year)}: add your own with the API or the country page.`,
          );
        for (const h of items) {
          const local = h.localName !== h.name ? ` (${h.localName})` : '';
          console.log(
            `${h.date}  ${h.closed ? 'closed' : 'open  '}  ${h.type.padEnd(11)} ${h.name}${local}${h.source === 'workspace' ? '  [our calendar]' : ''}`,
          );
        }
      });
    });

  const calendar = cli.command('calendar').description('Business calendar tools');
  calendar
    .command('next-business-day')
    .description('The first business day on or after a date in a country, and why')
    .requiredOption('--country <code>', 'ISO 3166-1 alpha-2')
    .requiredOption('--from <date>', 'YYYY-MM-DD')
    .option('--region <region>', 'state or region code')
    .option('--lang <lang>', 'en or zh', 'en')
    .action(async (o: { country: string; from: string; region?: string; lang?: string }) => {
      await withDatabase(async ({ db, services }) => {
        const r = await services.calendar.nextBusinessDay(
          await cliScope(db, services),
          o.country,
          o.from,
          o.region ?? null,
          lang(o.lang),
        );
        console.log(r.date);
        if (r.explanation) console.log(r.explanation[lang(o.lang)]);
      });
    });

  calendar
    .command('preset <name>')
    .description(`Apply a built-in calendar to the workspace: ${Object.keys(PRESETS).join(', ')}`)
    .action(async (name: string) => {
      if (!(name in PRESETS))
        throw new CliError(`unknown preset "${name}"; known: ${Object.keys(PRESETS).join(', ')}`);
      await withDatabase(async ({ db, services }) => {
        const scope = await cliScope(db, services);
        if (scope.workspaceId === '-')
          throw new CliError('no workspace yet: create an admin first (chuhai user create …)');
        const r = await services.countryOverrides.applyPreset(scope, name as PresetName);
        console.log(
          `${name}: ${r.created} days added, ${r.updated} updated${r.errors.length ? `, ${r.errors.length} rejected` : ''}`,
        );
      });
    });
}
