import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { scopeForEmail, withDatabase } from './context.ts';

export function registerQuoteCommands(cli: Command): void {
  const quote = cli.command('quote').description('Quotations and proforma invoices');
  quote
    .command('pdf')
    .description(
      'Write a quote as PDF: as it was sent, or rendered now for a draft (in the quote’s language)',
    )
    .argument('<id>', 'quote id')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--lang <tag>', 'another language, e.g. en, zh-CN, pt-BR, ar')
    .option('--email <email>', 'as this user (default: the first admin)')
    .action(async (id: string, o: { out: string; lang?: string; email?: string }) => {
      await withDatabase(async ({ db, services }) => {
        const scope = await scopeForEmail(db, services, o.email);
        const { pdf, filename } = await services.quoteFlow.pdf(scope, id, o.lang);
        writeFileSync(o.out, pdf);
        console.log(`Wrote ${filename} to ${o.out} (${pdf.length.toLocaleString('en-US')} bytes)`);
      });
    });
}
