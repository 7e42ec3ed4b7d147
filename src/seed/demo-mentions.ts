import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';
import type { Random } from './random.ts';

// A year of mentions in the five stakeholder markets, headlines in each market's language;
// Mozambique has a burst of negative coverage in the last fortnight (the page's alert shows it).
// prettier-ignore
const MARKETS: { country: string; language: string; sources: string[]; positive: string[]; negative: string[]; neutral: string[] }[] = [
  { country: 'MZ', language: 'pt-MZ', sources: ['Notícias', 'O País', 'Savana', 'Club of Mozambique'],
    positive: ['Haier Pumps cria 120 empregos locais na Matola', 'Clientes elogiam o serviço pós-venda da Haier Pumps', 'Parceria com a Universidade Eduardo Mondlane é um sucesso'],
    negative: ['Atrasos na entrega de bombas irritam a FIPAG', 'Moradores reclamam da poluição perto do armazém', 'Trabalhadores protestam contra salários em atraso'],
    neutral: ['Haier Pumps apresenta produtos na FACIM', 'Delegação da empresa visita Beira'] },
  { country: 'SA', language: 'ar-SA', sources: ['Arab News', 'Al Riyadh', 'Saudi Gazette'],
    positive: ['Haier Pumps wins praise for fast delivery to Riyadh projects', 'New service centre creates local jobs in Dammam'],
    negative: ['Regulator fines supplier over late local content reports', 'Customers complain about delays in spare parts'],
    neutral: ['Company to present products at Big 5 Saudi expo', 'Delegation meets the local content authority'] },
  { country: 'IN', language: 'en-IN', sources: ['The Hindu BusinessLine', 'Economic Times', 'Pump Industry News'],
    positive: ['Joint training programme with pump association a success', 'BIS certification approved for new pump range'],
    negative: ['Association alleges dumping by Chinese pump makers', 'Recall of faulty motor batch in Gujarat'],
    neutral: ['Company appoints new distributor for Tamil Nadu', 'Board meeting scheduled in Pune'] },
  { country: 'BR', language: 'pt-BR', sources: ['Valor Econômico', 'Folha', 'Saneamento Hoje'],
    positive: ['Laboratório da universidade aprova novos rotores com sucesso', 'Exportações recorde com o crescimento da procura'],
    negative: ['Denúncia de atraso em obra de saneamento', 'Clientes reclamam da má qualidade de peças'],
    neutral: ['Empresa participa da Fenasan em São Paulo', 'Novo distribuidor nomeado no Nordeste'] },
  { country: 'KZ', language: 'ru-KZ', sources: ['Kapital.kz', 'Tengrinews', 'Kursiv'],
    positive: ['Haier Pumps wins Almaty heating tender with local partner', 'Pilot installation praised by the akimat'],
    negative: ['Heating pumps fail during winter test, residents complain', 'Akimat warns supplier about delays'],
    neutral: ['Company opens office in Almaty', 'Delegation visits Astana trade fair'] },
];

const DAY_MS = 86_400_000;

/** Watch names, a feed per market (files uploaded: the demo has no network) and a year of mentions. */
export async function seedDemoMentions(services: Container, workspaceId: string, rnd: Random) {
  const scope = demoScope(workspaceId);
  await services.feeds.setNames(scope, {
    items: [
      { name: 'Haier Pumps', kind: 'company' },
      { name: '海尔泵业', kind: 'company' },
      { name: 'Хайер Помпс', kind: 'company' },
      { name: 'هاير للمضخات', kind: 'company' },
    ],
  });
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  for (const m of MARKETS) {
    await services.feeds.create(scope, {
      country: m.country,
      name: m.sources[0]!,
      language: m.language,
    });
    for (let week = 52; week >= 0; week--) {
      // about one mention a week; Mozambique's last fortnight is a burst of bad press
      const burst = m.country === 'MZ' && week <= 1;
      const count = burst ? 4 : rnd.chance(0.8) ? 1 : 0;
      for (let k = 0; k < count; k++) {
        const kind = burst
          ? 'negative'
          : rnd.pick(['positive', 'positive', 'neutral', 'negative'] as const);
        const day = new Date(today - (week * 7 + rnd.int(0, 6)) * DAY_MS)
          .toISOString()
          .slice(0, 10);
        await services.mentions.create(scope, {
          country: m.country,
          title: rnd.pick(m[kind]),
          source: rnd.pick(m.sources),
          language: m.language,
          publishedOn: day,
          reach: rnd.int(2, 400) * 1000,
          topics: [kind === 'negative' ? 'complaint' : 'business'],
        });
      }
    }
  }
}
