/**
 * `npm run calendar:audit`: the engine against the second source, per country: days compared,
 * agreements, corrections applied, unresolved. `--markdown` prints the table for
 * docs/calendar-accuracy.md; `--list` prints every disagreement; `--write-unresolved` rewrites
 * the checked-in list of known unresolved days (keeping what was noted as searched).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  auditCountry,
  searchedNote,
  type KnownUnresolved,
  type UnresolvedList,
  type SecondSource,
} from '../src/domain/calendar/corrections/audit.ts';

const source = JSON.parse(
  readFileSync(new URL('../test/fixtures/calendar-second-source.json', import.meta.url), 'utf8'),
) as SecondSource;
const audits = Object.keys(source.countries).map((c) => auditCountry(c, source));
const pct = (a: number, b: number) => ((100 * a) / b).toFixed(2);
const markdown = process.argv.includes('--markdown');
const rows = audits.map((a) => [
  a.country,
  String(a.compared),
  String(a.agreements),
  pct(a.agreements, a.compared),
  String(a.correctionsApplied),
  String(a.disagreements.length),
  a.otherWeekend ? a.otherWeekend.join('+') : '',
]);
const head = ['country', 'compared', 'agree', '%', 'corrected', 'unresolved', 'other weekend'];
const total = audits.reduce((n, a) => n + a.compared, 0);
const agreed = audits.reduce((n, a) => n + a.agreements, 0);
const corrected = audits.reduce((n, a) => n + a.correctionsApplied, 0);
rows.push([
  'all',
  String(total),
  String(agreed),
  pct(agreed, total),
  String(corrected),
  String(total - agreed),
  '',
]);
if (markdown) {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} else {
  console.log(
    `second source: ${source.source} ${source.version}, years ${source.years.join(', ')}`,
  );
  for (const r of [head, ...rows]) console.log(r.map((c) => c.padEnd(10)).join(' '));
}
const halves = audits.filter((a) => a.halfDays.engine || a.halfDays.secondSource);
if (markdown) {
  console.log('\n| country | half days (engine) | half days (second source) | both |');
  console.log('| --- | --- | --- | --- |');
}
for (const a of halves) {
  const h = a.halfDays;
  console.log(
    markdown
      ? `| ${a.country} | ${h.engine} | ${h.secondSource} | ${h.both} |`
      : `half days ${a.country}: engine ${h.engine}, second source ${h.secondSource}, both ${h.both}`,
  );
}
if (process.argv.includes('--list'))
  for (const a of audits)
    for (const d of a.disagreements)
      console.log(
        `${a.country} ${d.date} engine=${d.engine} other=${d.secondSource} ${d.name ?? ''}`,
      );

if (process.argv.includes('--write-unresolved')) {
  const url = new URL('../src/domain/calendar/corrections/unresolved.json', import.meta.url);
  const known = (JSON.parse(readFileSync(url, 'utf8')) as UnresolvedList).countries;
  const next: KnownUnresolved = {};
  for (const a of audits) {
    if (!a.disagreements.length) continue;
    next[a.country] = a.disagreements.map((d) => ({
      date: d.date,
      engine: d.engine,
      secondSource: d.secondSource,
      secondSourceName: d.name,
      searched:
        known[a.country]?.find((k) => k.date === d.date)?.searched ??
        searchedNote(a.country, d.name),
    }));
  }
  const lines = Object.entries(next).map(
    ([c, days]) =>
      `  ${JSON.stringify(c)}: [\n${days.map((d) => `    ${JSON.stringify(d)}`).join(',\n')}\n  ]`,
  );
  const head = JSON.stringify(`${source.source} ${source.version}`);
  writeFileSync(url, `{\n"secondSource": ${head},\n"countries": {\n${lines.join(',\n')}\n}\n}\n`);
  console.log(`wrote ${url.pathname}`);
}
