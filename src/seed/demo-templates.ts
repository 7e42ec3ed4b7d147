import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';
import { QUOTE_FOLLOW_UP } from './templates/quote-follow-up.ts';
import { SAMPLES } from './templates/samples.ts';
import { TRADE_SHOW } from './templates/trade-show.ts';

export const DEMO_TEMPLATES = [TRADE_SHOW, SAMPLES, QUOTE_FOLLOW_UP];

/** Three everyday export mails, each in English, Chinese, German, Portuguese, Spanish, Arabic and Japanese. */
export async function seedDemoTemplates(services: Container, workspaceId: string): Promise<void> {
  const scope = demoScope(workspaceId);
  for (const t of DEMO_TEMPLATES) {
    await services.templates.create(scope, {
      name: t.name,
      description: t.description,
      defaultLanguage: 'en',
      variants: Object.entries(t.variants).map(([language, v]) => ({ language, ...v })),
    });
  }
}
